/** @module What number and percent share: a number with optional decimals, bounded by its field's `min` and `max`. */
import type { NumberField, PercentField } from '../types.js';
import { checkNumberBoundSize, checkNumberBounds } from './checks.js';
import type { FieldTypeSpec } from './spec.js';

/** JSON Schema of `decimals` (number, percent and formula fields): 0 to 6 decimals. */
export const decimalsSchema = { type: 'integer', minimum: 0, maximum: 6 } as const;

/**
 * The parts of a number-like field type that do not depend on how its value reads: its kind,
 * `decimals`, the schema of its bounds and value, and the bounds' order and size.
 *
 * @example
 * export const number: FieldTypeSpec<NumberField> = { ...numberLike, label, rules: ['min', 'max'], checkValue }
 */
export const numberLike = {
  kind: () => 'number',
  props: { properties: { decimals: decimalsSchema }, required: [] },
  bound: { type: 'number' },
  valueSchema: (field) => ({
    type: 'number',
    ...(typeof field.rules?.min === 'number' ? { minimum: field.rules.min } : {}),
    ...(typeof field.rules?.max === 'number' ? { maximum: field.rules.max } : {}),
  }),
  checkDefinition: (field, ctx) => [...checkNumberBounds(field.rules, ctx), ...checkNumberBoundSize(field.rules, ctx, field.type === 'percent' ? '%' : '')],
} satisfies Omit<FieldTypeSpec<NumberField | PercentField>, 'label' | 'rules' | 'checkValue'>;
