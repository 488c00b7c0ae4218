/** @module Pure edits of a form's list columns: set them, and follow a field that is renamed or removed. */
import type { FormDefinition } from '@heng/engine';

/**
 * Sets the fields the records list shows as columns, in order; none removes `listColumns`, so
 * the list shows the form's first fields.
 *
 * @example
 * setListColumns(form, ['company_name', 'credit_grade']).listColumns // ['company_name', 'credit_grade']
 */
export function setListColumns(def: FormDefinition, ids: readonly string[]): FormDefinition {
  const { listColumns: _, ...rest } = def;
  return ids.length === 0 ? rest : { ...rest, listColumns: [...ids] };
}

/**
 * The form with list column `from` renamed `to` (a field renamed), or dropped when `to` is
 * undefined (a field removed).
 *
 * @example
 * followListColumn(form, 'region', 'area').listColumns // ['company_name', 'area']
 */
export function followListColumn(def: FormDefinition, from: string, to: string | undefined): FormDefinition {
  const ids = def.listColumns ?? [];
  if (!ids.includes(from)) return def;
  return setListColumns(def, to === undefined ? ids.filter((id) => id !== from) : ids.map((id) => (id === from ? to : id)));
}
