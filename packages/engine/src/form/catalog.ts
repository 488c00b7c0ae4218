/** @module A form's fields as the typed catalog formulas, conditions, scorecards and flows check against. */
import { catalogOf, type FieldCatalog, type FieldInfo } from '../core/catalog.js';
import { isComputed } from './computed.js';
import { specOf } from './fields/index.js';
import type { FieldDefinition, FormDefinition } from './types.js';

/**
 * What one field offers to formulas and conditions. A computed field (formula, lookup, rollup)
 * appears as its result type (`money`, `percent`, ...), so it is used like a field of that type,
 * marked `computed`.
 *
 * @example
 * fieldInfo({ id: 'industry', type: 'single_select', label, options: [{ id: 'steel', label }] })
 * // { id: 'industry', type: 'single_select', kind: 'text', options: ['steel'] }
 */
export function fieldInfo(field: FieldDefinition): FieldInfo {
  const base = isComputed(field)
    ? { id: field.id, type: field.resultType, kind: specOf(field).kind(field), computed: true }
    : { id: field.id, type: field.type, kind: specOf(field).kind(field) };
  switch (field.type) {
    case 'reference':
      return { ...base, target: field.target };
    case 'single_select':
    case 'multi_select':
      return { ...base, options: field.options.map((o) => o.id) };
    case 'sub_table':
      return { ...base, columns: columnCatalog(field.columns) };
    case 'formula':
    case 'lookup':
      return field.options === undefined ? base : { ...base, options: field.options.map((o) => o.id) };
    default:
      return base;
  }
}

/** The catalog of a sub-table's columns (what a row formula may name). */
export function columnCatalog(columns: readonly FieldDefinition[]): FieldCatalog {
  return catalogOf(columns.map(fieldInfo));
}

/**
 * Every field of a form, typed; a sub-table is kind `table` with its `columns`.
 *
 * @example
 * formCatalog(customerProfile).get('debt_ratio') // { id: 'debt_ratio', type: 'percent', kind: 'number' }
 */
export function formCatalog(def: FormDefinition): FieldCatalog {
  return catalogOf(def.fields.map(fieldInfo));
}
