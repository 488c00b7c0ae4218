/** @module Boolean: yes or no (lawsuit pending, abnormal operation). Required means answered. */
import type { BooleanField } from '../types.js';
import { expectType, type Expected } from './checks.js';
import type { FieldTypeSpec } from './spec.js';

/** True or false: what boolean fields and boolean formulas hold. */
const TRUE_OR_FALSE: Expected = { what: { en: 'true or false', 'zh-CN': '是或否' }, how: { en: 'use true or false, without quotes', 'zh-CN': '请填写 true 或 false（不加引号）' } };

/** The boolean field type. */
export const boolean: FieldTypeSpec<BooleanField> = {
  kind: () => 'boolean',
  label: { en: 'Yes / no', 'zh-CN': '是/否' },
  props: { properties: {}, required: [] },
  rules: [],
  valueSchema: () => ({ type: 'boolean' }),
  checkValue: (value, _field, ctx) => expectType(value, 'boolean', ctx, TRUE_OR_FALSE),
  checkDefinition: () => [],
};
