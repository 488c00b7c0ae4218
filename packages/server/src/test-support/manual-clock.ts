/** @module A clock tests set and move by hand. */
import type { Clock } from '../http/clock.js';

/** A clock that stands still until told to move. */
export interface ManualClock extends Clock {
  set(to: Date | string): void;
  advance(ms: number): void;
}

/**
 * A clock at `start` that moves only when told.
 *
 * @example
 * const clock = manualClock('2025-01-01T00:00:00Z');
 * clock.advance(24 * 3600_000);
 */
export function manualClock(start: Date | string = '2025-01-01T00:00:00.000Z'): ManualClock {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    set: (to) => {
      now = new Date(to).getTime();
    },
    advance: (ms) => {
      now += ms;
    },
  };
}
