/**
 * @module The values of a list API's filters as query parameters: one value read as its field's
 * kind stores it, and an `in` filter's values in one parameter, separated by commas, a comma or
 * backslash inside a value escaped with a backslash (`a\,b`), so any text round-trips.
 */
import type { ValueKind } from './catalog.js';
import { isCalendarDate, toUtcDatetime } from './calendar.js';

/**
 * One filter value as a field of `kind` stores it (a number, `true`, a date, a UTC date-time, the
 * text as is), or undefined when it is not one; the server and a list's address read it alike.
 *
 * @example
 * queryValue('number', '0.35') // 0.35
 * queryValue('date', '2024-13-01') // undefined
 */
export function queryValue(kind: ValueKind, raw: string): string | number | boolean | undefined {
  if (kind === 'number') {
    const n = raw.trim() === '' ? Number.NaN : Number(raw);
    return Number.isFinite(n) ? n : undefined;
  }
  if (kind === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : undefined;
  if (kind === 'date') return isCalendarDate(raw) ? raw : undefined;
  if (kind === 'datetime') return toUtcDatetime(raw) ?? undefined;
  return raw;
}

/**
 * The values as one `in` parameter.
 *
 * @example
 * joinValueList(['steel', 'Zhou, Wu & Co.']) // 'steel,Zhou\\, Wu & Co.'
 */
export function joinValueList(values: readonly string[]): string {
  return values.map((v) => v.replace(/[\\,]/g, (c) => `\\${c}`)).join(',');
}

/**
 * The values of one `in` parameter. A backslash escapes only a comma or a backslash; before any
 * other character, or last, it is itself (so a value written before escaping reads as it did).
 *
 * @example
 * splitValueList('steel,Zhou\\, Wu & Co.') // ['steel', 'Zhou, Wu & Co.']
 * splitValueList('C:\\temp') // ['C:\\temp']
 */
export function splitValueList(raw: string): string[] {
  const values: string[] = [];
  let value = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    const next = raw[i + 1];
    if (c === '\\' && (next === ',' || next === '\\')) {
      value += next;
      i++;
    } else if (c === ',') {
      values.push(value);
      value = '';
    } else {
      value += c;
    }
  }
  values.push(value);
  return values;
}
