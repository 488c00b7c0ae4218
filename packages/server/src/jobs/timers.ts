/** @module Timers, injected like the clock, so tests fire a heartbeat or a poll by hand. */

/** What the worker and the scheduler wait with. */
export interface Timers {
  /** `fn` may return a promise (the work it started); fake timers may await it, real ones ignore it. */
  setTimeout(fn: () => unknown, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** The real timers. */
export const realTimers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};
