/** @module Time, injected: the server asks a Clock, so tests move time instead of sleeping. */

/** Where the server reads the current time. */
export interface Clock {
  now(): Date;
}

/** The real clock. */
export const systemClock: Clock = { now: () => new Date() };
