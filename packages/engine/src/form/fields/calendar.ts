/** @module Dates and datetimes as records hold them: `YYYY-MM-DD` and ISO 8601 with an offset. */

const dateRe = /^(\d{4})-(\d{2})-(\d{2})$/;
const datetimeRe = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))$/;

/** JSON Schema pattern of a date (the calendar check is {@link isCalendarDate}). */
export const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
/** JSON Schema pattern of a datetime with an offset. */
export const DATETIME_PATTERN = '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$';

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Whether `s` is a real calendar date written `YYYY-MM-DD`.
 *
 * @example
 * isCalendarDate('2024-02-29') // true
 * isCalendarDate('2023-02-29') // false
 */
export function isCalendarDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = dateRe.exec(s);
  if (m === null) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

/**
 * Whether `s` is an ISO 8601 datetime with an offset, on a real date and a real time.
 *
 * @example
 * isIsoDatetime('2024-03-31T09:30:00+08:00') // true
 * isIsoDatetime('2024-03-31T09:30:00')       // false: no offset
 */
export function isIsoDatetime(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = datetimeRe.exec(s);
  if (m === null || !isCalendarDate(m[1])) return false;
  const [h, min, sec] = [Number(m[2]), Number(m[3]), Number(m[4] ?? 0)];
  const [oh, om] = [Number(m[6] ?? 0), Number(m[7] ?? 0)];
  return h <= 23 && min <= 59 && sec <= 59 && oh <= 23 && om <= 59;
}
