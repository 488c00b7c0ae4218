/** @module When a lookup is copied: the rule the server saves by and the record form shows by. */
import { compileCondition } from '../condition/compile.js';
import type { CompiledCondition, Condition } from '../condition/types.js';
import type { FormRecord, LookupField } from './types.js';

const compiled = new WeakMap<Condition, CompiledCondition>();

/**
 * Whether `record` meets the lookup's `refreshWhen` (false without one).
 *
 * @example
 * refreshesLookup({ ...grade, copy: 'on_create', refreshWhen: { fact: 'status', operator: 'equal', value: 'pending' } }, { status: 'pending' }) // true
 */
export function refreshesLookup(lookup: LookupField, record: FormRecord): boolean {
  const when = lookup.refreshWhen;
  if (when === undefined || lookup.copy !== 'on_create') return false;
  let test = compiled.get(when);
  if (test === undefined) {
    test = compileCondition(when);
    compiled.set(when, test);
  }
  return test(record);
}

/**
 * Whether a write of `record` copies `lookup` afresh: always for `on_write` (the default); for
 * `on_create` when the record is new (`stored` undefined), when the reference it copies through
 * points elsewhere than in `stored` (an order moved to another customer takes that customer's
 * figures), and when the record as written meets its `refreshWhen`; otherwise it keeps the
 * figures it was placed with.
 *
 * @example
 * copiesLookup({ ...grade, copy: 'on_create' }, { customer: 'c2' }, { customer: 'c1' }) // true
 * copiesLookup({ ...grade, copy: 'on_create' }, { customer: 'c1' }, { customer: 'c1' }) // false
 */
export function copiesLookup(lookup: LookupField, record: FormRecord, stored?: FormRecord): boolean {
  if (lookup.copy !== 'on_create' || stored === undefined || stored[lookup.via] !== record[lookup.via]) return true;
  // What is written over what is stored: a write's input leaves out the formulas it computes
  // again, so a condition on one reads it as it stood (after the write it is checked again).
  return lookup.refreshWhen !== undefined && refreshesLookup(lookup, { ...stored, ...record });
}
