/** @module Checks shared by field types: value types, number and text rules, rule bounds. */
import { hasAtMostDecimals, roundHalfUp } from '../../core/decimal.js';
import { pointer } from '../../core/json-pointer.js';
import type { LocalizedText } from '../../core/localized.js';
import { problem, type Problem } from '../../core/problem.js';
import { userPattern } from '../regex.js';
import { checkFormat } from './formats.js';
import type { FieldRules } from '../types.js';
import type { DefinitionContext, ValueContext } from './spec.js';

/** A problem with a value; messages start with the field's label. */
export function fail(ctx: ValueContext, code: string, en: string, zh: string): Problem {
  return problem(ctx.path, code, `${ctx.label.en} ${en}`, `${ctx.label['zh-CN']}${zh}`);
}

/** A problem with a field's definition, at `ctx.path` plus `tokens`. */
export function defFail(ctx: DefinitionContext, tokens: ReadonlyArray<string | number>, code: string, en: string, zh: string): Problem {
  return problem(pointer(ctx.path, ...tokens), code, en, zh);
}

/** What a value must be (`what`) and how to write one (`how`), in both languages. */
export interface Expected {
  readonly what: LocalizedText;
  readonly how: LocalizedText;
}

const SHOWN_TEXT = 40;

/**
 * A value as a message shows it: `the text "abc"` / `文本 "abc"`, `the number 42`, `a list`.
 *
 * @example
 * describeValue(42).en // 'the number 42'
 */
function describeValue(value: unknown): LocalizedText {
  if (typeof value === 'string') {
    const chars = [...value];
    const shown = JSON.stringify(chars.length > SHOWN_TEXT ? `${chars.slice(0, SHOWN_TEXT).join('')}…` : value);
    return { en: `the text ${shown}`, 'zh-CN': `文本 ${shown}` };
  }
  if (typeof value === 'number') return Number.isFinite(value) ? { en: `the number ${value}`, 'zh-CN': `数字 ${value}` } : { en: String(value), 'zh-CN': String(value) };
  if (Array.isArray(value)) return { en: 'a list', 'zh-CN': '列表' };
  if (value !== null && typeof value === 'object') return { en: 'an object', 'zh-CN': '对象' };
  return { en: String(value), 'zh-CN': String(value) };
}

/**
 * The problem for a value of the wrong type: what it must be, what it is, and how to write one.
 *
 * @example
 * typeProblem('x', ctx, A_NUMBER).message // 'Orders must be a number, not the text "x": enter digits such as 12.5, without quotes.'
 */
export function typeProblem(value: unknown, ctx: ValueContext, expected: Expected): Problem {
  const shown = describeValue(value);
  const { what, how } = expected;
  return fail(ctx, 'value.type', `must be ${what.en}, not ${shown.en}: ${how.en}.`, `应为${what['zh-CN']}，而不是${shown['zh-CN']}：${how['zh-CN']}。`);
}

/** A value's JavaScript type, checked (numbers must be finite). */
export function expectType(value: unknown, type: 'string' | 'number' | 'boolean', ctx: ValueContext, expected: Expected): Problem[] {
  const ok = type === 'number' ? typeof value === 'number' && Number.isFinite(value) : typeof value === type;
  return ok ? [] : [typeProblem(value, ctx, expected)];
}

/** At most `places` decimals, as written. */
export function checkDecimals(value: number, places: number, ctx: ValueContext): Problem[] {
  if (hasAtMostDecimals(value, places)) return [];
  const r = roundHalfUp(value, places);
  return places === 0
    ? [fail(ctx, 'value.decimals', `must be a whole number: round ${value} to ${r}.`, `应为整数：请将 ${value} 四舍五入为 ${r}。`)]
    : [fail(ctx, 'value.decimals', `allows at most ${places} decimals: round ${value} to ${r}.`, `最多保留 ${places} 位小数：请将 ${value} 四舍五入为 ${r}。`)];
}

/**
 * The largest number a number field keeps: 15 digits before the point, as many as a spreadsheet
 * keeps exactly. Past it, an input box and every sum would show other digits than were typed.
 */
export const NUMBER_LIMIT = 999_999_999_999_999;

/** {@link NUMBER_LIMIT} as a person reads it: 999,999,999,999,999. */
const NUMBER_LIMIT_TEXT = new Intl.NumberFormat('en-US').format(NUMBER_LIMIT);

/** A number within ±{@link NUMBER_LIMIT}; a percent's fraction is checked as its percentage (`scale` 100). */
export function checkNumberSize(value: number, ctx: ValueContext, scale = 1): Problem[] {
  if (Math.abs(value * scale) <= NUMBER_LIMIT) return [];
  return [fail(ctx, 'value.range', 'has more than 15 digits before the decimal point, more than can be kept exactly: check it for extra digits.', '整数部分超过 15 位，无法精确保存：请检查是否多填了位数。')];
}

/** `min` and `max` of a number; `show` writes a bound as the user sees it (35% for 0.35). */
export function checkNumberRules(value: number, rules: FieldRules | undefined, ctx: ValueContext, show: (n: number) => string = String): Problem[] {
  const out: Problem[] = [];
  if (typeof rules?.min === 'number' && value < rules.min) {
    const min = show(rules.min);
    out.push(fail(ctx, 'value.min', `must be at least ${min}: enter ${min} or more.`, `不能小于 ${min}：请填写不小于 ${min} 的值。`));
  }
  if (typeof rules?.max === 'number' && value > rules.max) {
    const max = show(rules.max);
    out.push(fail(ctx, 'value.max', `must be at most ${max}: enter ${max} or less.`, `不能大于 ${max}：请填写不大于 ${max} 的值。`));
  }
  return out;
}

/** `maxLength` of a text of `length` characters, said with how far over it is. */
export function checkMaxLength(length: number, max: number, ctx: ValueContext): Problem[] {
  if (length <= max) return [];
  return [fail(ctx, 'value.maxLength', `must be at most ${max} characters long (it has ${length}): shorten it.`, `最多允许 ${max} 个字符（现有 ${length} 个），请删减。`)];
}

/** `minLength`, `maxLength` (in characters, not UTF-16 units) and `pattern` of a text. */
export function checkTextRules(value: string, rules: FieldRules | undefined, ctx: ValueContext): Problem[] {
  const out: Problem[] = [];
  const length = [...value].length;
  if (rules?.minLength !== undefined && length < rules.minLength) {
    out.push(fail(ctx, 'value.minLength', `must be at least ${rules.minLength} characters long (it has ${length}): complete it.`, `至少需要 ${rules.minLength} 个字符（现有 ${length} 个），请补充。`));
  }
  if (rules?.maxLength !== undefined) out.push(...checkMaxLength(length, rules.maxLength, ctx));
  const pattern = rules?.pattern;
  if (pattern !== undefined) {
    const re = userPattern(pattern.regex);
    if (re.ok && !re.test(value)) {
      out.push(
        pattern.message === undefined
          ? fail(ctx, 'value.pattern', `is not in the expected format: correct it to match the pattern ${pattern.regex}.`, `格式不正确：请按格式 ${pattern.regex} 修改。`)
          : problem(ctx.path, 'value.pattern', pattern.message.en, pattern.message['zh-CN']),
      );
    }
  }
  const format = rules?.format === undefined ? undefined : checkFormat(rules.format, value);
  if (format?.ok === false) out.push(fail(ctx, 'value.format', format.message.en, format.message['zh-CN']));
  return out;
}

/** `min` ≤ `max` when both are numbers. */
export function checkNumberBounds(rules: FieldRules | undefined, ctx: DefinitionContext): Problem[] {
  if (typeof rules?.min !== 'number' || typeof rules.max !== 'number' || rules.min <= rules.max) return [];
  return [defFail(ctx, ['rules', 'max'], 'field.rules.range', `The maximum ${rules.max} is below the minimum ${rules.min}: swap them.`, `最大值 ${rules.max} 小于最小值 ${rules.min}，请对调。`)];
}

/**
 * `min` and `max` within ±{@link NUMBER_LIMIT}, as values are (a percent's as its percentage,
 * `unit` %): a bound past it would promise values the field refuses.
 *
 * @example
 * checkNumberBoundSize({ max: 1e16 }, ctx) // [{ path: '/fields/0/rules/max', code: 'field.rules.size', ... }]
 */
export function checkNumberBoundSize(rules: FieldRules | undefined, ctx: DefinitionContext, unit: '' | '%' = ''): Problem[] {
  const scale = unit === '%' ? 100 : 1;
  const largest = `${NUMBER_LIMIT_TEXT}${unit}`;
  return (['min', 'max'] as const).flatMap((key) => {
    const bound = rules?.[key];
    if (typeof bound !== 'number' || Math.abs(bound * scale) <= NUMBER_LIMIT) return [];
    const [en, zh] = key === 'min' ? ['minimum', '最小值'] : ['maximum', '最大值'];
    // Written out in full, never as 1e+21.
    const shown = `${(bound * scale).toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 })}${unit}`;
    return [
      defFail(
        ctx,
        ['rules', key],
        'field.rules.size',
        `The ${en} ${shown} is beyond what a value can hold exactly: values go from -${largest} to ${largest}. Use a ${en} within that.`,
        `${zh} ${shown} 超出数值能精确保存的范围（-${largest} 至 ${largest}），请改为此范围内的值。`,
      ),
    ];
  });
}

/** `minLength` ≤ `maxLength`, and a pattern re2js can compile. */
export function checkTextBounds(rules: FieldRules | undefined, ctx: DefinitionContext): Problem[] {
  const out: Problem[] = [];
  if (rules?.minLength !== undefined && rules.maxLength !== undefined && rules.minLength > rules.maxLength) {
    out.push(defFail(ctx, ['rules', 'maxLength'], 'field.rules.lengthRange', `The maximum length ${rules.maxLength} is below the minimum length ${rules.minLength}: swap them.`, `最大长度 ${rules.maxLength} 小于最小长度 ${rules.minLength}，请对调。`));
  }
  if (rules?.pattern !== undefined) {
    const re = userPattern(rules.pattern.regex);
    if (!re.ok) {
      out.push(
        defFail(ctx, ['rules', 'pattern', 'regex'], 'field.rules.pattern', `The pattern does not compile (${re.reason}): correct it, without lookarounds or backreferences, which are not supported.`, `正则表达式无法编译（${re.reason}）：请修改，且不要使用不受支持的环视和反向引用。`),
      );
    }
  }
  return out;
}
