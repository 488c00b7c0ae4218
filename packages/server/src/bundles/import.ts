/** @module Importing a bundle into a tenant: a dry run that shows the plan, then everything or nothing in one transaction. */
import { formCatalog, planImport, remapBundle, validateBundle } from '@heng/engine';
import type { Bundle, ConflictResolution, FormDefinition, ImportPlan, Problem } from '@heng/engine';
import type { FlowStarter } from '../approvals/types.js';
import type { Queryable } from '../db/port.js';
import { AppError, validationFailed } from '../http/app-error.js';
import { diffDefinitions } from '../definitions/diff.js';
import { createDraft, getDraft, publishedVersion, updateDraft } from '../definitions/store.js';
import { lockPublishing, publishDraft } from '../definitions/publish.js';
import { dependentKey } from '../definitions/dependents-guard.js';
import { businessDay } from '../records/form.js';
import { tenantInventory } from './inventory.js';
import { writeSeed } from './seed.js';

/** The bundle id of a planned (maybe renamed) definition. */
const planned = (plan: ImportPlan, def: { kind: string; id: string }): string => plan.definitions.find((p) => p.kind === def.kind && p.id === def.id)?.from ?? def.id;

/** A publish's problems placed at the definition in the bundle the user sent, so the page can say which one fails. */
function placed(error: unknown, at: string): unknown {
  if (!(error instanceof AppError) || error.problems.length === 0) return error;
  return validationFailed(error.problems.map((p) => ({ ...p, path: `${at}${p.path}` })));
}

/** Who imports, when, with which roles (seed records are written as them). */
export interface Importer {
  readonly tenantId: string;
  readonly userId: string;
  readonly roles: readonly string[];
  readonly now: Date;
  readonly flows?: FlowStarter;
}

/** A dry run: the bundle's problems, or the plan of what it will create, rename and replace. */
export type DryRun = { readonly problems: readonly Problem[] } | { readonly plan: ImportPlan };

/** What an import wrote. */
export interface ImportResult {
  readonly plan: ImportPlan;
  readonly published: readonly { readonly kind: string; readonly id: string; readonly version: number }[];
  readonly records: number;
}

/**
 * Checks `input` as a bundle and plans its import into the tenant, writing nothing: what is
 * created, which ids clash and how each clash is resolved (renamed unless `resolutions` says
 * replace), which roles are added, how many seed records.
 *
 * @example
 * const dry = await planBundle(tx, tenantId, body.bundle, { 'form:customer': 'replace' }, now);
 */
export async function planBundle(tx: Queryable, tenantId: string, input: unknown, resolutions: Readonly<Record<string, ConflictResolution>>, now: Date): Promise<DryRun> {
  const problems = validateBundle(input, { today: businessDay(now) });
  if (problems.length > 0) return { problems };
  return { plan: planImport(input as Bundle, await tenantInventory(tx, tenantId), resolutions) };
}

/**
 * Imports a bundle in `tx` (the caller's one transaction: any failure leaves the tenant as it
 * was): adds its missing roles, writes and publishes every definition in dependency order as
 * the plan says, then creates its seed records through the records path (validated, scored,
 * rules run). A bad bundle is a 422 with every problem at its path.
 *
 * @example
 * const result = await importBundle(tx, body.bundle, body.resolutions ?? {}, { tenantId, userId, roles, now, flows: flowStarter });
 */
export async function importBundle(tx: Queryable, input: unknown, resolutions: Readonly<Record<string, ConflictResolution>>, by: Importer): Promise<ImportResult> {
  const dry = await planBundle(tx, by.tenantId, input, resolutions, by.now);
  if ('problems' in dry) throw validationFailed(dry.problems.map((p) => ({ ...p, path: `/bundle${p.path}` })));
  // Before any draft is written: a publish elsewhere may be waiting on one of them.
  await lockPublishing(tx, by.tenantId);
  const bundle = remapBundle(input as Bundle, dry.plan);
  for (const role of bundle.roles.filter((r) => dry.plan.roles.create.includes(r.id))) {
    await tx.query('INSERT INTO roles (tenant_id, id, name_zh, name_en, builtin, created_at) VALUES ($1, $2, $3, $4, false, $5)', [by.tenantId, role.id, role.name['zh-CN'], role.name.en, by.now]);
  }
  const published: ImportResult['published'][number][] = [];
  // The bundle was checked as a whole: its forms may look each other up and roll each other up.
  const alongside = new Map(bundle.definitions.filter((d): d is FormDefinition => d.kind === 'form').map((f) => [f.id, formCatalog(f)]));
  const replacing = new Set(bundle.definitions.map((d) => dependentKey(d.kind, d.id)));
  for (const def of bundle.definitions) {
    const existing = await getDraft(tx, by.tenantId, def.kind, def.id, true);
    const draft = existing === undefined
      ? await createDraft(tx, by.tenantId, def.kind, def.id, def, by.userId, by.now)
      : await updateDraft(tx, by.tenantId, def.kind, def.id, def, existing.revision, by.userId, by.now);
    const latest = await publishedVersion(tx, by.tenantId, def.kind, def.id);
    // Replacing a definition with exactly what it already is publishes nothing new.
    if (latest !== undefined && diffDefinitions(latest.body, def).length === 0) continue;
    const version = await publishDraft(tx, by.tenantId, { kind: def.kind, id: def.id }, draft!.revision, { userId: by.userId, now: by.now, note: `Imported from template "${bundle.id}" ${bundle.version}`, alongside, replacing })
      .catch((error: unknown) => {
        throw placed(error, `/bundle/definitions/${(input as Bundle).definitions.findIndex((d) => d.kind === def.kind && d.id === planned(dry.plan, def))}`);
      });
    published.push({ kind: def.kind, id: def.id, version: version.version });
  }
  const records = await writeSeed(tx, bundle, by);
  return { plan: dry.plan, published, records };
}
