/** @module How a record is named where people read about it: pickers, links, titles, the inbox and notices. */
import { problem, type Problem } from '../core/problem.js';
import { hint } from '../core/suggest.js';
import type { FieldDefinition, FormDefinition } from './types.js';

/** Whether a field can name a record: it holds text (a text field, a lookup, a formula with a text result, an auto number). */
export function titlesRecords(field: FieldDefinition): boolean {
  return field.type === 'text' || field.type === 'lookup' || field.type === 'serial' || (field.type === 'formula' && field.resultType === 'text');
}

/**
 * The field that names a record of `form`: the form's `titleField` when it is one that can, else
 * its first text field, else its first lookup (a credit application is named by its customer's
 * name, copied from the customer it references), else none (the record's id stands in).
 *
 * @example
 * labelFieldOf(customerCreditProfile) // 'company_name'
 * labelFieldOf({ ...supplier, titleField: 'supplier_name' }) // 'supplier_name', though 'contact' comes first
 */
export function labelFieldOf(form: FormDefinition): string | undefined {
  const chosen = form.fields.find((f) => f.id === form.titleField);
  if (chosen !== undefined && titlesRecords(chosen)) return chosen.id;
  return (form.fields.find((f) => f.type === 'text') ?? form.fields.find((f) => f.type === 'lookup'))?.id;
}

/**
 * Problems with the form's `titleField`: a field the form has, and one that holds text.
 *
 * @example
 * checkTitleField({ ...form, titleField: 'founded_on' }) // [{ path: '/titleField', code: 'form.title_field.type', ... }]
 */
export function checkTitleField(def: FormDefinition): Problem[] {
  const id: unknown = def.titleField;
  if (typeof id !== 'string') return [];
  const field = def.fields.find((f) => f.id === id);
  if (field === undefined) {
    const h = hint(id, def.fields.filter(titlesRecords).map((f) => f.id));
    return [problem('/titleField', 'form.title_field.unknown', `The record title names field "${id}", which the form does not have.${h.en} Pick a text field, or clear it.`, `记录标题指定的字段 "${id}" 不在本表单中。${h.zh}请改选一个文本字段，或清空。`)];
  }
  if (!titlesRecords(field)) {
    return [problem('/titleField', 'form.title_field.type', `"${field.label.en}" cannot title a record: pick a text field, a lookup, a formula with a text result, or an auto number.`, `"${field.label['zh-CN']}" 不能作为记录标题：请选择文本字段、关联字段、结果为文本的公式字段，或流水号。`)];
  }
  return [];
}

/**
 * The name of a record of `form` with `data`: its label field's text, trimmed; undefined when
 * the form has no label field or the record leaves it empty.
 *
 * @example
 * recordLabel(customerCreditProfile, { company_name: ' 闽江机械 ' }) // '闽江机械'
 */
export function recordLabel(form: FormDefinition, data: Readonly<Record<string, unknown>>): string | undefined {
  const field = labelFieldOf(form);
  const v = field === undefined ? undefined : data[field];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}
