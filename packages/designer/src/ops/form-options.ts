/** @module Pure edits of a select field's options: add, remove, reorder, relabel; ids stay stable. */
import type { FieldDefinition, FormDefinition, LocalizedText, SelectOption } from '@heng/engine';
import { moveById, removeById, replaceById, uniqueId } from './ids.js';
import { fieldAt, optionLabel, updateField } from './form-fields.js';
import type { FieldRef } from './form-fields.js';

const optionsOf = (field: FieldDefinition | undefined): readonly SelectOption[] | undefined =>
  field?.type === 'single_select' || field?.type === 'multi_select' ? field.options : undefined;

/** The field with its options replaced, and a default naming a removed option dropped. */
function withOptions(field: FieldDefinition, options: readonly SelectOption[]): FieldDefinition {
  if (field.type !== 'single_select' && field.type !== 'multi_select') return field;
  if (options === field.options) return field;
  const ids = new Set(options.map((o) => o.id));
  const { default: value, ...rest } = field;
  if (value === undefined) return { ...field, options };
  if (field.type === 'single_select') return ids.has(value as string) ? { ...field, options } : { ...rest, options };
  const kept = Array.isArray(value) ? value.filter((v) => ids.has(v as string)) : [];
  return kept.length === 0 ? { ...rest, options } : { ...field, options, default: kept };
}

/**
 * Adds an option at the end, labelled "Option n", and returns its id (`option_4`: never reused
 * while the field has it, so records keep meaning what they meant).
 *
 * @example
 * addOption(form, { id: 'region' }).id // 'option_1' (the sample's ids are words)
 */
export function addOption(def: FormDefinition, ref: FieldRef): { def: FormDefinition; id: string } {
  const options = optionsOf(fieldAt(def, ref)) ?? [];
  const id = uniqueId('option', options.map((o) => o.id));
  const option: SelectOption = { id, label: optionLabel(options.length + 1) };
  return { def: updateField(def, ref, (f) => withOptions(f, [...(optionsOf(f) ?? []), option])), id };
}

/**
 * Removes option `optionId`; a default naming it goes too.
 *
 * @example
 * removeOption(form, { id: 'region' }, 'west')
 */
export function removeOption(def: FormDefinition, ref: FieldRef, optionId: string): FormDefinition {
  return updateField(def, ref, (f) => withOptions(f, removeById(optionsOf(f) ?? [], optionId)));
}

/**
 * Moves option `from` to the place of option `to` (a drop on `to`).
 *
 * @example
 * moveOption(form, { id: 'region' }, 'west', 'east') // west first
 */
export function moveOption(def: FormDefinition, ref: FieldRef, from: string, to: string): FormDefinition {
  return updateField(def, ref, (f) => withOptions(f, moveById(optionsOf(f) ?? [], from, to)));
}

/**
 * Relabels option `optionId` (its id, which records store, stays).
 *
 * @example
 * setOptionLabel(form, { id: 'region' }, 'west', { 'zh-CN': '西南', en: 'South-west' })
 */
export function setOptionLabel(def: FormDefinition, ref: FieldRef, optionId: string, label: LocalizedText): FormDefinition {
  return updateField(def, ref, (f) => withOptions(f, replaceById(optionsOf(f) ?? [], optionId, (o) => ({ ...o, label }))));
}
