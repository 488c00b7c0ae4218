/**
 * @module The published forms whose records point at a form's records (a customer's orders,
 * receivables, payments and credit applications), and which of them a user may start from one of
 * those records ("New credit application" on a customer's page).
 */
import { failedEntry, fieldAccess, mayDo } from '@heng/engine';
import type { FormDefinition, ReferenceField } from '@heng/engine';
import { api } from '../api/client.js';
import { loadPublishedForm } from '../renderer/index.js';

/** A reference field of a form (`via`) that points at records of another form. */
export interface Link {
  readonly form: FormDefinition;
  readonly via: ReferenceField;
}

/**
 * Every reference field of `forms` whose target is `formId`, in the forms' order.
 *
 * @example
 * linksTo([order, payment], 'customer') // [{ form: order, via: customer }, { form: payment, via: customer }]
 */
export function linksTo(forms: readonly FormDefinition[], formId: string): Link[] {
  return forms.flatMap((form) => form.fields.filter((f): f is ReferenceField => f.type === 'reference' && f.target === formId).map((via) => ({ form, via })));
}

/**
 * Whether someone with `roles` may create a record of the link's form pointing through it at a
 * record holding `data`: the form lets their roles create records (when the form is given), they
 * may write its reference field (the server refuses a new record's
 * value in any other), and the field's filter, as far as it compares with set values, offers
 * that record (no new payment from a paid receivable). Without `data`, the write right alone.
 *
 * @example
 * mayStart({ form: application, via: customer }, ['salesperson']) // true
 * mayStart({ form: payment, via: receivable }, ['finance_director'], { status: 'paid' }) // false
 * mayStart({ form: payment, via: customer }, ['salesperson']) // false when payments are created by finance only
 */
export function mayStart(link: Pick<Link, 'via'> & { readonly form?: Pick<FormDefinition, 'permissions'> }, roles: readonly string[], data?: Readonly<Record<string, unknown>>): boolean {
  if (fieldAccess(link.via, roles) !== 'write' || (link.form !== undefined && !mayDo(link.form, 'create', roles))) return false;
  const constants = (link.via.filter ?? []).filter((e) => !('sameAs' in e));
  return data === undefined || failedEntry(constants, data, {}) === undefined;
}

/**
 * Whether the link's form has another reference field to the same form, so its name alone does
 * not say which one a link is (then shown with the field's label).
 *
 * @example
 * ambiguous({ form: transfer, via: from_customer }) // true (it also has to_customer)
 */
export function ambiguous(link: Link): boolean {
  return link.form.fields.filter((f) => f.type === 'reference' && f.target === link.via.target).length > 1;
}

/**
 * The links to `formId` among the company's published forms (a form that cannot be read is left out);
 * `formId`'s own (it may point at itself) is `own`, which its page reads anyway.
 *
 * @example
 * const links = await loadLinks('customer', publishedFormOnce('customer'));
 */
export async function loadLinks(formId: string, own: Promise<FormDefinition>): Promise<Link[]> {
  const published = (await api.definitions('form')).filter((d) => d.latestVersion !== null);
  const forms = await Promise.all(published.map((d) => (d.id === formId ? own : loadPublishedForm(d.id).then((p) => p.form)).catch(() => undefined)));
  return linksTo(forms.filter((f): f is FormDefinition => f !== undefined), formId);
}
