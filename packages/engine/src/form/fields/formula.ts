/** @module Formula: computed by the engine from other fields, read-only; its value is of `resultType`. */
import type { ValueKind } from '../../core/catalog.js';
import type { Problem } from '../../core/problem.js';
import type { FormulaField, FormulaResultType } from '../types.js';
import { DATE_PATTERN, isCalendarDate } from '../../core/calendar.js';
import type { LocalizedText } from '../../core/localized.js';
import { defFail, expectType, typeProblem, type Expected } from './checks.js';
import { decimalsSchema } from './number-like.js';
import type { FieldTypeSpec } from './spec.js';

/** How each result type behaves in formulas and conditions. */
export const resultKinds = {
  number: 'number',
  money: 'number',
  percent: 'number',
  text: 'text',
  boolean: 'boolean',
  date: 'date',
} as const satisfies Record<FormulaResultType, ValueKind>;

const valueSchemas = {
  number: { type: 'number' },
  money: { type: 'number' },
  percent: { type: 'number' },
  text: { type: 'string' },
  boolean: { type: 'boolean' },
  date: { type: 'string', pattern: DATE_PATTERN },
} as const satisfies Record<FormulaResultType, object>;

/** A formula's value is the engine's to write: the fix for a wrong one is to leave it out. */
const computed = (what: LocalizedText): Expected => ({ what, how: { en: 'remove the value, as the engine computes this field', 'zh-CN': '请删除该值，此字段由系统计算' } });

/** The formula field type. Formulas are checked against the form in `validate-formulas.ts`. */
export const formula: FieldTypeSpec<FormulaField> = {
  kind: (field) => resultKinds[field.resultType],
  label: { en: 'Formula', 'zh-CN': '公式' },
  props: {
    properties: {
      formula: { type: 'string', minLength: 1, maxLength: 2000 },
      resultType: { enum: Object.keys(resultKinds) },
      decimals: decimalsSchema,
    },
    required: ['formula', 'resultType'],
  },
  rules: [],
  valueSchema: (field) => ({ ...valueSchemas[field.resultType], readOnly: true }),
  checkValue(value, field, ctx) {
    switch (field.resultType) {
      case 'text':
        return expectType(value, 'string', ctx, computed({ en: 'a text', 'zh-CN': '文本' }));
      case 'boolean':
        return expectType(value, 'boolean', ctx, computed({ en: 'true or false', 'zh-CN': '是或否' }));
      case 'date':
        return isCalendarDate(value) ? [] : [typeProblem(value, ctx, computed({ en: 'a date', 'zh-CN': '日期' }))];
      default:
        return expectType(value, 'number', ctx, computed({ en: 'a number', 'zh-CN': '数字' }));
    }
  },
  checkDefinition(field, ctx) {
    const out: Problem[] = [];
    if (field.required !== undefined) {
      out.push(defFail(ctx, ['required'], 'field.formula.required', 'A formula is computed, so it cannot be required: remove "required".', '公式字段由系统计算，不能设为必填，请删除 "required"。'));
    }
    if (field.default !== undefined) {
      out.push(defFail(ctx, ['default'], 'field.formula.default', 'A formula is computed, so it has no default: remove "default".', '公式字段由系统计算，没有默认值，请删除 "default"。'));
    }
    if (field.decimals !== undefined && field.resultType !== 'number' && field.resultType !== 'percent') {
      out.push(defFail(ctx, ['decimals'], 'field.formula.decimals', `"decimals" applies to number and percent results only (money always has 2): remove it.`, `"decimals" 仅适用于数字和百分比结果（金额固定 2 位），请删除。`));
    }
    return out;
  },
};
