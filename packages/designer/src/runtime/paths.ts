/** @module The addresses of the runtime pages, under an app: records of a form, one record, the inbox. */

const part = encodeURIComponent;

/**
 * The records section, or the list of one form's records.
 *
 * @example
 * recordsPath('examples', 'customer') // '/apps/examples/records/customer'
 */
export function recordsPath(appId: string, formId?: string): string {
  return formId === undefined ? `/apps/${part(appId)}/records` : `/apps/${part(appId)}/records/${part(formId)}`;
}

/**
 * One record's page, or one of its sub-pages (`edit`).
 *
 * @example
 * recordPath('examples', 'customer', 'r1', 'edit') // '/apps/examples/records/customer/r1/edit'
 */
export function recordPath(appId: string, formId: string, id: string, sub?: 'edit'): string {
  return `${recordsPath(appId, formId)}/${part(id)}${sub === undefined ? '' : `/${sub}`}`;
}

/**
 * The page of a new record, or of a CSV import, of a form; a new record may start with some of
 * its reference fields pointing at given records (the new page checks them: src/runtime/prefill.ts).
 *
 * @example
 * newRecordPath('examples', 'customer', 'import') // '/apps/examples/records/customer/import'
 * newRecordPath('examples', 'payment', 'new', { receivable: 'r1' }) // '/apps/examples/records/payment/new?receivable=r1'
 */
export function newRecordPath(appId: string, formId: string, what: 'new' | 'import' = 'new', references: Readonly<Record<string, string>> = {}): string {
  const query = new URLSearchParams(references).toString();
  return `${recordsPath(appId, formId)}/${what}${query === '' ? '' : `?${query}`}`;
}

/**
 * The inbox, or one approval opened from it.
 *
 * @example
 * inboxPath('examples', 'ap_1') // '/apps/examples/inbox/ap_1'
 */
export function inboxPath(appId: string, instanceId?: string): string {
  return instanceId === undefined ? `/apps/${part(appId)}/inbox` : `/apps/${part(appId)}/inbox/${part(instanceId)}`;
}
