/** @module Exact decimals where a decision depends on them: scaled integers, half-up rounding. */

const POW10 = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000] as const;

/** 10^places for 0 ≤ places ≤ 8. */
export function pow10(places: number): number {
  const p = POW10[places];
  if (p === undefined) throw new RangeError(`places must be 0..8, got ${places}`);
  return p;
}

/**
 * Rounds half away from zero (四舍五入) to `places` decimals, as a person would on paper:
 * the decimal the number was written as decides, not its binary approximation.
 *
 * @example
 * roundHalfUp(1.005, 2)  // 1.01 (1.005 * 100 is 100.49999999999999 in binary)
 * roundHalfUp(-2.5, 0)   // -3
 */
export function roundHalfUp(value: number, places: number): number {
  if (!Number.isFinite(value)) return value;
  const f = pow10(places);
  const abs = Math.abs(value);
  let s = abs * f;
  // From 2^52 units on, a double has no fraction left to round (and past ~1e300, s overflows).
  if (s >= 2 ** 52) return value;
  const frac = s - Math.floor(s);
  // Near a tie the binary product may sit just under .5: read it back as the decimal it was.
  if (Math.abs(frac - 0.5) < 1e-7) s = Number(s.toPrecision(15));
  const r = Math.floor(s + 0.5) / f;
  return value < 0 ? -r : r;
}

/**
 * A decimal as an integer count of 10^-places units (fen for money with places = 2).
 *
 * @example
 * toScaled(12.34, 2) // 1234
 */
export function toScaled(value: number, places: number): number {
  return Math.round(roundHalfUp(value, places) * pow10(places));
}

/**
 * Integer division of two safe integers, rounded half away from zero, computed exactly.
 *
 * @example
 * divRound(695, 10) // 70
 */
export function divRound(n: number, d: number): number {
  const r = n % d;
  const q = (n - r) / d;
  if (2 * Math.abs(r) >= Math.abs(d)) return q + (n < 0 !== d < 0 ? -1 : 1);
  return q;
}

/**
 * Splits `total` into integers proportional to `shares` that add up to exactly `total`
 * (largest-remainder method, ties to the earlier share).
 *
 * @example
 * apportion([1, 1, 1], 10_000) // [3334, 3333, 3333]
 */
export function apportion(shares: readonly number[], total: number): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  if (sum <= 0) return shares.map(() => 0);
  const exact = shares.map((s) => (s * total) / sum);
  const floors = exact.map((x) => Math.floor(x));
  let left = total - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, rem: x - Math.floor(x) })).sort((a, b) => b.rem - a.rem || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    left -= 1;
  }
  return floors;
}

/** Whether `value` has at most `places` decimals (as written, e.g. 0.1 + 0.2 does not). */
export function hasAtMostDecimals(value: number, places: number): boolean {
  if (!Number.isFinite(value)) return false;
  return roundHalfUp(value, places) === value;
}
