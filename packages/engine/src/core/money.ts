/** @module Money (CNY): amounts with at most 2 decimals (fen), |amount| ≤ 10 trillion yuan, so they stay exact as scaled integers. */
import { hasAtMostDecimals, roundHalfUp } from './decimal.js';

/** The largest amount a money value holds: 10 trillion yuan, 1e15 fen, exact as a double. */
export const MONEY_LIMIT = 1e13;

/**
 * Whether `v` is an amount as records store it: a finite number of yuan with at most 2
 * decimals, within ±{@link MONEY_LIMIT}.
 *
 * @example
 * isMoney(1234.56) // true
 * isMoney(1.234)   // false
 */
export function isMoney(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= MONEY_LIMIT && hasAtMostDecimals(v, 2);
}

/**
 * A computed number as the amount to store: rounded half up to fen, as a person would write
 * it; null when it is not a finite number or lies past the limit.
 *
 * @example
 * settleMoney(1234.567) // 1234.57
 * settleMoney(2e13)     // null
 */
export function settleMoney(v: unknown): number | null {
  if (typeof v !== 'number' || !Number.isFinite(v)) return null;
  const fen = roundHalfUp(v, 2);
  return Math.abs(fen) > MONEY_LIMIT ? null : fen;
}
