/** @module Stored records named for a person picking one: by their record title, as the rest of the designer names them. */
import { recordLabel as titleOf } from '@heng/engine';
import type { FormDefinition } from '@heng/engine';

/**
 * What a record is called in a picker: its title (the form's record title field, else its first
 * text field), else the first other text it has in the form's order, else the start of its id.
 *
 * @example
 * recordLabel(customerCreditProfile, { id: '7f3c9a2e-…', data: { company_name: '闽江机械' } }) // '闽江机械'
 */
export function recordLabel(form: FormDefinition, record: { readonly id: string; readonly data: Readonly<Record<string, unknown>> }): string {
  const title = titleOf(form, record.data);
  if (title !== undefined) return title;
  const texts = form.sections.flatMap((s) => s.fields).map((id) => form.fields.find((f) => f.id === id)).filter((f) => f?.type === 'text');
  for (const field of texts) {
    const value = record.data[field!.id];
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return `#${record.id.slice(0, 8)}`;
}
