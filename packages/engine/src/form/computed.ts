/** @module Computed fields: formulas (the engine computes them), lookups, rollups and serial numbers (the server fills them); none is written by people. */
import type { FieldDefinition, FormulaField, FormulaResultType, LookupField, RollupField, SerialField } from './types.js';

/** A field whose value no one types. */
export type ComputedField = FormulaField | LookupField | RollupField | SerialField;

/**
 * Whether a field is computed (formula, lookup, rollup, serial): read-only, never required, no default.
 *
 * @example
 * isComputed({ id: 'debt_ratio', type: 'formula', ... }) // true
 */
export function isComputed(field: FieldDefinition): field is ComputedField {
  return field.type === 'formula' || field.type === 'lookup' || field.type === 'rollup' || field.type === 'serial';
}

/**
 * What a computed field's value is: a serial number is text.
 *
 * @example
 * computedResultType({ id: 'order_no', type: 'serial', parts }) // 'text'
 */
export function computedResultType(field: ComputedField): FormulaResultType {
  return field.type === 'serial' ? 'text' : field.resultType;
}

/**
 * Whether the server fills a field from other records (lookup, rollup): the engine keeps the
 * value it is given and checks only its type.
 *
 * @example
 * isServerFilled({ id: 'paid', type: 'rollup', ... }) // true
 */
export function isServerFilled(field: FieldDefinition): field is LookupField | RollupField {
  return field.type === 'lookup' || field.type === 'rollup';
}
