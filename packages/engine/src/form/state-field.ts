/** @module A record's state (记录状态): the form's `stateField`, whose value's label its page shows beside its title. */
import { problem, type Problem } from '../core/problem.js';
import { hint } from '../core/suggest.js';
import { optionsOf } from './catalog.js';
import type { FieldDefinition, FormDefinition, FormRecord, SelectOption } from './types.js';

/** Whether a field can tell a record's state: it holds one value of named options (a single select, a text formula or lookup with value labels). */
export function statesRecords(field: FieldDefinition): boolean {
  return field.type !== 'multi_select' && optionsOf(field) !== undefined;
}

/**
 * Problems with the form's `stateField`: a field the form has, and one holding one of named options.
 *
 * @example
 * checkStateField({ ...salesOrder, stateField: 'amount' }) // [{ path: '/stateField', code: 'form.state_field.type', ... }]
 */
export function checkStateField(def: FormDefinition): Problem[] {
  const id: unknown = def.stateField;
  if (typeof id !== 'string') return [];
  const field = def.fields.find((f) => f.id === id);
  if (field === undefined) {
    const h = hint(id, def.fields.filter(statesRecords).map((f) => f.id));
    return [problem('/stateField', 'form.state_field.unknown', `The record state names field "${id}", which the form does not have.${h.en} Pick a single-select field, or clear it.`, `记录状态指定的字段 "${id}" 不在本表单中。${h.zh}请改选一个单选字段，或清空。`)];
  }
  if (!statesRecords(field)) {
    return [problem('/stateField', 'form.state_field.type', `"${field.label.en}" cannot tell a record's state: pick a single-select field, or a formula or lookup with value labels.`, `"${field.label['zh-CN']}" 不能作为记录状态：请选择单选字段，或带值标签的公式或关联字段。`)];
  }
  return [];
}

/**
 * The option a record of `form` is in by its `stateField`; undefined when the form names none or
 * the record's value is not one of its options (empty, or an option since removed).
 *
 * @example
 * recordState(salesOrder, { status: 'refused' })?.label['zh-CN'] // '已拒绝'
 */
export function recordState(form: FormDefinition, data: FormRecord): SelectOption | undefined {
  const field = form.fields.find((f) => f.id === form.stateField);
  if (field === undefined || !statesRecords(field)) return undefined;
  return optionsOf(field)?.find((o) => o.id === data[field.id]);
}
