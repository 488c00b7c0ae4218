/** @module Rollup: a sum, count, minimum or maximum over the records that reference this one (the server keeps it current). */
import type { RollupField } from '../types.js';
import { idSchema } from '../../core/ids.js';
import { checkComputed, computedSchema, notEntered, resultKinds } from './computed-value.js';
import type { FieldTypeSpec } from './spec.js';

/** The rollup field type. Its source form, reference, field and filter are checked in `validate-derived.ts`. */
export const rollup: FieldTypeSpec<RollupField> = {
  kind: (field) => resultKinds[field.resultType],
  label: { en: 'Rollup', 'zh-CN': '汇总' },
  props: {
    properties: {
      from: idSchema,
      via: idSchema,
      aggregate: { enum: ['sum', 'count', 'min', 'max'] },
      field: idSchema,
      where: { $ref: '#/$defs/condition' },
      resultType: { enum: ['number', 'money', 'date'] },
    },
    required: ['from', 'via', 'aggregate', 'resultType'],
  },
  rules: [],
  valueSchema: (field) => computedSchema(field.resultType),
  checkValue: (value, field, ctx) => checkComputed(value, field.resultType, ctx),
  checkDefinition: notEntered,
};
