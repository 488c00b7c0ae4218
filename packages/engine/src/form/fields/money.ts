/** @module Money: CNY with at most 2 decimals (fen), |value| ≤ 1e13, so amounts stay exact as scaled integers. */
import { hasAtMostDecimals } from '../../core/decimal.js';
import { MONEY_LIMIT } from '../../core/money.js';
import type { Problem } from '../../core/problem.js';
import type { MoneyField } from '../types.js';
import { checkDecimals, checkNumberBounds, checkNumberRules, defFail, expectType, fail, type Expected } from './checks.js';
import type { FieldTypeSpec } from './spec.js';

/**
 * An amount as a person reads it, thousands grouped.
 *
 * @example
 * showMoney(100000000.5) // '100,000,000.5'
 */
export function showMoney(n: number): string {
  const [whole = '', fraction] = String(Math.abs(n)).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

const AN_AMOUNT: Expected = { what: { en: 'an amount in yuan', 'zh-CN': '金额（元）' }, how: { en: 'enter it as a number, such as 1234.56', 'zh-CN': '请以数字填写，如 1234.56' } };

/** The money field type (CNY). */
export const money: FieldTypeSpec<MoneyField> = {
  kind: () => 'number',
  label: { en: 'Money', 'zh-CN': '金额' },
  props: { properties: {}, required: [] },
  rules: ['min', 'max', 'unique'],
  bound: { type: 'number', minimum: -MONEY_LIMIT, maximum: MONEY_LIMIT },
  valueSchema: (field) => ({
    type: 'number',
    minimum: typeof field.rules?.min === 'number' ? field.rules.min : -MONEY_LIMIT,
    maximum: typeof field.rules?.max === 'number' ? field.rules.max : MONEY_LIMIT,
  }),
  checkValue(value, field, ctx) {
    const typed = expectType(value, 'number', ctx, AN_AMOUNT);
    if (typed.length > 0) return typed;
    const n = value as number;
    const out: Problem[] = [];
    if (Math.abs(n) > MONEY_LIMIT) {
      out.push(fail(ctx, 'value.range', 'must be within ±10,000,000,000,000 yuan: check the amount for extra digits.', '应在 ±10 万亿元以内：请检查金额是否多填了位数。'));
    }
    return [...out, ...checkDecimals(n, 2, ctx), ...checkNumberRules(n, field.rules, ctx, showMoney)];
  },
  checkDefinition(field, ctx) {
    const out = checkNumberBounds(field.rules, ctx);
    for (const key of ['min', 'max'] as const) {
      const bound = field.rules?.[key];
      if (typeof bound === 'number' && !hasAtMostDecimals(bound, 2)) {
        out.push(defFail(ctx, ['rules', key], 'field.rules.decimals', `Money has at most 2 decimals: round ${bound}.`, `金额最多 2 位小数，请将 ${bound} 四舍五入。`));
      }
    }
    return out;
  },
};
