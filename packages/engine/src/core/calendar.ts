/** @module The one calendar: dates `YYYY-MM-DD`, ISO 8601 date-times with an offset, day numbers and instants, in exact integer arithmetic. */

/** JSON Schema pattern of a date's shape (whether the day exists is {@link isCalendarDate}'s job). */
export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
/** JSON Schema pattern of a date-time's shape: ISO 8601 with an offset, seconds and fraction optional. */
export const DATETIME_PATTERN = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$';
/** JSON Schema pattern of the canonical UTC form records store: `2024-03-01T02:00:00.000Z`. */
export const UTC_DATETIME_PATTERN = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$';

const DAY_MS = 86_400_000;
/** Day numbers of 0000-01-01 and 9999-12-31: the years four digits can write. */
const FIRST_DAY = -719_528;
const LAST_DAY = 2_932_896;
const MIN_MS = FIRST_DAY * DAY_MS;
const MAX_MS = (LAST_DAY + 1) * DAY_MS - 1;

const dateRe = /^(\d{4})-(\d{2})-(\d{2})$/;
const datetimeRe = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:Z|([+-])(\d{2}):(\d{2}))$/;
const utcRe = new RegExp(UTC_DATETIME_PATTERN);

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * Days in a month of the proleptic Gregorian calendar (`month` 1–12).
 *
 * @example
 * daysInMonth(2024, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days from 1970-01-01 to a civil date, or null when the date does not exist (H. Hinnant's days_from_civil). */
function civilDay(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

/**
 * The day number (days since 1970-01-01) of a real calendar date written `YYYY-MM-DD`, years
 * 0000–9999; null for anything else, a date-time included.
 *
 * @example
 * dayNumber('1970-01-02') // 1
 * dayNumber('2024-02-30') // null
 */
export function dayNumber(s: unknown): number | null {
  const m = typeof s === 'string' ? dateRe.exec(s) : null;
  return m === null ? null : civilDay(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * Whether `s` is a real calendar date written `YYYY-MM-DD`.
 *
 * @example
 * isCalendarDate('2024-02-29') // true
 * isCalendarDate('2023-02-29') // false
 */
export function isCalendarDate(s: unknown): s is string {
  return dayNumber(s) !== null;
}

/**
 * The date `YYYY-MM-DD` of a day number; null outside years 0000–9999 (H. Hinnant's civil_from_days).
 *
 * @example
 * dateOfDay(19_783) // '2024-03-01'
 */
export function dateOfDay(day: number): string | null {
  if (!Number.isInteger(day) || day < FIRST_DAY || day > LAST_DAY) return null;
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return `${pad(yoe + era * 400 + (m <= 2 ? 1 : 0), 4)}-${pad(m)}-${pad(d)}`;
}

/** A valid date-time: the day it is written on, and the instant (ms since 1970 UTC) it names. */
function parseDatetime(s: unknown): { readonly day: number; readonly instant: number } | null {
  const m = typeof s === 'string' ? datetimeRe.exec(s) : null;
  if (m === null) return null;
  const day = civilDay(Number(m[1]), Number(m[2]), Number(m[3]));
  const [h, min, sec, oh, om] = [m[4], m[5], m[6], m[9], m[10]].map((x) => Number(x ?? 0)) as [number, number, number, number, number];
  if (day === null || h > 23 || min > 59 || sec > 59 || oh > 23 || om > 59) return null;
  // Milliseconds are what every runtime keeps: further digits are dropped, as Date.parse does.
  const milli = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
  const offset = (m[8] === '-' ? -1 : 1) * (oh * 60 + om) * 60_000;
  const instant = day * DAY_MS + ((h * 60 + min) * 60 + sec) * 1000 + milli - offset;
  // An instant UTC cannot write with a four-digit year has no canonical form: refused as invalid.
  return instant < MIN_MS || instant > MAX_MS ? null : { day, instant };
}

/**
 * Whether `s` is an ISO 8601 date-time with an offset (`Z` or `±hh:mm`), on a real day and a
 * real time, whose instant falls within years 0000–9999 in UTC.
 *
 * @example
 * isIsoDatetime('2024-03-31T09:30:00+08:00') // true
 * isIsoDatetime('2024-03-31T09:30:00')       // false: no offset
 */
export function isIsoDatetime(s: unknown): s is string {
  return parseDatetime(s) !== null;
}

/**
 * Whether `s` is a date-time in the canonical UTC form records store, which sorts as text in
 * the order of the instants.
 *
 * @example
 * isUtcDatetime('2024-03-01T02:00:00.000Z')  // true
 * isUtcDatetime('2024-03-01T10:00:00+08:00') // false: same instant, another form
 */
export function isUtcDatetime(s: unknown): s is string {
  return typeof s === 'string' && utcRe.test(s) && isIsoDatetime(s);
}

/**
 * The instant a date-time names, in ms since 1970-01-01T00:00Z; null when it is not valid.
 *
 * @example
 * instantOf('1970-01-01T08:00:00+08:00') // 0
 */
export function instantOf(s: unknown): number | null {
  return parseDatetime(s)?.instant ?? null;
}

/**
 * An instant written in canonical UTC (what `toISOString` writes); null outside years 0000–9999.
 *
 * @example
 * utcDatetime(0) // '1970-01-01T00:00:00.000Z'
 */
export function utcDatetime(ms: number): string | null {
  if (!Number.isInteger(ms) || ms < MIN_MS || ms > MAX_MS) return null;
  const day = Math.floor(ms / DAY_MS);
  const t = ms - day * DAY_MS;
  const [h, min, sec, milli] = [Math.floor(t / 3_600_000), Math.floor(t / 60_000) % 60, Math.floor(t / 1000) % 60, t % 1000];
  return `${dateOfDay(day) ?? ''}T${pad(h)}:${pad(min)}:${pad(sec)}.${pad(milli, 3)}Z`;
}

/**
 * A date-time rewritten in canonical UTC; null when it is not a valid date-time.
 *
 * @example
 * toUtcDatetime('2024-03-01T10:00+08:00') // '2024-03-01T02:00:00.000Z'
 */
export function toUtcDatetime(s: unknown): string | null {
  const instant = instantOf(s);
  return instant === null ? null : utcDatetime(instant);
}

/**
 * The day number of the date a date or date-time is written on (a date-time at its own offset:
 * `2024-03-01T23:30+08:00` is 1 March); null when it is neither.
 *
 * @example
 * writtenDay('1970-01-02T23:30:00-05:00') // 1
 */
export function writtenDay(s: unknown): number | null {
  return dayNumber(s) ?? parseDatetime(s)?.day ?? null;
}

/**
 * The date `days` (an integer, negative for earlier) after a date; null when either is not
 * valid or the result leaves years 0000–9999.
 *
 * @example
 * addDays('2025-02-27', 3) // '2025-03-02'
 */
export function addDays(date: string, days: number): string | null {
  const n = dayNumber(date);
  return n === null || !Number.isInteger(days) ? null : dateOfDay(n + days);
}

/**
 * Whole days from `start` to `end`, each a date or a date-time read by the date it is written
 * on (Excel's DAYS); null when either is neither.
 *
 * @example
 * daysBetween('2024-03-01', '2024-02-01') // 29
 */
export function daysBetween(end: unknown, start: unknown): number | null {
  const [e, s] = [writtenDay(end), writtenDay(start)];
  return e === null || s === null ? null : e - s;
}
