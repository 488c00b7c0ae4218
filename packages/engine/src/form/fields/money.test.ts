import { describe, expect, it } from 'vitest';
import { codes, defAt, label, valueAt } from '../test-kit.js';
import type { MoneyField } from '../types.js';
import { MONEY_LIMIT } from '../../core/money.js';
import { money, showMoney } from './money.js';

const sales: MoneyField = { id: 'annual_sales', type: 'money', label: label('Annual sales', '年销售额'), rules: { min: 0 } };
const at = valueAt('Annual sales', '年销售额');

describe('money', () => {
  it('accepts yuan with up to 2 decimals', () => {
    for (const v of [0, 186_500_000.5, 1234.56, 0.01, MONEY_LIMIT]) expect(money.checkValue(v, sales, at)).toEqual([]);
  });

  it('rejects more than 2 decimals (as written, not as binary)', () => {
    expect(codes(money.checkValue(1.005, sales, at))).toEqual(['value.decimals']);
    expect(money.checkValue(1.005, sales, at)[0]?.message).toBe('Annual sales allows at most 2 decimals: round 1.005 to 1.01.');
    expect(codes(money.checkValue(0.1 + 0.2, sales, at))).toEqual(['value.decimals']);
  });

  it('rejects amounts beyond ±1e13 and below the minimum', () => {
    expect(codes(money.checkValue(MONEY_LIMIT * 10, sales, at))).toEqual(['value.range']);
    expect(money.checkValue(MONEY_LIMIT * 10, sales, at)[0]?.message).toBe('Annual sales must be within ±10,000,000,000,000 yuan: check the amount for extra digits.');
    expect(money.checkValue(-1, sales, at)[0]?.message).toBe('Annual sales must be at least 0: enter 0 or more.');
    expect(money.checkValue(-1, sales, at)[0]?.messageZh).toBe('年销售额不能小于 0：请填写不小于 0 的值。');
  });

  it('shows bounds with thousands grouped', () => {
    expect(money.checkValue(200_000_000, { ...sales, rules: { max: 100_000_000 } }, at)[0]?.message).toBe('Annual sales must be at most 100,000,000: enter 100,000,000 or less.');
    expect(showMoney(-1234567.5)).toBe('-1,234,567.5');
    expect(showMoney(999)).toBe('999');
  });

  it('rejects non-numbers', () => {
    expect(codes(money.checkValue('100', sales, at))).toEqual(['value.type']);
    expect(money.checkValue('100', sales, at)[0]?.message).toBe('Annual sales must be an amount in yuan, not the text "100": enter it as a number, such as 1234.56.');
  });

  it('checks bounds in its definition: order and fen', () => {
    expect(codes(money.checkDefinition({ ...sales, rules: { min: 0.001, max: -1 } }, defAt()))).toEqual(['field.rules.range', 'field.rules.decimals']);
  });

  it('bounds its value schema by the limit', () => {
    expect(money.valueSchema({ ...sales, rules: {} }, () => ({}))).toEqual({ type: 'number', minimum: -MONEY_LIMIT, maximum: MONEY_LIMIT });
  });
});
