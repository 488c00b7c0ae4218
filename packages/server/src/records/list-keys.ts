/**
 * @module The sort keys of records (migration 0010) as SQL pieces: the join a sorted list walks,
 * the records without a key (sorted last), and range conditions served by the keys' indexes.
 */
import type { FieldInfo } from '@heng/engine';
import type { SqlParam } from '../db/port.js';

/**
 * SQL parameters, numbered after the tenant and form every list statement binds as $1 and $2
 * (a key's subquery names them, so it stays uncorrelated and the planner can turn it into a join).
 */
export class Params {
  readonly values: SqlParam[];
  /** `initial` starts with the tenant id and the form id. */
  constructor(initial: readonly SqlParam[]) {
    this.values = [...initial];
  }
  add(value: SqlParam): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
  /** A copy, for a second statement that shares the conditions bound so far. */
  fork(): Params {
    return new Params(this.values);
  }
}

/** A field's sort keys (migration 0010): numbers in `num` (float8), text, dates and yes/no in `txt`. */
export interface FieldKey {
  readonly field: string;
  readonly column: 'num' | 'txt';
  readonly cast: '::float8' | '';
}

/**
 * Where a field's keys are: a number field's in `num`, any other ordered field's in `txt`.
 *
 * @example
 * keyOf({ id: 'annual_sales', type: 'money', kind: 'number' }) // { field: 'annual_sales', column: 'num', cast: '::float8' }
 */
export const keyOf = (info: FieldInfo): FieldKey => (info.kind === 'number' ? { field: info.id, column: 'num', cast: '::float8' } : { field: info.id, column: 'txt', cast: '' });

/** The sorted field's key value in the statement {@link sortJoin} joins. */
export const SORT_VALUE = 'k.v';

/**
 * The join of the sorted field's keys, as `k` (`k.record_id`, `k.v`): the list then walks
 * that field's btree index in order instead of sorting every record of the form.
 *
 * @example
 * sortJoin({ field: 'annual_sales', column: 'num', cast: '::float8' }, params) // 'JOIN (SELECT record_id, num AS v ...) AS k ON ...'
 */
export function sortJoin(key: FieldKey, params: Params): string {
  return `JOIN (SELECT record_id, ${key.column} AS v FROM record_sort_keys WHERE tenant_id = $1 AND form_id = $2 AND field = ${params.add(key.field)} AND ${key.column} IS NOT NULL) AS k ON k.record_id = records.id`;
}

/**
 * The condition "the record has no key for the sorted field": the records a sort puts last.
 *
 * @example
 * withoutKey(key, params) // 'NOT EXISTS (SELECT 1 FROM record_sort_keys AS s WHERE ...)'
 */
export function withoutKey(key: FieldKey, params: Params): string {
  return `NOT EXISTS (SELECT 1 FROM record_sort_keys AS s WHERE s.tenant_id = records.tenant_id AND s.record_id = records.id AND s.field = ${params.add(key.field)} AND s.${key.column} IS NOT NULL)`;
}

/**
 * The condition "the record's key for the field compares to `value`" (`value` a placeholder),
 * as an uncorrelated subquery the planner can answer from the field's btree index.
 *
 * @example
 * keyInRange(key, '>=', '$3::float8', params) // 'id IN (SELECT record_id FROM record_sort_keys WHERE ... AND num >= $3::float8)'
 */
export function keyInRange(key: FieldKey, cmp: string, value: string, params: Params): string {
  return `id IN (SELECT record_id FROM record_sort_keys WHERE tenant_id = $1 AND form_id = $2 AND field = ${params.add(key.field)} AND ${key.column} ${cmp} ${value})`;
}
