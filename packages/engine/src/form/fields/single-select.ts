/** @module Single select: one option id (enterprise type, industry, region). */
import type { SingleSelectField } from '../types.js';
import { checkOptionId, checkOptions, optionsSchema } from './options.js';
import type { FieldTypeSpec } from './spec.js';

/** The single select field type; its value is the chosen option's id. */
export const singleSelect: FieldTypeSpec<SingleSelectField> = {
  kind: () => 'text',
  label: { en: 'Single select', 'zh-CN': '单选' },
  props: { properties: { options: optionsSchema }, required: ['options'] },
  rules: [],
  valueSchema: (field) => ({ enum: field.options.map((o) => o.id) }),
  checkValue: (value, field, ctx) => checkOptionId(value, field.options, ctx),
  checkDefinition: (field, ctx) => checkOptions(field.options, ctx),
};
