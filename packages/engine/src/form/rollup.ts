/** @module A rollup's value from the records that reference a record: exact sums, counts, minimums and maximums. */
import { compileCondition } from '../condition/index.js';
import { add } from '../formula/exact.js';
import type { FormRecord, RollupField } from './types.js';

/**
 * The rollup of `rows` (the records whose `via` points at the record): those matching `where`
 * are counted, or their `field` values summed exactly (to the decimal each prints as), or the
 * smallest or largest taken (dates compare as `YYYY-MM-DD` text). Empty values are skipped; a
 * sum or count of nothing is 0, a minimum or maximum of nothing is null.
 *
 * @example
 * rollupValue({ aggregate: 'sum', field: 'amount', ... }, [{ amount: 0.1 }, { amount: 0.2 }]) // 0.3
 */
export function rollupValue(field: RollupField, rows: readonly FormRecord[]): number | string | null {
  const matches = field.where === undefined ? () => true : compileCondition(field.where);
  const kept = rows.filter((r) => matches(r as Record<string, unknown>));
  if (field.aggregate === 'count') return kept.length;
  const values = kept.map((r) => r[field.field ?? '']).filter((v): v is number | string => typeof v === 'number' || typeof v === 'string');
  if (field.aggregate === 'sum') return values.reduce<number>((total, v) => (typeof v === 'number' ? (add(total, v) ?? total) : total), 0);
  if (values.length === 0) return null;
  const better = field.aggregate === 'min' ? (a: number | string, b: number | string) => (b < a ? b : a) : (a: number | string, b: number | string) => (b > a ? b : a);
  return values.reduce(better);
}
