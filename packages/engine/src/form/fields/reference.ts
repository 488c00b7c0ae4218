/** @module Reference: the id of a record of another form (the customer of an application). */
import { hint } from '../../core/suggest.js';
import type { ReferenceField } from '../types.js';
import { defFail, type Expected } from './checks.js';
import { idSchema } from '../../core/ids.js';
import type { FieldTypeSpec } from './spec.js';
import { checkRecordId, recordIdSchema } from './user.js';

const A_RECORD: Expected = { what: { en: 'a record id', 'zh-CN': '记录 ID' }, how: { en: 'choose the record again', 'zh-CN': '请重新选择记录' } };

/** A reference filter's shape; which entries make sense against the forms is checked in `validate-reference-filter.ts`. */
const filterSchema = {
  type: 'array',
  maxItems: 20,
  items: {
    type: 'object',
    properties: { field: idSchema, sameAs: idSchema, operator: { enum: ['equal', 'notEqual', 'in'] }, value: {} },
    required: ['field'],
    additionalProperties: false,
  },
} as const;

/** The reference field type; `target` is the referenced form's id (its own form's id is fine). */
export const reference: FieldTypeSpec<ReferenceField> = {
  kind: () => 'text',
  label: { en: 'Reference', 'zh-CN': '关联记录' },
  props: { properties: { target: idSchema, filter: filterSchema }, required: ['target'] },
  rules: ['unique'],
  valueSchema: () => recordIdSchema,
  checkValue: (value, _field, ctx) => checkRecordId(value, ctx, A_RECORD),
  checkDefinition(field, ctx) {
    if (field.target === ctx.formId || ctx.refs.forms.has(field.target)) return [];
    const h = hint(field.target, [...ctx.refs.forms.keys()]);
    return [defFail(ctx, ['target'], 'field.target.unknown', `"${field.label.en}" refers to unknown form "${field.target}".${h.en}`, `"${field.label['zh-CN']}" 引用了未知表单 "${field.target}"。${h.zh}`)];
  },
};
