/** @module Times as ISO 8601 strings: the engine has no clock, the caller passes `now`. */

/** Whether `s` is a date-time the engine can compute with (ISO 8601 with a time and an offset). */
export function isInstant(s: unknown): s is string {
  return typeof s === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(s) && !Number.isNaN(Date.parse(s));
}

/**
 * `hours` after `iso`, in UTC.
 *
 * @example
 * addHours('2025-03-01T09:00:00+08:00', 24) // '2025-03-02T01:00:00.000Z'
 */
export function addHours(iso: string, hours: number): string {
  return new Date(Date.parse(iso) + hours * 3_600_000).toISOString();
}

/**
 * Whether `deadline` has come at `now`.
 *
 * @example
 * isDue('2025-03-02T09:00:00+08:00', '2025-03-02T01:00:00.000Z') // true
 */
export function isDue(now: string, deadline: string): boolean {
  return Date.parse(now) >= Date.parse(deadline);
}
