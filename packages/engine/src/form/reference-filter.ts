/** @module A reference field's filter applied: the conditions a target record must meet, given this record's values. */
import { compileCondition } from '../condition/index.js';
import type { FactCondition } from '../condition/types.js';
import type { FormRecord, ReferenceFilter } from './types.js';

/** A filter made concrete for one record: its conditions on the target's fields, and the fields of this record it still waits for. */
export interface AppliedFilter {
  /** One condition per entry in force, at the entry's index (`sameAs` with an empty field: none). */
  readonly conditions: readonly (FactCondition | undefined)[];
  /** The `sameAs` fields of this record that are empty, so their entries are skipped. */
  readonly waitingFor: readonly string[];
}

// A list or object is no value to compare with (the record's own check refuses it), and must not read as a condition's `{ fact }`.
const isScalar = (v: unknown): v is string | number | boolean => (typeof v === 'string' && v !== '') || typeof v === 'number' || typeof v === 'boolean';

/**
 * The filter's entries as conditions on a target record, `sameAs` read from `own` (this record's
 * values); an entry whose `sameAs` field is empty is not in force, and that field is named in
 * `waitingFor`.
 *
 * @example
 * applyFilter([{ field: 'customer', sameAs: 'customer' }, { field: 'status', operator: 'equal', value: 'open' }], { customer: 'c1' })
 * // { conditions: [{ fact: 'customer', operator: 'equal', value: 'c1' }, { fact: 'status', operator: 'equal', value: 'open' }], waitingFor: [] }
 */
export function applyFilter(filter: readonly ReferenceFilter[], own: FormRecord): AppliedFilter {
  const waitingFor: string[] = [];
  const conditions = filter.map((entry): FactCondition | undefined => {
    if (!('sameAs' in entry)) return { fact: entry.field, operator: entry.operator, value: entry.value };
    const value = own[entry.sameAs];
    if (isScalar(value)) return { fact: entry.field, operator: 'equal', value };
    waitingFor.push(entry.sameAs);
    return undefined;
  });
  return { conditions, waitingFor };
}

/**
 * The index of the first filter entry in force that `target` (a record of the reference's form)
 * fails, given this record's values `own`; undefined when it matches. Compared as conditions
 * compare (`notEqual` holds for an empty value), as the records list filters them.
 *
 * @example
 * failedEntry(filter, { customer: 'c2', status: 'open' }, { customer: 'c1' }) // 0
 * failedEntry(filter, { customer: 'c1', status: 'open' }, { customer: 'c1' }) // undefined
 */
export function failedEntry(filter: readonly ReferenceFilter[], target: FormRecord, own: FormRecord): number | undefined {
  const index = applyFilter(filter, own).conditions.findIndex((c) => c !== undefined && !compileCondition(c)(target));
  return index < 0 ? undefined : index;
}
