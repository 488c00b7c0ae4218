/** @module Times in a flow: the engine has no clock, the caller passes `now`; snapshots keep times in canonical UTC. */
import { instantOf, utcDatetime } from '../core/calendar.js';

/** The last instant four-digit years can write: a deadline past it is as good as never. */
const NEVER = '9999-12-31T23:59:59.999Z';

/**
 * `hours` after a date-time, in canonical UTC (so times in a snapshot sort as text).
 *
 * @example
 * addHours('2025-03-01T09:00:00+08:00', 24) // '2025-03-02T01:00:00.000Z'
 */
export function addHours(iso: string, hours: number): string {
  const t = instantOf(iso);
  return t === null ? NEVER : (utcDatetime(t + Math.round(hours * 3_600_000)) ?? NEVER);
}

/**
 * Whether `deadline` has come at `now`; never for a date-time that is not valid.
 *
 * @example
 * isDue('2025-03-02T09:00:00+08:00', '2025-03-02T01:00:00.000Z') // true
 */
export function isDue(now: string, deadline: string): boolean {
  const [n, d] = [instantOf(now), instantOf(deadline)];
  return n !== null && d !== null && n >= d;
}
