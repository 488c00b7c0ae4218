/** @module Checks shared by field types: value types, number and text rules, rule bounds. */
import { hasAtMostDecimals } from '../../core/decimal.js';
import { pointer } from '../../core/json-pointer.js';
import type { LocalizedText } from '../../core/localized.js';
import { problem, type Problem } from '../../core/problem.js';
import { userPattern } from '../regex.js';
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

/** A value's JavaScript type, checked; `what` names it in both languages ("a number" / "数字"). */
export function expectType(value: unknown, type: 'string' | 'number' | 'boolean', ctx: ValueContext, what: LocalizedText): Problem[] {
  const ok = type === 'number' ? typeof value === 'number' && Number.isFinite(value) : typeof value === type;
  return ok ? [] : [fail(ctx, 'value.type', `must be ${what.en}.`, `应为${what['zh-CN']}。`)];
}

/** At most `places` decimals, as written. */
export function checkDecimals(value: number, places: number, ctx: ValueContext): Problem[] {
  if (hasAtMostDecimals(value, places)) return [];
  return places === 0
    ? [fail(ctx, 'value.decimals', 'must be a whole number.', '应为整数。')]
    : [fail(ctx, 'value.decimals', `allows at most ${places} decimals: round it.`, `最多保留 ${places} 位小数，请修改。`)];
}

/** `min` and `max` of a number; `show` writes a bound as the user sees it (35% for 0.35). */
export function checkNumberRules(value: number, rules: FieldRules | undefined, ctx: ValueContext, show: (n: number) => string = String): Problem[] {
  const out: Problem[] = [];
  if (typeof rules?.min === 'number' && value < rules.min) {
    out.push(fail(ctx, 'value.min', `must be at least ${show(rules.min)}.`, `不能小于 ${show(rules.min)}。`));
  }
  if (typeof rules?.max === 'number' && value > rules.max) {
    out.push(fail(ctx, 'value.max', `must be at most ${show(rules.max)}.`, `不能大于 ${show(rules.max)}。`));
  }
  return out;
}

/** `minLength`, `maxLength` (in characters, not UTF-16 units) and `pattern` of a text. */
export function checkTextRules(value: string, rules: FieldRules | undefined, ctx: ValueContext): Problem[] {
  const out: Problem[] = [];
  const length = [...value].length;
  if (rules?.minLength !== undefined && length < rules.minLength) {
    out.push(fail(ctx, 'value.minLength', `must be at least ${rules.minLength} characters long.`, `至少需要 ${rules.minLength} 个字符。`));
  }
  if (rules?.maxLength !== undefined && length > rules.maxLength) {
    out.push(fail(ctx, 'value.maxLength', `must be at most ${rules.maxLength} characters long.`, `最多允许 ${rules.maxLength} 个字符。`));
  }
  const pattern = rules?.pattern;
  if (pattern !== undefined) {
    const re = userPattern(pattern.regex);
    if (re.ok && !re.test(value)) {
      out.push(
        pattern.message === undefined
          ? fail(ctx, 'value.pattern', 'is not in the expected format.', '格式不正确。')
          : problem(ctx.path, 'value.pattern', pattern.message.en, pattern.message['zh-CN']),
      );
    }
  }
  return out;
}

/** `min` ≤ `max` when both are numbers. */
export function checkNumberBounds(rules: FieldRules | undefined, ctx: DefinitionContext): Problem[] {
  if (typeof rules?.min !== 'number' || typeof rules.max !== 'number' || rules.min <= rules.max) return [];
  return [defFail(ctx, ['rules', 'max'], 'field.rules.range', `The maximum ${rules.max} is below the minimum ${rules.min}: swap them.`, `最大值 ${rules.max} 小于最小值 ${rules.min}，请对调。`)];
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
        defFail(ctx, ['rules', 'pattern', 'regex'], 'field.rules.pattern', `The pattern does not compile (${re.reason}). Lookarounds and backreferences are not supported.`, `正则表达式无法编译（${re.reason}）。不支持环视和反向引用。`),
      );
    }
  }
  return out;
}
