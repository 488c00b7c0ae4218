/** @module Boolean: yes or no (lawsuit pending, abnormal operation). Required means answered. */
import type { BooleanField } from '../types.js';
import { expectType } from './checks.js';
import type { FieldTypeSpec } from './spec.js';

/** The boolean field type. */
export const boolean: FieldTypeSpec<BooleanField> = {
  kind: () => 'boolean',
  label: { en: 'Yes / no', 'zh-CN': '是/否' },
  props: { properties: {}, required: [] },
  rules: [],
  valueSchema: () => ({ type: 'boolean' }),
  checkValue: (value, _field, ctx) => expectType(value, 'boolean', ctx, { en: 'true or false', 'zh-CN': '是或否' }),
  checkDefinition: () => [],
};
