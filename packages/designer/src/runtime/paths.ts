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
 * The page of a new record, or of a CSV import, of a form.
 *
 * @example
 * newRecordPath('examples', 'customer', 'import') // '/apps/examples/records/customer/import'
 */
export function newRecordPath(appId: string, formId: string, what: 'new' | 'import' = 'new'): string {
  return `${recordsPath(appId, formId)}/${what}`;
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
