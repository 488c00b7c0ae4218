/** @module Publishing: a checked draft becomes the next immutable version; rollback publishes an old one anew. */
import { specOf } from '@heng/engine';
import type { FieldCatalog, Problem } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { AppError, validationFailed } from '../http/app-error.js';
import { syncRuleSchedule } from '../rules/schedule-sync.js';
import { enqueueRescore } from '../scoring/enqueue.js';
import { referenceContext } from './context.js';
import { dependentsProblems } from './dependents-guard.js';
import { serialProblems } from './serial-guard.js';
import { diffDefinitions } from './diff.js';
import { noDefinition, noVersion, staleRevision } from './request.js';
import type { DefinitionAddress } from './request.js';
import { getDraft, insertVersion, publishedVersion, updateDraft } from './store.js';
import type { DraftView, VersionInfo } from './store.js';

/** Who publishes, when, and why. */
export interface Publisher {
  readonly userId: string;
  readonly now: Date;
  readonly note: string | null;
  /**
   * Forms published in the same transaction (a bundle's), checked against as if already
   * published, so forms that look each other up or roll each other up can be imported.
   */
  readonly alongside?: ReadonlyMap<string, FieldCatalog>;
  /**
   * Definitions the same import publishes (by `dependentKey`), each checked when it is: a form
   * or scorecard may drop what only their old versions read.
   */
  readonly replacing?: ReadonlySet<string>;
}

/**
 * The problems of a definition body against the tenant's published definitions and roles (and
 * the forms published `alongside` it, which take the place of published ones of the same id).
 *
 * @example
 * const problems = await checkDefinition(tx, tenantId, { kind: 'form', id: 'customer' }, draft);
 */
export async function checkDefinition(tx: Queryable, tenantId: string, at: DefinitionAddress, body: unknown, alongside?: ReadonlyMap<string, FieldCatalog>): Promise<Problem[]> {
  const ctx = await referenceContext(tx, tenantId);
  return specOf(at.kind).validate(body, alongside === undefined ? ctx : { ...ctx, forms: new Map([...ctx.forms, ...alongside]) });
}

/**
 * What publishing a body would be refused for: its own problems ({@link checkDefinition}), for a
 * form a change to a published auto number's numbering (`serialProblems`), and for a form or
 * scorecard what it takes away that the tenant's other published definitions read (those an
 * import publishes too, `replacing`, are left to their own check).
 *
 * @example
 * const problems = await publishProblems(tx, tenantId, { kind: 'scorecard', id: 'credit_score' }, draft, {});
 */
export async function publishProblems(tx: Queryable, tenantId: string, at: DefinitionAddress, body: unknown, by: Pick<Publisher, 'alongside' | 'replacing'>): Promise<Problem[]> {
  const problems = await checkDefinition(tx, tenantId, at, body, by.alongside);
  // A body of the wrong shape has no fields to weigh; one with problems of its own is weighed too, so every refusal shows at once.
  if (problems.some((p) => p.code.startsWith('schema.'))) return problems;
  return [...problems, ...(await serialProblems(tx, tenantId, at, body)), ...(await dependentsProblems(tx, tenantId, at, body, by.alongside ?? new Map(), by.replacing ?? new Set()))];
}

/**
 * Makes the tenant's publishes take turns until `tx` ends: each is checked against the others'
 * versions (a rule set reading a field and a form version dropping it cannot both pass).
 * Taken before any draft row is locked, by every path that publishes, so none waits on a draft
 * while holding it.
 *
 * @example
 * await lockPublishing(tx, tenantId);
 */
export async function lockPublishing(tx: Queryable, tenantId: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('heng.publish'), hashtext($1))`, [tenantId]);
}

/**
 * The draft at `revision`, locked until `tx` ends, after the tenant's publishes
 * ({@link lockPublishing}): 404 without a draft, 409 when it moved on.
 *
 * @example
 * const draft = await lockedDraft(tx, tenantId, { kind: 'form', id: 'customer' }, 4);
 */
export async function lockedDraft(tx: Queryable, tenantId: string, at: DefinitionAddress, revision: number): Promise<DraftView> {
  await lockPublishing(tx, tenantId);
  const draft = await getDraft(tx, tenantId, at.kind, at.id, true);
  if (draft === undefined) throw noDefinition(at.kind, at.id);
  if (draft.revision !== revision) throw staleRevision(revision, draft.revision);
  return draft;
}

/** A new version; a scorecard's also names the job re-scoring its form's records (followed at /api/admin/jobs/:jobId/events). */
export type PublishedInfo = VersionInfo & { readonly rescoreJobId?: string };

async function publishBody(tx: Queryable, tenantId: string, at: DefinitionAddress, body: Record<string, unknown>, by: Publisher): Promise<PublishedInfo> {
  const problems = await publishProblems(tx, tenantId, at, body, by);
  if (problems.length > 0) throw validationFailed(problems);
  const latest = await publishedVersion(tx, tenantId, at.kind, at.id);
  if (latest !== undefined && diffDefinitions(latest.body, body).length === 0) {
    throw new AppError('already_published', 409, `Version ${latest.version} already has exactly this content: change the draft before publishing again.`, {
      messageZh: `第 ${latest.version} 版的内容与此完全相同：请先修改草稿再发布。`,
    });
  }
  const version = await insertVersion(tx, tenantId, at.kind, at.id, body, by);
  // A rule set's schedule follows its latest version, committed with it.
  if (at.kind === 'ruleset') await syncRuleSchedule(tx, tenantId, at.id, body, by.now);
  if (at.kind !== 'scorecard') return version;
  // Every record of the form is re-scored with the new version, by a job committed with it.
  const rescoreJobId = await enqueueRescore(tx, tenantId, { id: at.id, form: body['form'] }, version.version, by.now);
  return rescoreJobId === undefined ? version : { ...version, rescoreJobId };
}

/**
 * Publishes the draft at `revision` as the next version: 404 without a draft, 409 when the
 * draft moved on or equals the latest version, 422 with the problems when it is invalid.
 * The tenant's publishes take turns ({@link lockPublishing}) until the transaction ends.
 *
 * @example
 * const v = await publishDraft(tx, tenantId, { kind: 'form', id: 'customer' }, 4, { userId, now, note: null });
 */
export async function publishDraft(tx: Queryable, tenantId: string, at: DefinitionAddress, revision: number, by: Publisher): Promise<PublishedInfo> {
  const draft = await lockedDraft(tx, tenantId, at, revision);
  return publishBody(tx, tenantId, at, draft.draft, by);
}

/**
 * Publishes an old version's body anew as the next version and makes it the draft (its
 * revision bumped): the history only grows. Checked against today's references, like any publish.
 *
 * @example
 * const { version, draft } = await rollBack(tx, tenantId, { kind: 'scorecard', id: 'credit_score' }, 7, 2, by);
 */
export async function rollBack(
  tx: Queryable, tenantId: string, at: DefinitionAddress, revision: number, version: number, by: Publisher,
): Promise<{ version: PublishedInfo; draft: DraftView }> {
  await lockedDraft(tx, tenantId, at, revision);
  const old = await publishedVersion(tx, tenantId, at.kind, at.id, version);
  if (old === undefined) throw noVersion(at, version);
  const published = await publishBody(tx, tenantId, at, old.body, { ...by, note: by.note ?? `Rollback to version ${version}` });
  const draft = await updateDraft(tx, tenantId, at.kind, at.id, old.body, revision, by.userId, by.now);
  return { version: published, draft: draft! };
}
