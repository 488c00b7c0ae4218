/** @module Pure edits of a reference field's filter: which records of its form it offers. */
import { fieldInfo, operators, sameAsMismatch } from '@heng/engine';
import type { FieldDefinition, FormDefinition, ReferenceFilter } from '@heng/engine';
import { fieldAt } from './form-fields.js';
import { patchField } from './form-props.js';
import type { FieldRef } from './form-fields.js';

/**
 * Whether a target form's field can be filtered on: it holds one value (not a multi-select or a
 * sub-table).
 *
 * @example
 * isFilterable({ id: 'status', type: 'single_select', label, options }) // true
 */
export function isFilterable(field: FieldDefinition): boolean {
  return operators.equal.kinds.includes(fieldInfo(field).kind);
}

/**
 * The fields of this form a target's field may be the same as, by the rule the form's check holds
 * them to (`sameAsMismatch`): filled in by users, holding the same values.
 *
 * @example
 * sameAsChoices(payment, receivableCustomer).map((f) => f.id) // ['customer']
 */
export function sameAsChoices(own: FormDefinition, theirs: FieldDefinition): FieldDefinition[] {
  const a = fieldInfo(theirs);
  return own.fields.filter((f) => sameAsMismatch(a, fieldInfo(f)) === undefined);
}

/**
 * A new entry on the target's field `theirs`: the same as a field of this form when one fits
 * (a receivable's customer as the payment's), else equal to a value still to be chosen.
 *
 * @example
 * newEntry(payment, receivableCustomer) // { field: 'customer', sameAs: 'customer' }
 */
export function newEntry(own: FormDefinition, theirs: FieldDefinition): ReferenceFilter {
  const [same] = sameAsChoices(own, theirs);
  return same === undefined ? { field: theirs.id, operator: 'equal', value: '' } : { field: theirs.id, sameAs: same.id };
}

/**
 * Sets entry `index` of reference `ref`'s filter (`index` past the end adds it), or with
 * `undefined` removes it; an empty filter is left out.
 *
 * @example
 * setFilterEntry(payment, { id: 'receivable' }, 1, { field: 'status', operator: 'equal', value: 'open' })
 */
export function setFilterEntry(def: FormDefinition, ref: FieldRef, index: number, entry: ReferenceFilter | undefined): FormDefinition {
  const field = fieldAt(def, ref);
  if (field?.type !== 'reference') return def;
  const kept = [...(field.filter ?? [])];
  if (entry === undefined) kept.splice(index, 1);
  else kept[Math.min(index, kept.length)] = entry;
  return patchField(def, ref, { filter: kept.length === 0 ? undefined : kept });
}
