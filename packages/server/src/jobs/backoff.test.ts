import { describe, expect, it } from 'vitest';
import { RETRY_MAX_MS, retryDelayMs } from './backoff.js';

describe('retryDelayMs', () => {
  it('doubles from 10 s and stops at an hour', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => retryDelayMs(n))).toEqual([10_000, 20_000, 40_000, 80_000, 160_000, 320_000]);
    expect(retryDelayMs(9)).toBe(2_560_000);
    expect(retryDelayMs(10)).toBe(RETRY_MAX_MS);
    expect(retryDelayMs(10_000)).toBe(RETRY_MAX_MS);
  });

  it('takes its own base and cap', () => {
    expect([1, 2, 3].map((n) => retryDelayMs(n, 1_000, 2_500))).toEqual([1_000, 2_000, 2_500]);
  });

  it('refuses a retry number below 1', () => {
    expect(() => retryDelayMs(0)).toThrow(/starts at 1/);
  });
});
