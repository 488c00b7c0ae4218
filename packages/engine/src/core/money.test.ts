import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMoney, MONEY_LIMIT, settleMoney } from './money.js';

describe('money', () => {
  it('holds at most 10 trillion yuan, exact in fen as a double', () => {
    expect(MONEY_LIMIT).toBe(1e13);
    expect(Number.isSafeInteger(MONEY_LIMIT * 100)).toBe(true);
  });

  it('knows an amount: finite, at most 2 decimals, within the limit', () => {
    for (const v of [0, 0.01, 1234.56, -MONEY_LIMIT, MONEY_LIMIT]) expect(isMoney(v)).toBe(true);
    for (const v of [1.234, MONEY_LIMIT + 0.01, -MONEY_LIMIT - 1, Number.NaN, Infinity, '12', null]) expect(isMoney(v)).toBe(false);
  });

  it('settles a computed number to fen, half up, and nothing past the limit', () => {
    expect(settleMoney(1234.567)).toBe(1234.57);
    expect(settleMoney(1.005)).toBe(1.01);
    expect(settleMoney(-2.345)).toBe(-2.35);
    expect(settleMoney(MONEY_LIMIT + 0.004)).toBe(MONEY_LIMIT);
    expect(settleMoney(MONEY_LIMIT * 2)).toBeNull();
    expect(settleMoney(Number.NaN)).toBeNull();
    expect(settleMoney('5')).toBeNull();
  });

  it('settles every finite number to an amount or to nothing', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (v) => {
        const s = settleMoney(v);
        expect(s === null || isMoney(s)).toBe(true);
      }),
    );
  });
});
