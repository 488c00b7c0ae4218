/**
 * @module Row access on the server: the SQL condition every query over a form's records adds, and
 * the single-record checks of the routes and the write path (the form's `rowAccess` rules).
 */
import { ownerDefaults, reachesRecord, rowProblems, rowScope } from '@heng/engine';
import type { FormDefinition, Problem, RowScope } from '@heng/engine';
import type { Queryable, SqlParam } from '../db/port.js';
import { findRecord, noRecord } from './store.js';
import type { RecordLock, StoredRecord } from './store.js';

/**
 * Who reaches records: a user with the roles of the request (a principal, a writer). A null user
 * is the system (rules, schedules, approval write-back), which reaches every record.
 */
export interface RowReader {
  readonly userId: string | null;
  readonly roles: readonly string[];
}

/**
 * The records of form `def` that `who` reaches (see `FormDefinition.rowAccess`).
 *
 * @example
 * rowScopeOf(customer, { userId: 'u1', roles: ['salesperson'] }) // { all: false, fields: ['sales_owner'] }
 */
function rowScopeOf(def: FormDefinition, who: RowReader): RowScope {
  return who.userId === null ? { all: true } : rowScope(def, who.roles);
}

/**
 * The SQL condition "this record is in reach of `who`", for any query over records of form
 * `def` in tenant `tenantId`: `TRUE` when they reach every record, `FALSE` when none, else "the
 * record's key for one of their rule fields is their user id", answered from the sort keys'
 * text btree index (migration 0010), as range filters are. Not as `data @> '{"owner": id}'`:
 * under row-level security PostgreSQL keeps a non-leakproof operator such as jsonb's `@>` out
 * of index scans, so no index on `data` could serve it, while text equality is
 * leakproof. `bind` adds a parameter and returns its placeholder; `id` is the records' id
 * column, qualified when the query joins (`r.id`). Add it to every query that reads records for
 * a user: lists, exports, aggregates for dashboards.
 *
 * @example
 * const params: SqlParam[] = [tenantId, 'customer'];
 * const bind = (v: SqlParam) => `$${params.push(v)}`;
 * const sql = `SELECT count(*) FROM records r WHERE r.tenant_id = $1 AND r.form_id = $2 AND r.deleted_at IS NULL
 *   AND ${rowAccessCondition(tenantId, form.compiled.definition, principal, bind, 'r.id')}`;
 * // salesperson: 'r.id IN (SELECT record_id FROM record_sort_keys WHERE tenant_id = $3 AND form_id = $4 AND field = $5 AND txt = $6)'
 */
export function rowAccessCondition(tenantId: string, def: FormDefinition, who: RowReader, bind: (value: SqlParam) => string, id = 'id'): string {
  const scope = rowScopeOf(def, who);
  if (scope.all) return 'TRUE';
  if (scope.fields.length === 0) return 'FALSE';
  const keysOf = `tenant_id = ${bind(tenantId)} AND form_id = ${bind(def.id)}`;
  const fields = scope.fields.map((f) => bind(f));
  const field = fields.length === 1 ? `= ${fields[0]!}` : `IN (${fields.join(', ')})`;
  return `${id} IN (SELECT record_id FROM record_sort_keys WHERE ${keysOf} AND field ${field} AND txt = ${bind(who.userId)})`;
}

/**
 * Whether `who` reaches a record of form `def` holding `data` (the system reaches every record).
 *
 * @example
 * reaches(customerForm, { sales_owner: 'u_ann' }, { userId: 'u_bob', roles: ['salesperson'] }) // false
 */
export function reaches(def: FormDefinition, data: Record<string, unknown>, who: RowReader): boolean {
  return who.userId === null || reachesRecord(rowScopeOf(def, who), data, who.userId);
}

/**
 * A live record of the form that `who` reaches (locked as `lock` says); 404 when it does not
 * exist and, with the same answer so nothing leaks, when it is out of reach.
 *
 * @example
 * const rec = await reachableRecord(tx, me, form.compiled.definition, formId, id);
 */
export async function reachableRecord(
  tx: Queryable, who: RowReader & { readonly tenantId: string }, def: FormDefinition, formId: string, id: string, lock?: RecordLock,
): Promise<StoredRecord> {
  const rec = await findRecord(tx, who.tenantId, formId, id, lock);
  if (rec === undefined || !reaches(def, rec.data, who)) throw noRecord(id);
  return rec;
}

/**
 * The values a new record of `who` starts from besides the form's defaults: their user id in the
 * fields of their row rules (a salesperson's new customer is theirs).
 *
 * @example
 * const before = { ...form.compiled.initialRecord(), ...creatorDefaults(def, writer) };
 */
export function creatorDefaults(def: FormDefinition, who: RowReader): Record<string, string> {
  return who.userId === null ? {} : ownerDefaults(def, rowScopeOf(def, who), who.userId);
}

/**
 * Problems when `who` would write a record they then do not reach (a salesperson handing a
 * customer to someone else), at the fields of their rules.
 *
 * @example
 * const problems = outOfReach(def, { sales_owner: 'u2' }, writer); // [{ path: '/sales_owner', code: 'row.owner', ... }]
 */
export function outOfReach(def: FormDefinition, data: Record<string, unknown>, who: RowReader): Problem[] {
  return who.userId === null ? [] : rowProblems(def, rowScopeOf(def, who), data, who.userId);
}
