/** @module Pure edits of a form's fields: add from the palette, remove, duplicate, and address a field or a sub-table column. */
import { fieldTypes } from '@heng/engine';
import type { FieldDefinition, FieldType, FormDefinition, LocalizedText, ReferenceField, SubTableField } from '@heng/engine';
import { followListColumn } from './form-list-columns.js';
import { uniqueId } from './ids.js';
import { inLayoutOrder, placeField, slotOf } from './form-layout.js';
import type { Slot } from './form-layout.js';

/** A field of the form (`{ id }`), or column `id` of sub-table `table`. */
export interface FieldRef {
  readonly id: string;
  readonly table?: string;
}

/** The bilingual label of option `n`, as a new select field's options start. */
export const optionLabel = (n: number): LocalizedText => ({ 'zh-CN': `选项 ${n}`, en: `Option ${n}` });

/**
 * A new field of `type` with the smallest definition the engine accepts: selects get three
 * options, a sub-table one text column, a reference points at its own form, a formula computes
 * 0, a lookup goes through the form's first reference field, a rollup counts the records of
 * this form that reference it and a serial number is the day and a daily sequence (20261124-0001):
 * starting points the admin then picks properly.
 *
 * @example
 * newField('single_select', 'single_select_1', label, form).options.map((o) => o.id) // ['option_1', 'option_2', 'option_3']
 */
export function newField(type: FieldType, id: string, label: LocalizedText, form: FormDefinition): FieldDefinition {
  const references = form.fields.filter((f): f is ReferenceField => f.type === 'reference');
  switch (type) {
    case 'single_select':
    case 'multi_select':
      return { id, type, label, options: [1, 2, 3].map((n) => ({ id: `option_${n}`, label: optionLabel(n) })) };
    case 'sub_table':
      return { id, type, label, columns: [{ id: 'column_1', type: 'text', label: fieldTypes.text.label }] };
    case 'reference':
      return { id, type, label, target: form.id };
    case 'formula':
      return { id, type, label, formula: '0', resultType: 'number' };
    case 'lookup':
      return { id, type, label, via: references[0]?.id ?? 'reference', field: 'name', resultType: 'text' };
    case 'rollup':
      return { id, type, label, from: form.id, via: references.find((r) => r.target === form.id)?.id ?? 'reference', aggregate: 'count', resultType: 'number' };
    case 'serial':
      return { id, type, label, parts: [{ type: 'date', format: 'yyyyMMdd' }, { type: 'text', text: '-' }, { type: 'sequence', digits: 4, reset: 'daily' }] };
    default:
      return { id, type, label };
  }
}

/**
 * The field `ref` names, if it exists.
 *
 * @example
 * fieldAt(form, { id: 'phone', table: 'contacts' })?.type // 'text'
 */
export function fieldAt(def: FormDefinition, ref: FieldRef): FieldDefinition | undefined {
  if (ref.table === undefined) return def.fields.find((f) => f.id === ref.id);
  const table = def.fields.find((f) => f.id === ref.table);
  return table?.type === 'sub_table' ? table.columns.find((c) => c.id === ref.id) : undefined;
}

/** The fields `ref` sits among: the form's, or its table's columns. */
export function siblingsOf(def: FormDefinition, ref: FieldRef): readonly FieldDefinition[] {
  if (ref.table === undefined) return def.fields;
  const table = def.fields.find((f) => f.id === ref.table);
  return table?.type === 'sub_table' ? table.columns : [];
}

/**
 * The form with the sibling list of `ref` (the form's fields, or a table's columns) replaced by
 * `update(list)`; the same form when nothing changed.
 */
export function updateSiblings(def: FormDefinition, ref: FieldRef, update: (list: readonly FieldDefinition[]) => readonly FieldDefinition[]): FormDefinition {
  if (ref.table === undefined) {
    const fields = update(def.fields);
    return fields === def.fields ? def : { ...def, fields };
  }
  return updateField(def, { id: ref.table }, (t) => {
    if (t.type !== 'sub_table') return t;
    const columns = update(t.columns);
    return columns === t.columns ? t : ({ ...t, columns } satisfies SubTableField);
  });
}

/**
 * The form with field `ref` replaced by `update(field)`.
 *
 * @example
 * updateField(form, { id: 'region' }, (f) => ({ ...f, required: true }))
 */
export function updateField(def: FormDefinition, ref: FieldRef, update: (field: FieldDefinition) => FieldDefinition): FormDefinition {
  return updateSiblings(def, ref, (list) => {
    const i = list.findIndex((f) => f.id === ref.id);
    const field = list[i];
    if (field === undefined) return list;
    const next = update(field);
    return next === field ? list : list.map((f, j) => (j === i ? next : f));
  });
}

/**
 * Adds a new field of `type` at `slot`, labelled with the type's name, and returns its id
 * (`money_1`, `money_2`, …: stable, never an index). An unknown section adds nothing.
 *
 * @example
 * const { def: next, id } = addField(form, 'money', { section: 'financials', index: 0 }); // id 'money_1'
 */
export function addField(def: FormDefinition, type: FieldType, slot: Slot): { def: FormDefinition; id: string } {
  const id = uniqueId(type, def.fields.map((f) => f.id));
  if (!def.sections.some((s) => s.id === slot.section)) return { def, id };
  const field = newField(type, id, fieldTypes[type].label, def);
  return { def: inLayoutOrder({ ...def, fields: [...def.fields, field], sections: placeField(def.sections, id, slot) }), id };
}

/**
 * The form without field `ref` (and out of its section and list columns). What named it (formulas, conditions)
 * is left for validation to flag: the designer lists it first (see `fieldUsages`).
 *
 * @example
 * removeField(form, { id: 'region' }).fields.some((f) => f.id === 'region') // false
 */
export function removeField(def: FormDefinition, ref: FieldRef): FormDefinition {
  const next = updateSiblings(def, ref, (list) => (list.some((f) => f.id === ref.id) ? list.filter((f) => f.id !== ref.id) : list));
  if (next === def || ref.table !== undefined) return next;
  const placed = { ...next, sections: next.sections.map((s) => (s.fields.includes(ref.id) ? { ...s, fields: s.fields.filter((id) => id !== ref.id) } : s)) };
  return followListColumn(placed, ref.id, undefined);
}

const copyLabel = (l: LocalizedText): LocalizedText => ({ 'zh-CN': `${l['zh-CN']}（副本）`.slice(0, 200), en: `${l.en} (copy)`.slice(0, 200) });

/**
 * Adds a copy of field `ref` right after it, with a fresh id and "(copy)" in its label, and
 * returns the copy's id (option and column ids stay: they are unique within their field).
 *
 * @example
 * duplicateField(form, { id: 'region' }).id // 'region_copy_1'
 */
export function duplicateField(def: FormDefinition, ref: FieldRef): { def: FormDefinition; id: string } {
  const original = fieldAt(def, ref);
  const list = siblingsOf(def, ref);
  const id = uniqueId(`${ref.id.slice(0, 50)}_copy`, list.map((f) => f.id));
  if (original === undefined) return { def, id };
  const copy = { ...original, id, label: copyLabel(original.label) } as FieldDefinition;
  const withCopy = updateSiblings(def, ref, (l) => {
    const i = l.findIndex((f) => f.id === ref.id);
    return [...l.slice(0, i + 1), copy, ...l.slice(i + 1)];
  });
  if (ref.table !== undefined) return { def: withCopy, id };
  const slot = slotOf(def, ref.id);
  const sections = slot === undefined ? withCopy.sections : placeField(withCopy.sections, id, { section: slot.section, index: slot.index + 1 });
  return { def: inLayoutOrder({ ...withCopy, sections }), id };
}
