/** @module How a record is named where people read about it: pickers, links, titles, the inbox and notices. */
import type { FormDefinition } from './types.js';

/**
 * The field that names a record of `form`: its first text field, else its first lookup (a
 * credit application is named by its customer's name, copied from the customer it references),
 * else none (the record's id stands in).
 *
 * @example
 * labelFieldOf(customerCreditProfile) // 'company_name'
 */
export function labelFieldOf(form: FormDefinition): string | undefined {
  return (form.fields.find((f) => f.type === 'text') ?? form.fields.find((f) => f.type === 'lookup'))?.id;
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
