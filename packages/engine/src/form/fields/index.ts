/** @module The registry of field types: one file each, and a missing one fails to compile. */
import type { FieldDefinition, FieldType } from '../types.js';
import { boolean } from './boolean.js';
import { date } from './date.js';
import { datetime } from './datetime.js';
import { formula } from './formula.js';
import { longText } from './long-text.js';
import { lookup } from './lookup.js';
import { money } from './money.js';
import { multiSelect } from './multi-select.js';
import { number } from './number.js';
import { percent } from './percent.js';
import { reference } from './reference.js';
import { rollup } from './rollup.js';
import { serial } from './serial.js';
import { singleSelect } from './single-select.js';
import type { FieldTypeSpec } from './spec.js';
import { subTable } from './sub-table.js';
import { text } from './text.js';
import { user } from './user.js';

/**
 * Every field type's spec, by type.
 *
 * @example
 * fieldTypes.percent.kind(field) // 'number'
 */
export const fieldTypes = {
  text,
  long_text: longText,
  number,
  money,
  percent,
  date,
  datetime,
  boolean,
  single_select: singleSelect,
  multi_select: multiSelect,
  user,
  reference,
  sub_table: subTable,
  formula,
  lookup,
  rollup,
  serial,
} satisfies Record<FieldType, FieldTypeSpec>;

/** All field types, in the designer's palette order. */
export const FIELD_TYPES = Object.keys(fieldTypes) as FieldType[];

/** Types a sub-table column may have: every type but a nested table and the ones the server fills per record (a row is not a record). */
export const COLUMN_TYPES = FIELD_TYPES.filter((t) => t !== 'sub_table' && t !== 'lookup' && t !== 'rollup' && t !== 'serial');

/**
 * The spec of a field's type, widened so it can be called with any field.
 *
 * @example
 * specOf(field).checkValue(value, field, ctx)
 */
export function specOf(field: FieldDefinition): FieldTypeSpec {
  const specs: Record<FieldType, FieldTypeSpec> = fieldTypes;
  return specs[field.type];
}
