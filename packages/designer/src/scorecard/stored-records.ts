/** @module Stored records named for a person picking one: by the first text the record has, in the form's order. */
import type { FormDefinition } from '@heng/engine';

/**
 * What a record is called in a picker: the value of the first text field that has one (a
 * customer's name, usually), else the start of its id.
 *
 * @example
 * recordLabel(customerCreditProfile, { id: '7f3c9a2e-…', data: { company_name: '闽江机械' } }) // '闽江机械'
 */
export function recordLabel(form: FormDefinition, record: { readonly id: string; readonly data: Readonly<Record<string, unknown>> }): string {
  const texts = form.sections.flatMap((s) => s.fields).map((id) => form.fields.find((f) => f.id === id)).filter((f) => f?.type === 'text');
  for (const field of texts) {
    const value = record.data[field!.id];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return `#${record.id.slice(0, 8)}`;
}
