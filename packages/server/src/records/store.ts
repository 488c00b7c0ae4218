/** @module The records tables: one row per record (its latest revision) and every revision kept. */
import type { Queryable } from '../db/port.js';
import { json } from '../db/port.js';
import { AppError } from '../http/app-error.js';

/** A stored record as the API shows it (before hidden fields are removed). */
export interface StoredRecord {
  readonly id: string;
  readonly formId: string;
  readonly formVersion: number;
  readonly revision: number;
  readonly data: Record<string, unknown>;
  readonly createdAt: string;
  readonly createdBy: string | null;
  readonly updatedAt: string;
  readonly updatedBy: string | null;
  readonly deletedAt: string | null;
}

/** One kept revision. */
export interface RecordRevision {
  readonly revision: number;
  readonly action: 'create' | 'update' | 'delete';
  readonly formVersion: number;
  readonly data: Record<string, unknown>;
  readonly changedAt: string;
  readonly changedBy: string | null;
  /** The rules whose set_field wrote it; null when a person, an approval or a job did. */
  readonly changedVia: readonly RuleRef[] | null;
}

/** A rule, by its rule set's id and its own. */
export interface RuleRef {
  readonly ruleSet: string;
  readonly rule: string;
}

/** The columns of {@link StoredRecord}, as SQL. */
export const RECORD_COLUMNS = `id, form_id AS "formId", form_version AS "formVersion", revision, data,
  created_at AS "createdAt", created_by AS "createdBy", updated_at AS "updatedAt", updated_by AS "updatedBy", deleted_at AS "deletedAt"`;

/** Who changed a record, and when (the injected clock's time). */
export interface Change {
  /** null when the system changes it (an approval timeout, a schedule). */
  readonly userId: string | null;
  readonly now: Date;
  /** The rules whose set_field makes this change, kept with its revision; absent: not rules'. */
  readonly via?: readonly RuleRef[];
}

/** 404 for a record that does not exist, was deleted, or is another tenant's or form's. */
export function noRecord(id: string): AppError {
  return new AppError('not_found', 404, `Record "${id}" was not found in this form: the link may be wrong, the record deleted, or outside what your role may see (its owner or an admin can tell).`, {
    messageZh: `找不到此表单的记录 "${id}"：链接可能有误、记录可能已删除，或不在您的角色可查看的范围内（可询问记录负责人或管理员）。`,
  });
}

/**
 * How a read record is locked for the rest of the transaction.
 * - `no key update`: for a writer, so two writers with the same If-Match queue, and the second
 *   sees the first's revision.
 * - `update`: for a delete, which waits besides for every write naming the record (below).
 * - `key share`: for a record a write names in a reference, so a delete of it at the same time
 *   waits for that write and then finds the new referrer, or goes first and the write finds no
 *   record; writers of the named record (its rollups) do not wait for it.
 */
export type RecordLock = 'update' | 'no key update' | 'key share';

/**
 * A live record of a form, locked as `lock` says (see {@link RecordLock}).
 *
 * @example
 * const rec = await findRecord(tx, tenantId, 'customer', id, 'no key update');
 */
export async function findRecord(tx: Queryable, tenantId: string, formId: string, id: string, lock?: RecordLock): Promise<StoredRecord | undefined> {
  const rows = await tx.query<StoredRecord>(
    `SELECT ${RECORD_COLUMNS} FROM records WHERE tenant_id = $1 AND form_id = $2 AND id = $3 AND deleted_at IS NULL${lock === undefined ? '' : ` FOR ${lock.toUpperCase()}`}`,
    [tenantId, formId, id],
  );
  return rows[0];
}

/**
 * The end of a statement whose `written` CTE stored a record (RETURNING *): keeps that revision
 * with `action`, changed at `at` by `by` via the rules `via` (SQL of the statement's parameters), and answers with
 * the record, so a write and its revision are one statement.
 */
const keptAs = (action: string, at: string, by: string, via: string): string => `kept AS (
    INSERT INTO record_revisions (tenant_id, record_id, revision, action, form_version, data, changed_at, changed_by, changed_via)
    SELECT tenant_id, id, revision, ${action}, form_version, data, ${at}, ${by}, ${via} FROM written
  )
  SELECT ${RECORD_COLUMNS} FROM written`;

const INSERT = `WITH written AS (
    INSERT INTO records (tenant_id, form_id, id, form_version, data, revision, created_at, created_by, updated_at, updated_by)
    VALUES ($1, $2, $3, $4, $5, 1, $6, $7, $6, $7) RETURNING *
  ), ${keptAs("'create'", '$6', '$7', 'NULL')}`;

const UPDATE = `WITH written AS (
    UPDATE records SET form_version = $3, data = $4, revision = revision + 1, updated_at = $5::timestamptz, updated_by = $6,
      deleted_at = CASE WHEN $7::boolean THEN $5::timestamptz END
    WHERE tenant_id = $1 AND id = $2 RETURNING *
  ), ${keptAs('$8', '$5::timestamptz', '$6', '$9::jsonb')}`;

/**
 * The record {@link insertRecord} stores, as it reads back: for a caller that goes on without
 * waiting for the INSERT.
 *
 * @example
 * created({ id, formId: 'customer', formVersion: 2, data }, { userId, now }) // revision 1, created and updated now
 */
export function created(rec: { id: string; formId: string; formVersion: number; data: Record<string, unknown> }, by: Change): StoredRecord {
  const at = by.now.toISOString();
  return { ...rec, revision: 1, createdAt: at, createdBy: by.userId, updatedAt: at, updatedBy: by.userId, deletedAt: null };
}

/**
 * Inserts a record at revision 1 and keeps that revision, in one statement.
 *
 * @example
 * const rec = await insertRecord(tx, tenantId, { id, formId: 'customer', formVersion: 2, data }, { userId, now });
 */
export async function insertRecord(
  tx: Queryable, tenantId: string, rec: { id: string; formId: string; formVersion: number; data: Record<string, unknown> }, by: Change,
): Promise<StoredRecord> {
  const rows = await tx.query<StoredRecord>(INSERT, [tenantId, rec.formId, rec.id, rec.formVersion, json(rec.data), by.now, by.userId]);
  return rows[0]!;
}

/**
 * Writes the next revision of a record locked with {@link findRecord} (data, or a soft delete)
 * and keeps it, in one statement.
 *
 * @example
 * const next = await writeRevision(tx, tenantId, locked, { formVersion: 3, data }, 'update', { userId, now });
 */
export async function writeRevision(
  tx: Queryable, tenantId: string, current: StoredRecord, next: { formVersion: number; data: Record<string, unknown> }, action: 'update' | 'delete', by: Change,
): Promise<StoredRecord> {
  const rows = await tx.query<StoredRecord>(UPDATE, [tenantId, current.id, next.formVersion, json(next.data), by.now, by.userId, action === 'delete', action, by.via === undefined ? null : json(by.via)]);
  return rows[0]!;
}

/**
 * How many live records the form has.
 *
 * @example
 * const total = await countLive(tx, tenantId, 'customer');
 */
export async function countLive(tx: Queryable, tenantId: string, formId: string): Promise<number> {
  const [row] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM records WHERE tenant_id = $1 AND form_id = $2 AND deleted_at IS NULL', [tenantId, formId]);
  return row?.n ?? 0;
}

/**
 * Every revision of a record, oldest first.
 *
 * @example
 * const history = await listRevisions(tx, tenantId, id);
 */
export async function listRevisions(tx: Queryable, tenantId: string, id: string): Promise<RecordRevision[]> {
  return tx.query<RecordRevision>(
    `SELECT revision, action, form_version AS "formVersion", data, changed_at AS "changedAt", changed_by AS "changedBy", changed_via AS "changedVia"
     FROM record_revisions WHERE tenant_id = $1 AND record_id = $2 ORDER BY revision`,
    [tenantId, id],
  );
}
