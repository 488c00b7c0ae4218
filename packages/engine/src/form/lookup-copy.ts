/** @module When a lookup is copied: the rule the server saves by and the record form shows by. */
import type { FormRecord, LookupField } from './types.js';

/**
 * Whether a write of `record` copies `lookup` afresh: always for `on_write` (the default); for
 * `on_create` when the record is new (`stored` undefined), and after that only when the reference
 * it copies through points elsewhere than in `stored` (an order moved to another customer takes
 * that customer's figures; one that keeps its customer keeps the figures it was placed with).
 *
 * @example
 * copiesLookup({ ...grade, copy: 'on_create' }, { customer: 'c2' }, { customer: 'c1' }) // true
 * copiesLookup({ ...grade, copy: 'on_create' }, { customer: 'c1' }, { customer: 'c1' }) // false
 */
export function copiesLookup(lookup: LookupField, record: FormRecord, stored?: FormRecord): boolean {
  return lookup.copy !== 'on_create' || stored === undefined || stored[lookup.via] !== record[lookup.via];
}
