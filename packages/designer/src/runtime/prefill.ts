/**
 * @module A new record started from another one (`…/records/payment/new?receivable=r1`, from a
 * receivable's page): the reference the address names, checked, and the references that record
 * holds to the forms the new record's other reference fields point at (the payment's customer is
 * the receivable's).
 */
import type { FormDefinition, ReferenceField } from '@heng/engine';
import { loadPublishedForm, loadRecord } from '../renderer/index.js';
import { mayStart } from './links.js';

/** A reference field of a new record the address asks to point at record `id`. */
export interface AskedReference {
  readonly field: ReferenceField;
  readonly id: string;
}

/** The record an asked reference names, as the user reads it, and its form. */
export interface NamedRecord {
  readonly asked: AskedReference;
  readonly form: FormDefinition;
  readonly data: Readonly<Record<string, unknown>>;
}

/** What a new record starts from: its prefilled references, and the record it was started from, which cancel returns to. */
export interface Prefill {
  readonly values: Readonly<Record<string, string>>;
  readonly from?: { readonly formId: string; readonly id: string };
}

/**
 * The references `search` asks a new record of `form` to point at: its parameters named after a
 * reference field that `roles` may write, with a non-empty id (anything else is ignored).
 *
 * @example
 * askedReferences(payment, ['salesperson'], new URLSearchParams('receivable=r1&amount=5')) // [{ field: receivable, id: 'r1' }]
 */
export function askedReferences(form: FormDefinition, roles: readonly string[], search: URLSearchParams): AskedReference[] {
  return form.fields.flatMap((field) => {
    const id = search.get(field.id);
    return field.type === 'reference' && id !== null && id !== '' && mayStart({ via: field }, roles) ? [{ field, id }] : [];
  });
}

/** The record a named record refers to in the form `target`: its value in its only reference field to `target`, if set. */
function referenceOf(named: NamedRecord, target: string): string | undefined {
  const refs = named.form.fields.filter((f) => f.type === 'reference' && f.target === target);
  const value = refs.length === 1 ? named.data[refs[0]!.id] : undefined;
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * The values a new record of `form` starts with: each named record in its reference field, then
 * every other reference field `roles` may write whose target a named record refers to (through
 * its only reference field to that form), as that record does.
 *
 * @example
 * prefillValues(payment, ['salesperson'], [{ asked: { field: receivable, id: 'r1' }, form: receivableForm, data: { customer: 'c1' } }])
 * // { receivable: 'r1', customer: 'c1' }
 */
export function prefillValues(form: FormDefinition, roles: readonly string[], named: readonly NamedRecord[]): Record<string, string> {
  const values: Record<string, string> = Object.fromEntries(named.map((n) => [n.asked.field.id, n.asked.id]));
  for (const field of form.fields) {
    if (field.type !== 'reference' || field.id in values || !mayStart({ via: field }, roles)) continue;
    const id = named.map((n) => referenceOf(n, field.target)).find((v) => v !== undefined);
    if (id !== undefined) values[field.id] = id;
  }
  return values;
}

/** Whether the user reaches record `id` of form `target`: it reads back (one out of their reach answers as one gone, and nothing of it is kept). */
const reaches = (target: string, id: string): Promise<boolean> => loadRecord(target, id).then(() => true, () => false);

/**
 * What a new record of `form` starts from, by its address's `search`: each record it names read
 * as the user may (one out of their reach, or gone, is ignored) with its form, and each reference
 * filled from them only if the user reaches its record too (a receivable's customer handed to
 * another salesperson since is left empty).
 *
 * @example
 * await loadPrefill(payment, ['salesperson'], new URLSearchParams('receivable=r1')) // { values: { receivable: 'r1', customer: 'c1' }, from: { formId: 'receivable', id: 'r1' } }
 */
export async function loadPrefill(form: FormDefinition, roles: readonly string[], search: URLSearchParams): Promise<Prefill> {
  const read = await Promise.all(
    askedReferences(form, roles, search).map((asked) =>
      Promise.all([loadPublishedForm(asked.field.target), loadRecord(asked.field.target, asked.id)]).then(
        ([published, record]): NamedRecord => ({ asked, form: published.form, data: record.data }),
        () => undefined,
      ),
    ),
  );
  const named = read.filter((n): n is NamedRecord => n !== undefined);
  const filled = Object.entries(prefillValues(form, roles, named));
  const reached = await Promise.all(
    filled.map(([fieldId, id]) => {
      const field = form.fields.find((f): f is ReferenceField => f.id === fieldId && f.type === 'reference')!;
      return named.some((n) => n.asked.field.id === fieldId) || reaches(field.target, id);
    }),
  );
  const first = named[0];
  return { values: Object.fromEntries(filled.filter((_, i) => reached[i])), ...(first === undefined ? {} : { from: { formId: first.asked.field.target, id: first.asked.id } }) };
}
