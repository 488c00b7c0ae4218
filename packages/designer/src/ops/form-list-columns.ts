/** @module Pure edits of a form's list columns, list order and summary fields: set them, and follow a field that is renamed or removed (its record title and state too). */
import type { FormDefinition } from '@heng/engine';
import { setChosenField } from './form-props.js';
import type { ChosenField } from './form-props.js';

/** The form's chosen fields that follow a field renamed or removed. */
const CHOSEN: readonly ChosenField[] = ['titleField', 'stateField'];

/** The form's lists of fields that follow a field renamed or removed. */
type FieldList = 'listColumns' | 'summaryFields';

/**
 * Sets a list of fields the form names, in order: the columns the records list shows
 * (`listColumns`; none: the form's first fields), or the fields a record's page shows at the top
 * (`summaryFields`; none: no summary fields). An empty list is removed.
 *
 * @example
 * setFieldList(form, 'listColumns', ['company_name', 'credit_grade']).listColumns // ['company_name', 'credit_grade']
 * setFieldList(customer, 'summaryFields', []).summaryFields // undefined
 */
export function setFieldList(def: FormDefinition, key: FieldList, ids: readonly string[]): FormDefinition {
  const { [key]: _, ...rest } = def;
  return ids.length === 0 ? rest : { ...rest, [key]: [...ids] };
}

/**
 * Sets the order a list of the form's records starts in: `field` ascending, or descending with
 * `desc`; no field removes `listSort` (the newest first).
 *
 * @example
 * setListSort(receivable, 'days_overdue', true).listSort // '-days_overdue'
 */
export function setListSort(def: FormDefinition, field: string | undefined, desc: boolean): FormDefinition {
  const { listSort: _, ...rest } = def;
  return field === undefined ? rest : { ...rest, listSort: `${desc ? '-' : ''}${field}` };
}

/**
 * The form with field `from` renamed `to` (a field renamed) in its list columns, list order,
 * summary fields, record title and record state, or dropped from them when `to` is undefined (a field removed).
 *
 * @example
 * followListColumn(form, 'region', 'area').listColumns // ['company_name', 'area']
 */
export function followListColumn(def: FormDefinition, from: string, to: string | undefined): FormDefinition {
  let out = def;
  for (const key of ['listColumns', 'summaryFields'] as const) {
    const ids = out[key] ?? [];
    if (ids.includes(from)) out = setFieldList(out, key, to === undefined ? ids.filter((id) => id !== from) : ids.map((id) => (id === from ? to : id)));
  }
  const sorted = out.listSort?.replace(/^-/, '');
  if (sorted === from) out = setListSort(out, to, out.listSort?.startsWith('-') === true);
  for (const key of CHOSEN) if (out[key] === from) out = setChosenField(out, key, to);
  return out;
}
