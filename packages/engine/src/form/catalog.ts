/** @module A form's fields as the typed catalog formulas, conditions, scorecards and flows check against. */
import { catalogOf, type FieldCatalog, type FieldInfo } from '../core/catalog.js';
import { computedResultType, isComputed } from './computed.js';
import { specOf } from './fields/index.js';
import type { FieldDefinition, FormDefinition, SelectOption } from './types.js';

/**
 * What one field offers to formulas and conditions. A computed field (formula, lookup, rollup, serial)
 * appears as its result type (`money`, `percent`, ...), so it is used like a field of that type,
 * marked `computed`.
 *
 * @example
 * fieldInfo({ id: 'industry', type: 'single_select', label, options: [{ id: 'steel', label }] })
 * // { id: 'industry', type: 'single_select', kind: 'text', label, options: ['steel'] }
 */
export function fieldInfo(field: FieldDefinition): FieldInfo {
  const base = isComputed(field)
    ? { id: field.id, type: computedResultType(field), kind: specOf(field).kind(field), label: field.label, computed: true }
    : { id: field.id, type: field.type, kind: specOf(field).kind(field), label: field.label };
  if (field.type === 'reference') return { ...base, target: field.target };
  if (field.type === 'sub_table') return { ...base, columns: columnCatalog(field.columns) };
  const options = optionsOf(field);
  return options === undefined ? base : { ...base, options: options.map((o) => o.id) };
}

/**
 * The options a field's values are named by: a select's, or the value labels of a text formula
 * or lookup; undefined for any other field.
 *
 * @example
 * optionsOf(industry)?.find((o) => o.id === 'steel')?.label['zh-CN'] // '钢铁'
 */
export function optionsOf(field: FieldDefinition): readonly SelectOption[] | undefined {
  switch (field.type) {
    case 'single_select':
    case 'multi_select':
    case 'formula':
    case 'lookup':
      return field.options;
    default:
      return undefined;
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
 * formCatalog(customerProfile).get('debt_ratio') // { id: 'debt_ratio', type: 'percent', kind: 'number', label, computed: true }
 */
export function formCatalog(def: FormDefinition): FieldCatalog {
  return catalogOf(def.fields.map(fieldInfo));
}
