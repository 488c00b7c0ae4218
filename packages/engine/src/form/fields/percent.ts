/** @module Percent: a fraction as in Excel (0.35 shows as 35%); rules and decimals are in the same terms. */
import { hasAtMostDecimals, roundHalfUp } from '../../core/decimal.js';
import type { Problem } from '../../core/problem.js';
import type { PercentField } from '../types.js';
import { checkNumberBounds, checkNumberRules, expectType, fail } from './checks.js';
import type { FieldTypeSpec } from './spec.js';

const A_FRACTION = { en: 'a number (a fraction: 0.35 for 35%)', 'zh-CN': '数字（小数形式：35% 填 0.35）' };

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
  kind: () => 'number',
  label: { en: 'Percent', 'zh-CN': '百分比' },
  props: { properties: { decimals: { type: 'integer', minimum: 0, maximum: 6 } }, required: [] },
  rules: ['min', 'max'],
  bound: { type: 'number' },
  valueSchema: (field) => ({
    type: 'number',
    ...(typeof field.rules?.min === 'number' ? { minimum: field.rules.min } : {}),
    ...(typeof field.rules?.max === 'number' ? { maximum: field.rules.max } : {}),
  }),
  checkValue(value, field, ctx) {
    const typed = expectType(value, 'number', ctx, A_FRACTION);
    if (typed.length > 0) return typed;
    const n = value as number;
    const out: Problem[] = [];
    const d = field.decimals;
    if (d !== undefined && !hasAtMostDecimals(n, d + 2)) {
      out.push(fail(ctx, 'value.decimals', `allows at most ${d} decimals as a percentage: round ${showPercent(n)}.`, `百分比最多保留 ${d} 位小数，请将 ${showPercent(n)} 四舍五入。`));
    }
    return [...out, ...checkNumberRules(n, field.rules, ctx, showPercent)];
  },
  checkDefinition: (field, ctx) => checkNumberBounds(field.rules, ctx),
};
