import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import Big from 'big.js';
import { add, divide, multiply, roundTo, subtract, DIVISION_DIGITS } from './exact.js';

/** The reference: big.js on the decimals the numbers print as. */
const Ref = Big();
Ref.DP = 800;
const quotient = (a: number, b: number) => new Ref(a).div(b).prec(DIVISION_DIGITS, Ref.roundHalfUp).toNumber();
/** The same for operands of at most 7 digits and 4 places, whose quotients need far fewer digits. */
const Small = Big();
Small.DP = 40;
const smallQuotient = (a: number, b: number) => new Small(a).div(b).prec(DIVISION_DIGITS, Small.roundHalfUp).toNumber();

/** Decimals with up to 4 places, from tiny to money-sized, as typed in forms. */
const decimal = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map((n) => n / 100),
  fc.integer({ min: -99_999, max: 99_999 }).map((n) => n / 10_000),
  fc.integer({ min: -1e13, max: 1e13 }).map((n) => n / 100),
  fc.double({ min: -1e20, max: 1e20, noNaN: true, noDefaultInfinity: true }),
);

describe('exact arithmetic', () => {
  it('adds, subtracts and multiplies decimals exactly', () => {
    expect(add(0.1, 0.2)).toBe(0.3);
    expect(subtract(0.3, 0.1)).toBe(0.2);
    expect(multiply(1234.56, 0.2)).toBe(246.912);
    expect(multiply(1.1, 1.1)).toBe(1.21);
    expect(add(-0.1, 0.1)).toBe(0);
    expect(Object.is(multiply(-1, 0), 0)).toBe(true);
  });

  it('reads large integers as the decimals they print as, not their binary value', () => {
    // Stored as 99999999999999852544 and 99999999999999688704; the printed decimals decide.
    const [a, b] = [Number('99999999999999850000'), Number('99999999999999690000')];
    expect(add(-a, b)).toBe(-160000);
    expect(-a + b).toBe(-163840);
    expect(divide(a, 100000)).toBe(999999999999998.5);
  });

  it('divides to 20 significant digits and yields null for division by zero', () => {
    expect(divide(0.3, 0.1)).toBe(3);
    expect(divide(700, 1000)).toBe(0.7);
    expect(divide(1, 3)).toBe(0.3333333333333333);
    expect(divide(2, 3)).toBe(0.6666666666666666);
    expect(divide(1, 0)).toBeNull();
    expect(divide(0, 0)).toBeNull();
    expect(divide(1e-300, 1e300)).toBe(0);
  });

  it('yields null instead of infinity on overflow', () => {
    expect(multiply(1e200, 1e200)).toBeNull();
    expect(add(Number.MAX_VALUE, Number.MAX_VALUE)).toBeNull();
  });

  it('agrees with big.js on random decimals', () => {
    fc.assert(
      fc.property(decimal, decimal, (a, b) => {
        const finite = (x: number) => (Number.isFinite(x) ? x + 0 : null);
        expect(add(a, b)).toBe(finite(new Ref(a).plus(b).toNumber()));
        expect(subtract(a, b)).toBe(finite(new Ref(a).minus(b).toNumber()));
        expect(multiply(a, b)).toBe(finite(new Ref(a).times(b).toNumber()));
        expect(divide(a, b)).toBe(b === 0 ? null : finite(quotient(a, b)));
      }),
      // Shrinking random doubles can take millions of steps: report the first failure as found.
      { numRuns: 3000, endOnFailure: true },
    );
  });
});

describe('roundTo', () => {
  it('rounds half away from zero as written', () => {
    expect(roundTo(2.345, 2)).toBe(2.35);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-2.5, 0)).toBe(-3);
    expect(roundTo(246.912, 0)).toBe(247);
  });

  it('rounds to tens, hundreds, ... with negative digits', () => {
    expect(roundTo(123456, -4)).toBe(120000);
    expect(roundTo(125000, -4)).toBe(130000);
    expect(roundTo(-125000, -4)).toBe(-130000);
    expect(roundTo(1234.5, -1)).toBe(1230);
  });

  it('yields null for digits that are not an integer in -8..8', () => {
    expect(roundTo(1, 9)).toBeNull();
    expect(roundTo(1, -9)).toBeNull();
    expect(roundTo(1, 1.5)).toBeNull();
  });
});

describe('division near a tie between two numbers', () => {
  it('agrees with big.js on quotients of small decimals, many of which sit near a tie', () => {
    const cents = fc.integer({ min: -10_000_000, max: 10_000_000 });
    fc.assert(
      fc.property(cents, cents, fc.constantFrom(0, 1, 2, 3, 4), (n, d, places) => {
        const a = n / 100;
        const b = d / 10 ** places;
        expect(divide(a, b)).toBe(b === 0 ? null : smallQuotient(a, b) + 0);
      }),
      { numRuns: 20_000, endOnFailure: true },
    );
  });

  it('rounds to 20 digits first, as big.js does, where that differs from the nearest number', () => {
    // -431.6821 / 33.015 = -13.0753324246554596395...: the nearest number is -13.075332424655459,
    // but the quotient rounded to 20 digits, -13.07533242465545964, is nearest to -13.07533242465546.
    expect(-4316821 / 330150).toBe(-13.075332424655459);
    expect(divide(-431.6821, 33.015)).toBe(-13.07533242465546);
  });
});
