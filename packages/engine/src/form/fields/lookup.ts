/** @module Lookup: a field of the record a reference points at, copied each time this record is written (the server fills it). */
import type { LookupField } from '../types.js';
import { idSchema } from '../../core/ids.js';
import { checkComputed, checkValueLabels, computedSchema, notEntered, resultKinds } from './computed-value.js';
import { optionsSchema } from './options.js';
import type { FieldTypeSpec } from './spec.js';

/** The lookup field type. Its `via` and `field` are checked against the forms in `validate-derived.ts`. */
export const lookup: FieldTypeSpec<LookupField> = {
  kind: (field) => resultKinds[field.resultType],
  label: { en: 'Lookup', 'zh-CN': '关联字段' },
  props: {
    properties: { via: idSchema, field: idSchema, resultType: { enum: Object.keys(resultKinds) }, copy: { enum: ['on_create', 'on_write'] }, refreshWhen: { $ref: '#/$defs/condition' }, options: optionsSchema },
    required: ['via', 'field', 'resultType'],
  },
  rules: [],
  valueSchema: (field) => computedSchema(field.resultType),
  checkValue: (value, field, ctx) => checkComputed(value, field.resultType, ctx),
  checkDefinition: (field, ctx) => [...notEntered(field, ctx), ...checkValueLabels(field, ctx)],
};
