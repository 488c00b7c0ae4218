/** @module Percent: a fraction as in Excel (0.35 shows as 35%); rules and decimals are in the same terms. */
import { hasAtMostDecimals, roundHalfUp } from '../../core/decimal.js';
import type { Problem } from '../../core/problem.js';
import type { PercentField } from '../types.js';
import { checkNumberRules, checkNumberSize, expectType, fail, type Expected } from './checks.js';
import { numberLike } from './number-like.js';
import type { FieldTypeSpec } from './spec.js';

const A_FRACTION: Expected = { what: { en: 'a fraction', 'zh-CN': '小数形式的百分比' }, how: { en: 'enter 0.35 for 35%', 'zh-CN': '35% 请填 0.35' } };

/**
 * A fraction written as the percentage a user sees.
 *
 * @example
 * showPercent(0.355) // '35.5%'
 */
export function showPercent(n: number): string {
  return `${roundHalfUp(n * 100, 6)}%`;
}

/** The percent field type; `decimals` (0–6) counts decimals of the percentage (35.5% has 1). */
export const percent: FieldTypeSpec<PercentField> = {
  ...numberLike,
  label: { en: 'Percent', 'zh-CN': '百分比' },
  rules: ['min', 'max'],
  checkValue(value, field, ctx) {
    const typed = expectType(value, 'number', ctx, A_FRACTION);
    if (typed.length > 0) return typed;
    const n = value as number;
    const out: Problem[] = checkNumberSize(n, ctx, 100);
    const d = field.decimals;
    if (d !== undefined && !hasAtMostDecimals(n, d + 2)) {
      out.push(fail(ctx, 'value.decimals', `allows at most ${d} decimals as a percentage: round ${showPercent(n)} to ${showPercent(roundHalfUp(n, d + 2))}.`, `百分比最多保留 ${d} 位小数：请将 ${showPercent(n)} 四舍五入为 ${showPercent(roundHalfUp(n, d + 2))}。`));
    }
    return [...out, ...checkNumberRules(n, field.rules, ctx, showPercent)];
  },
};
