/** @module Number: a plain number (counts, ratios, days), optionally with a fixed number of decimals. */
import type { Problem } from '../../core/problem.js';
import type { NumberField } from '../types.js';
import { checkDecimals, checkNumberRules, checkNumberSize, expectType, type Expected } from './checks.js';
import { numberLike } from './number-like.js';
import type { FieldTypeSpec } from './spec.js';

const A_NUMBER: Expected = {
  what: { en: 'a number', 'zh-CN': '数字' },
  how: { en: 'enter digits such as 12.5, without quotes', 'zh-CN': '请填写数字，如 12.5（不加引号）' },
};

/** The number field type; `decimals` (0–6) caps the decimals a value may have; `grouping: false` drops thousands separators. */
export const number: FieldTypeSpec<NumberField> = {
  ...numberLike,
  props: { properties: { ...numberLike.props.properties, grouping: { type: 'boolean' } }, required: [] },
  label: { en: 'Number', 'zh-CN': '数字' },
  rules: ['min', 'max', 'unique'],
  checkValue(value, field, ctx) {
    const typed = expectType(value, 'number', ctx, A_NUMBER);
    if (typed.length > 0) return typed;
    const n = value as number;
    const out: Problem[] = [...checkNumberSize(n, ctx), ...(field.decimals === undefined ? [] : checkDecimals(n, field.decimals, ctx))];
    return [...out, ...checkNumberRules(n, field.rules, ctx)];
  },
};
