/** @module What computed field types share: the value kinds of their result types, their value check, and no required or default. */
import type { ValueKind } from '../../core/catalog.js';
import { DATE_PATTERN, isCalendarDate } from '../../core/calendar.js';
import type { LocalizedText } from '../../core/localized.js';
import type { Problem } from '../../core/problem.js';
import type { FormulaField, FormulaResultType, LookupField } from '../types.js';
import type { ComputedField } from '../computed.js';
import { defFail, expectType, typeProblem, type Expected } from './checks.js';
import { checkOptions } from './options.js';
import type { DefinitionContext, ValueContext } from './spec.js';

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

/**
 * The read-only JSON Schema of a computed value of `resultType`.
 *
 * @example
 * computedSchema('money') // { type: 'number', readOnly: true }
 */
export const computedSchema = (resultType: FormulaResultType) => ({ ...valueSchemas[resultType], readOnly: true });

/** A computed value is not the writer's to give: the fix for a wrong one is to leave it out. */
const computed = (what: LocalizedText): Expected => ({ what, how: { en: 'remove the value, as it is computed', 'zh-CN': '请删除该值，此字段由系统计算' } });

/**
 * Problems with a computed value of `resultType`: only its type.
 *
 * @example
 * checkComputed('x', 'number', ctx) // [{ code: 'value.type', ... }]
 */
export function checkComputed(value: unknown, resultType: FormulaResultType, ctx: ValueContext): Problem[] {
  switch (resultType) {
    case 'text':
      return expectType(value, 'string', ctx, computed({ en: 'a text', 'zh-CN': '文本' }));
    case 'boolean':
      return expectType(value, 'boolean', ctx, computed({ en: 'true or false', 'zh-CN': '是或否' }));
    case 'date':
      return isCalendarDate(value) ? [] : [typeProblem(value, ctx, computed({ en: 'a date', 'zh-CN': '日期' }))];
    default:
      return expectType(value, 'number', ctx, computed({ en: 'a number', 'zh-CN': '数字' }));
  }
}

/**
 * A computed field is never required and has no default: problems when it says otherwise.
 *
 * @example
 * notEntered({ ...rollup, required: true }, ctx) // [{ code: 'field.computed.required', ... }]
 */
export function notEntered(field: ComputedField, ctx: DefinitionContext): Problem[] {
  const out: Problem[] = [];
  if (field.required !== undefined) {
    out.push(defFail(ctx, ['required'], 'field.computed.required', 'This field is computed, so it cannot be required: remove "required".', '该字段由系统计算，不能设为必填，请删除 "required"。'));
  }
  if (field.requiredWhen !== undefined) {
    out.push(defFail(ctx, ['requiredWhen'], 'field.computed.required', 'This field is computed, so it cannot be required: remove "requiredWhen".', '该字段由系统计算，不能设为必填，请删除 "requiredWhen"。'));
  }
  if (field.default !== undefined) {
    out.push(defFail(ctx, ['default'], 'field.computed.default', 'This field is computed, so it has no default: remove "default".', '该字段由系统计算，没有默认值，请删除 "default"。'));
  }
  return out;
}

/**
 * Problems with a formula's or lookup's value labels: they name the values of a text result, at
 * least one, each id once.
 *
 * @example
 * checkValueLabels({ ...formula, resultType: 'money', options: [...] }, ctx) // [{ code: 'field.options.text_only', ... }]
 */
export function checkValueLabels(field: FormulaField | LookupField, ctx: DefinitionContext): Problem[] {
  if (field.options === undefined) return [];
  if (field.resultType !== 'text') {
    return [defFail(ctx, ['options'], 'field.options.text_only', 'Value labels name the values of a text result: remove "options", or make the result text.', '值标签用于文本结果的取值：请删除 "options"，或将结果类型改为文本。')];
  }
  if (field.options.length === 0) {
    return [defFail(ctx, ['options'], 'field.options.empty', 'Value labels need at least one value: add one, or remove "options".', '值标签至少需要一个取值：请添加，或删除 "options"。')];
  }
  return checkOptions(field.options, ctx);
}
