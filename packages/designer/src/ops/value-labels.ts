/** @module Pure edits of a formula's value labels: the words each value of its text result reads as (`frozen` as 冻结 / Frozen). */
import type { FormDefinition, SelectOption, ValueLabels } from '@heng/engine';
import { fieldAt, optionLabel } from './form-fields.js';
import type { FieldRef } from './form-fields.js';
import { patchField } from './form-props.js';
import { uniqueId } from './ids.js';

const labelsOf = (def: FormDefinition, ref: FieldRef): ValueLabels => {
  const f = fieldAt(def, ref);
  return f?.type === 'formula' ? (f.options ?? []) : [];
};

/** The formula with `labels` (none: the property goes, so the values show as they are). */
const withLabels = (def: FormDefinition, ref: FieldRef, labels: ValueLabels): FormDefinition => patchField(def, ref, { options: labels.length === 0 ? undefined : labels });

/**
 * Adds a value at the end (`value_1`, …), to be renamed to what the formula gives.
 *
 * @example
 * addValueLabel(form, { id: 'credit_status' }) // options end with { id: 'value_1', label: 选项 n / Option n }
 */
export function addValueLabel(def: FormDefinition, ref: FieldRef): FormDefinition {
  const labels = labelsOf(def, ref);
  const id = uniqueId('value', labels.map((o) => o.id));
  return withLabels(def, ref, [...labels, { id, label: optionLabel(labels.length + 1) }]);
}

/**
 * Changes the value or the words of the `index`th label.
 *
 * @example
 * setValueLabel(form, { id: 'credit_status' }, 0, { id: 'frozen' })
 */
export function setValueLabel(def: FormDefinition, ref: FieldRef, index: number, patch: Partial<SelectOption>): FormDefinition {
  return withLabels(def, ref, labelsOf(def, ref).map((o, i) => (i === index ? { ...o, ...patch } : o)));
}

/**
 * Removes the `index`th label; removing the last removes them all.
 *
 * @example
 * removeValueLabel(form, { id: 'credit_status' }, 2)
 */
export function removeValueLabel(def: FormDefinition, ref: FieldRef, index: number): FormDefinition {
  return withLabels(def, ref, labelsOf(def, ref).filter((_, i) => i !== index));
}
