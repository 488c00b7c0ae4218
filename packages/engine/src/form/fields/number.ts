/** @module Number: a plain number (counts, ratios, days), optionally with a fixed number of decimals. */
import type { Problem } from '../../core/problem.js';
import type { NumberField } from '../types.js';
import { checkDecimals, checkNumberBounds, checkNumberRules, expectType } from './checks.js';
import type { FieldTypeSpec } from './spec.js';

const A_NUMBER = { en: 'a number', 'zh-CN': '数字' };

/** The number field type; `decimals` (0–6) caps the decimals a value may have. */
export const number: FieldTypeSpec<NumberField> = {
  kind: () => 'number',
  label: { en: 'Number', 'zh-CN': '数字' },
  props: { properties: { decimals: { type: 'integer', minimum: 0, maximum: 6 } }, required: [] },
  rules: ['min', 'max', 'unique'],
  bound: { type: 'number' },
  valueSchema: (field) => ({
    type: 'number',
    ...(typeof field.rules?.min === 'number' ? { minimum: field.rules.min } : {}),
    ...(typeof field.rules?.max === 'number' ? { maximum: field.rules.max } : {}),
  }),
  checkValue(value, field, ctx) {
    const typed = expectType(value, 'number', ctx, A_NUMBER);
    if (typed.length > 0) return typed;
    const n = value as number;
    const out: Problem[] = field.decimals === undefined ? [] : checkDecimals(n, field.decimals, ctx);
    return [...out, ...checkNumberRules(n, field.rules, ctx)];
  },
  checkDefinition: (field, ctx) => checkNumberBounds(field.rules, ctx),
};
