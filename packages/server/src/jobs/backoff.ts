/** @module How long a failed job waits before its next attempt: doubling, capped, no randomness. */

/** The wait before the first retry. */
export const RETRY_BASE_MS = 10_000;
/** The longest wait between two attempts. */
export const RETRY_MAX_MS = 3_600_000;

/**
 * The wait before retry number `attempt` (1 after the first failure): 10 s, 20 s, 40 s, …,
 * never more than an hour. Deterministic, so tests move a manual clock by exactly this much.
 *
 * @example
 * retryDelayMs(1) // 10_000
 * retryDelayMs(3) // 40_000
 */
export function retryDelayMs(attempt: number, baseMs: number = RETRY_BASE_MS, maxMs: number = RETRY_MAX_MS): number {
  if (!Number.isInteger(attempt) || attempt < 1) throw new RangeError(`A retry number starts at 1 (got ${attempt}).`);
  // Past 2^30 the doubling is far beyond any cap; stopping there keeps the number finite.
  return Math.min(maxMs, baseMs * 2 ** Math.min(attempt - 1, 30));
}
