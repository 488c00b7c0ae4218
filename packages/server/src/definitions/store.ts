/** @module The definitions store: drafts with a revision, and immutable published versions. */
import type { DefinitionKind } from '@heng/engine';
import { json } from '../db/port.js';
import type { Queryable } from '../db/port.js';
import { forgetLatest } from './latest.js';

/** A draft as the API shows it. */
export interface DraftView {
  readonly kind: DefinitionKind;
  readonly id: string;
  readonly draft: Record<string, unknown>;
  readonly revision: number;
  readonly updatedAt: string;
  readonly updatedBy: string | null;
}

/** One line of the definitions list. */
export interface DefinitionSummary {
  readonly kind: DefinitionKind;
  readonly id: string;
  /** The draft's name as it stands (a draft may be incomplete, so it may be missing). */
  readonly name: unknown;
  readonly revision: number;
  readonly latestVersion: number | null;
  readonly updatedAt: string;
}

/** A published version without its body, as the versions list shows it. */
export interface VersionInfo {
  readonly version: number;
  readonly publishedAt: string;
  readonly publishedBy: string | null;
  readonly note: string | null;
}

/** A published version with its body. */
export interface PublishedVersion {
  readonly version: number;
  readonly body: Record<string, unknown>;
}

const DRAFT_COLUMNS = 'kind, id, draft, revision, updated_at AS "updatedAt", updated_by AS "updatedBy"';

/**
 * The draft of one definition, locked for the rest of the transaction when `forUpdate`.
 *
 * @example
 * const d = await getDraft(tx, tenantId, 'form', 'customer');
 */
export async function getDraft(tx: Queryable, tenantId: string, kind: DefinitionKind, id: string, forUpdate = false): Promise<DraftView | undefined> {
  const lock = forUpdate ? ' FOR UPDATE' : '';
  const [row] = await tx.query<DraftView>(`SELECT ${DRAFT_COLUMNS} FROM definitions WHERE tenant_id = $1 AND kind = $2 AND id = $3${lock}`, [tenantId, kind, id]);
  return row;
}

/**
 * Creates a draft at revision 1; undefined when one with that kind and id already exists.
 *
 * @example
 * const created = await createDraft(tx, tenantId, 'form', 'customer', draft, userId, clock.now());
 */
export async function createDraft(tx: Queryable, tenantId: string, kind: DefinitionKind, id: string, draft: object, userId: string, now: Date): Promise<DraftView | undefined> {
  const [row] = await tx.query<DraftView>(
    `INSERT INTO definitions (tenant_id, kind, id, draft, revision, created_at, updated_at, updated_by)
     VALUES ($1, $2, $3, $4, 1, $5, $5, $6) ON CONFLICT (tenant_id, kind, id) DO NOTHING RETURNING ${DRAFT_COLUMNS}`,
    [tenantId, kind, id, json(draft), now, userId],
  );
  return row;
}

/**
 * Replaces a draft if it is still at `revision`, bumping the revision; undefined when it is
 * not (someone saved since, or it does not exist).
 *
 * @example
 * const saved = await updateDraft(tx, tenantId, 'form', 'customer', draft, 3, userId, clock.now());
 */
export async function updateDraft(tx: Queryable, tenantId: string, kind: DefinitionKind, id: string, draft: object, revision: number, userId: string, now: Date): Promise<DraftView | undefined> {
  const [row] = await tx.query<DraftView>(
    `UPDATE definitions SET draft = $4, revision = revision + 1, updated_at = $5, updated_by = $6
     WHERE tenant_id = $1 AND kind = $2 AND id = $3 AND revision = $7 RETURNING ${DRAFT_COLUMNS}`,
    [tenantId, kind, id, json(draft), now, userId, revision],
  );
  return row;
}

/**
 * Removes a definition that was never published, with its draft. Only for one without
 * versions: nothing can have pinned it (the versions' foreign key refuses it otherwise).
 *
 * @example
 * await deleteUnpublished(tx, tenantId, 'form', 'supplier');
 */
export async function deleteUnpublished(tx: Queryable, tenantId: string, kind: DefinitionKind, id: string): Promise<void> {
  await tx.query('DELETE FROM definitions WHERE tenant_id = $1 AND kind = $2 AND id = $3', [tenantId, kind, id]);
}

/**
 * The tenant's definitions, of one kind or all, with their latest published version.
 *
 * @example
 * const scorecards = await listDefinitions(tx, tenantId, 'scorecard');
 */
export async function listDefinitions(tx: Queryable, tenantId: string, kind?: DefinitionKind): Promise<DefinitionSummary[]> {
  return tx.query<DefinitionSummary>(
    `SELECT d.kind, d.id, d.draft -> 'name' AS name, d.revision, d.updated_at AS "updatedAt",
       (SELECT max(v.version) FROM definition_versions v WHERE v.tenant_id = d.tenant_id AND v.kind = d.kind AND v.id = d.id) AS "latestVersion"
     FROM definitions d WHERE d.tenant_id = $1 AND ($2::text IS NULL OR d.kind = $2) AND NOT d.archived ORDER BY d.kind, d.id`,
    [tenantId, kind ?? null],
  );
}

/**
 * The published versions of one definition, newest first.
 *
 * @example
 * const versions = await listVersions(tx, tenantId, 'scorecard', 'credit_score');
 */
export async function listVersions(tx: Queryable, tenantId: string, kind: DefinitionKind, id: string): Promise<VersionInfo[]> {
  return tx.query<VersionInfo>(
    `SELECT version, published_at AS "publishedAt", published_by AS "publishedBy", note FROM definition_versions
     WHERE tenant_id = $1 AND kind = $2 AND id = $3 ORDER BY version DESC`,
    [tenantId, kind, id],
  );
}

/**
 * One published version of a definition, or its latest when `version` is omitted;
 * undefined when there is none.
 *
 * @example
 * const form = await publishedVersion(tx, tenantId, 'form', 'customer');
 * const pinned = await publishedVersion(tx, tenantId, 'scorecard', 'credit_score', 3);
 */
export async function publishedVersion(tx: Queryable, tenantId: string, kind: DefinitionKind, id: string, version?: number): Promise<PublishedVersion | undefined> {
  const [row] = await tx.query<PublishedVersion>(
    `SELECT version, body FROM definition_versions WHERE tenant_id = $1 AND kind = $2 AND id = $3 AND ($4::int IS NULL OR version = $4)
     ORDER BY version DESC LIMIT 1`,
    [tenantId, kind, id, version ?? null],
  );
  return row;
}

/**
 * The latest published version of each of the tenant's definitions of `kind` (drafts never
 * published left out), in id order; with `{ archived: false }`, of those not archived only.
 *
 * @example
 * const ruleSets = await latestPublished(tx, tenantId, 'ruleset', { archived: false });
 */
export async function latestPublished<D = Record<string, unknown>>(
  tx: Queryable, tenantId: string, kind: DefinitionKind, options: { readonly archived?: boolean } = {},
): Promise<{ readonly id: string; readonly version: number; readonly body: D }[]> {
  return tx.query<{ id: string; version: number; body: D }>(
    `SELECT DISTINCT ON (v.id) v.id, v.version, v.body FROM definition_versions v
     JOIN definitions d ON d.tenant_id = v.tenant_id AND d.kind = v.kind AND d.id = v.id AND ($3::boolean OR NOT d.archived)
     WHERE v.tenant_id = $1 AND v.kind = $2 ORDER BY v.id, v.version DESC`,
    [tenantId, kind, options.archived ?? true],
  );
}

/**
 * Adds the next version of a definition. Call it with the draft row locked (getDraft
 * `forUpdate`): concurrent publishes then take turns, and the primary key refuses a
 * duplicate number whatever happens.
 *
 * @example
 * const version = await insertVersion(tx, tenantId, 'form', 'customer', body, { userId, note: null, now });
 */
export async function insertVersion(
  tx: Queryable, tenantId: string, kind: DefinitionKind, id: string, body: object, by: { userId: string; note: string | null; now: Date },
): Promise<VersionInfo> {
  const [row] = await tx.query<VersionInfo>(
    `INSERT INTO definition_versions (tenant_id, kind, id, version, body, published_at, published_by, note)
     SELECT $1, $2, $3, coalesce(max(version), 0) + 1, $4, $5, $6, $7 FROM definition_versions WHERE tenant_id = $1 AND kind = $2 AND id = $3
     RETURNING version, published_at AS "publishedAt", published_by AS "publishedBy", note`,
    [tenantId, kind, id, json(body), by.now, by.userId, by.note],
  );
  forgetLatest(tx);
  return row!;
}
