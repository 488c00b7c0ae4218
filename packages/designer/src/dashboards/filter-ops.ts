/** @module Pure edits of a dashboard's filters: add one on a form's field, change it, remove it. */
import type { DashboardDefinition, DashboardFilter, LocalizedText } from '@heng/engine';
import { removeById, replaceById, uniqueId } from '../ops/ids.js';
import { isBlankText } from './chart-ops.js';

/**
 * Appends a filter on `field` of `form`, its id the field's when free (`region`), else a fresh one.
 *
 * @example
 * addFilter(def, 'customer', 'region').filters.at(-1) // { id: 'region', field: 'region', form: 'customer' }
 */
export function addFilter(def: DashboardDefinition, form: string, field: string): DashboardDefinition {
  const taken = def.filters.map((f) => f.id);
  const id = taken.includes(field) ? uniqueId(field, taken) : field;
  return { ...def, filters: [...def.filters, { id, field, form }] };
}

/**
 * The dashboard without filter `id`.
 *
 * @example
 * removeFilter(def, 'region').filters // []
 */
export function removeFilter(def: DashboardDefinition, id: string): DashboardDefinition {
  const filters = removeById(def.filters, id);
  return filters === def.filters ? def : { ...def, filters };
}

/** What an edit of a filter may change: its form and field together, or its label (undefined: the field's own). */
export type FilterChange = { readonly form: string; readonly field: string } | { readonly label: LocalizedText | undefined };

/**
 * Filter `id` with `change` applied: a filter named after its field is renamed with it (when the
 * name is free); a label left empty in both languages is removed, so the field's label shows.
 *
 * @example
 * updateFilter(def, 'region', { form: 'customer', field: 'industry' }).filters[0].field // 'industry'
 */
export function updateFilter(def: DashboardDefinition, id: string, change: FilterChange): DashboardDefinition {
  const taken = def.filters.map((f) => f.id);
  const filters = replaceById(def.filters, id, (f): DashboardFilter => {
    if (!('label' in change)) {
      // An id named after its field follows the field, while the new name is free.
      const renamed = f.id === f.field && !taken.includes(change.field) ? change.field : f.id;
      return { ...f, id: renamed, form: change.form, field: change.field };
    }
    const { label: _old, ...rest } = f;
    const blank = change.label === undefined || isBlankText(change.label);
    return blank ? rest : { ...rest, label: change.label! };
  });
  return filters === def.filters ? def : { ...def, filters };
}
