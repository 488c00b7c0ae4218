/** @module Exact decimal arithmetic on JS numbers: each number is the decimal it prints as. */
import Big from 'big.js';
import { roundHalfUp } from '../core/decimal.js';

/** A constructor of our own, so DP/RM changes here never touch another module's Big. */
const Dec = Big();
Dec.RM = Dec.roundDown;

/** Significant digits a quotient is rounded to (half away from zero) before it becomes a number. */
export const DIVISION_DIGITS = 20;

/** Exact powers of ten as doubles (10^22 is the largest a double holds exactly). */
const POW10: readonly number[] = Array.from({ length: 23 }, (_, n) => Number(`1e${n}`));

/** Counts up to 2^50: a unit of 10^-scale is then wider than the rounding interval of the value. */
const UNIQUE_COUNT = 2 ** 50;

/**
 * `x` as an integer count of 10^-scale, the decimal it prints as; `undefined` when that count is
 * not a safe integer or the form has an exponent (such numbers go through big.js).
 */
function scaled(x: number): [count: number, scale: number] | undefined {
  if (Number.isInteger(x)) return Number.isSafeInteger(x) ? [x, 0] : undefined;
  // Fast path: the first few scales where x·10^k is a small integer that reads back as x. That
  // decimal is the only one with k places rounding to x, so it is the one String(x) prints.
  for (let k = 1; k <= 6; k += 1) {
    const p = POW10[k] as number;
    const count = x * p;
    if (Number.isInteger(count)) {
      if (Math.abs(count) <= UNIQUE_COUNT && count / p === x) return [count, k];
      break;
    }
  }
  const text = String(x);
  const dot = text.indexOf('.');
  if (dot < 0 || text.includes('e')) return undefined;
  const count = Number(text.slice(0, dot) + text.slice(dot + 1));
  return Number.isSafeInteger(count) ? [count, text.length - dot - 1] : undefined;
}

/** `count / 10^scale` as the double nearest to that decimal, or undefined when out of reach. */
function unscale(count: number, scale: number): number | undefined {
  const p = POW10[scale];
  if (p === undefined || !Number.isSafeInteger(count)) return undefined;
  return count / p + 0;
}

/** A finite result with `-0` folded into `0`, or null. */
function finite(x: number): number | null {
  return Number.isFinite(x) ? x + 0 : null;
}

/**
 * `a + b` exactly (as decimals), returned as the nearest number.
 *
 * @example
 * add(0.1, 0.2) // 0.3
 */
export function add(a: number, b: number): number | null {
  const sum = a + b;
  if (Number.isSafeInteger(a) && Number.isSafeInteger(b) && Number.isSafeInteger(sum)) return sum + 0;
  const pa = scaled(a);
  const pb = scaled(b);
  if (pa !== undefined && pb !== undefined) {
    const scale = Math.max(pa[1], pb[1]);
    const ca = pa[0] * (POW10[scale - pa[1]] as number);
    const cb = pb[0] * (POW10[scale - pb[1]] as number);
    const exact = Number.isSafeInteger(ca) && Number.isSafeInteger(cb) ? unscale(ca + cb, scale) : undefined;
    if (exact !== undefined) return exact;
  }
  return finite(new Dec(a).plus(b).toNumber());
}

/**
 * `a - b` exactly.
 *
 * @example
 * subtract(0.3, 0.1) // 0.2
 */
export function subtract(a: number, b: number): number | null {
  return add(a, -b);
}

/**
 * `a * b` exactly.
 *
 * @example
 * multiply(1234.56, 0.2) // 246.912
 */
export function multiply(a: number, b: number): number | null {
  const product = a * b;
  if (Number.isSafeInteger(a) && Number.isSafeInteger(b) && Number.isSafeInteger(product)) return product + 0;
  const pa = scaled(a);
  const pb = scaled(b);
  if (pa !== undefined && pb !== undefined) {
    const exact = unscale(pa[0] * pb[0], pa[1] + pb[1]);
    if (exact !== undefined) return exact;
  }
  return finite(new Dec(a).times(b).toNumber());
}

/**
 * `a / b` to {@link DIVISION_DIGITS} significant digits, half away from zero; null when `b` is 0.
 *
 * @example
 * divide(1, 3)  // 0.3333333333333333
 * divide(0.3, 0.1) // 3
 * divide(1, 0)  // null
 */
export function divide(a: number, b: number): number | null {
  if (b === 0) return null;
  const pa = scaled(a);
  const pb = scaled(b);
  if (pa !== undefined && pb !== undefined) {
    // a / b = A / B once both are counts of the same 10^-scale unit.
    const scale = Math.max(pa[1], pb[1]);
    const n = pa[0] * (POW10[scale - pa[1]] as number);
    const d = pb[0] * (POW10[scale - pb[1]] as number);
    if (Number.isSafeInteger(n) && Number.isSafeInteger(d)) {
      if (n % d === 0) return n / d + 0;
      const q = n / d;
      if (!nearMidpoint(n, d, q)) return q;
    }
  }
  const x = new Dec(a);
  const y = new Dec(b);
  // Truncate a few digits past the last one kept, so the half-up rounding below sees true digits.
  Dec.DP = Math.max(0, DIVISION_DIGITS + 2 - (x.e - y.e));
  return finite(x.div(y).prec(DIVISION_DIGITS, Dec.roundHalfUp).toNumber());
}

const SPLITTER = 134_217_729; // 2^27 + 1, for Dekker's exact product

/**
 * Whether the exact n / d lies so close to halfway between `q` (the double nearest to it) and a
 * neighbour that rounding it to 20 digits first could land on the other side. Only then is the
 * slow big.js path needed to agree with it; elsewhere `q` is that result. n, d: safe integers.
 */
function nearMidpoint(n: number, d: number, q: number): boolean {
  const p = q * d;
  const qc = SPLITTER * q;
  const qh = qc - (qc - q);
  const ql = q - qh;
  const dc = SPLITTER * d;
  const dh = dc - (dc - d);
  const dl = d - dh;
  const productError = qh * dh - p + qh * dl + ql * dh + ql * dl;
  const distance = Math.abs((n - p - productError) / d);
  const abs = Math.abs(q);
  let e = Math.floor(Math.log2(abs));
  if (2 ** e > abs) e -= 1;
  else if (2 ** (e + 1) <= abs) e += 1;
  // Just below a power of two the spacing halves: leave that rare case to big.js.
  if (2 ** e === abs) return true;
  const halfUlp = 2 ** (e - 53);
  return halfUlp - distance <= abs * 1e-18;
}

/**
 * Rounds half away from zero to `digits` decimals (-8..8; negative digits round to tens,
 * hundreds, ...), as Excel's ROUND. Null when `digits` is not an integer in range.
 *
 * @example
 * roundTo(2.345, 2)     // 2.35
 * roundTo(123456, -4)   // 120000
 */
export function roundTo(x: number, digits: number): number | null {
  if (!Number.isInteger(digits) || digits < -8 || digits > 8) return null;
  if (digits >= 0) return finite(roundHalfUp(x, digits));
  const unit = POW10[-digits] as number;
  const units = divide(x, unit);
  return units === null ? null : multiply(roundHalfUp(units, 0), unit);
}
