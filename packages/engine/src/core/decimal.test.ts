import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { apportion, divRound, hasAtMostDecimals, roundHalfUp, toScaled } from './decimal.js';

describe('decimal', () => {
  it('rounds half away from zero as written in decimal', () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(69.495, 2)).toBe(69.5);
    expect(roundHalfUp(2.5, 0)).toBe(3);
    expect(roundHalfUp(-2.5, 0)).toBe(-3);
    expect(roundHalfUp(0.1 + 0.2, 2)).toBe(0.3);
    expect(roundHalfUp(1.2344, 3)).toBe(1.234);
  });

  it('leaves numbers too large to carry the decimals as they are, never Infinity', () => {
    expect(roundHalfUp(Number.MAX_VALUE, 2)).toBe(Number.MAX_VALUE);
    expect(roundHalfUp(-1e300, 8)).toBe(-1e300);
    expect(roundHalfUp(2 ** 60, 2)).toBe(2 ** 60);
    expect(hasAtMostDecimals(1e307, 2)).toBe(true);
  });

  it('scales to integers', () => {
    expect(toScaled(12.34, 2)).toBe(1234);
    expect(toScaled(0.07, 2)).toBe(7);
  });

  it('divides exactly, rounding half away from zero', () => {
    expect(divRound(695, 10)).toBe(70);
    expect(divRound(694, 10)).toBe(69);
    expect(divRound(-695, 10)).toBe(-70);
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 1, max: 1e6 }), (n, d) => {
        const q = divRound(n, d);
        expect(Math.abs(n - q * d) * 2).toBeLessThanOrEqual(d);
      }),
    );
  });

  it('apportions integers that add up exactly', () => {
    expect(apportion([1, 1, 1], 10_000)).toEqual([3334, 3333, 3333]);
    expect(apportion([0, 0], 100)).toEqual([0, 0]);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 30 }), (shares) => {
        const out = apportion(shares, 10_000);
        const sum = out.reduce((a, b) => a + b, 0);
        expect(sum).toBe(shares.some((s) => s > 0) ? 10_000 : 0);
      }),
    );
  });

  it('tells whether a number has at most n decimals', () => {
    expect(hasAtMostDecimals(12.34, 2)).toBe(true);
    expect(hasAtMostDecimals(12.345, 2)).toBe(false);
    expect(hasAtMostDecimals(Number.NaN, 2)).toBe(false);
  });
});
