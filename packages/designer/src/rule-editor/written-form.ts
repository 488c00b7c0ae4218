/** @module Which form a `set_field` writes: the rule set's own, or the one a reference field points to. */
import type { FormDefinition } from '@heng/engine';

/**
 * The form whose field a `set_field` writes: `form` itself without `on`, else the published form
 * its reference field `on` points to; undefined when `on` is not a reference of `form` or that
 * form is not published.
 *
 * @example
 * writtenForm(creditApplication, company.forms, 'customer')?.id // 'customer'
 */
export function writtenForm(form: FormDefinition, forms: ReadonlyMap<string, FormDefinition>, on: string | undefined): FormDefinition | undefined {
  if (on === undefined) return form;
  const via = form.fields.find((f) => f.id === on);
  return via?.type === 'reference' ? forms.get(via.target) : undefined;
}
