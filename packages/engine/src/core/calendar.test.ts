import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateOfDay,
  dayNumber,
  daysBetween,
  daysInMonth,
  instantOf,
  isCalendarDate,
  isIsoDatetime,
  isUtcDatetime,
  toUtcDatetime,
  utcDatetime,
  writtenDay,
  DATE_PATTERN,
  DATETIME_PATTERN,
  UTC_DATETIME_PATTERN,
} from './calendar.js';

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const MIN_MS = -62_167_219_200_000; // 0000-01-01T00:00:00.000Z
const MAX_MS = 253_402_300_799_999; // 9999-12-31T23:59:59.999Z

/** The UTC calendar date of `ms` according to `Date`, years 0000–0099 included (setUTCFullYear has no 19xx quirk). */
function dateDate(y: number, m: number, d: number): string | null {
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d ? `${pad(y, 4)}-${pad(m)}-${pad(d)}` : null;
}

// A day inside the edges, so the instant can be written at any offset with a four-digit year.
const anyInstant = fc.integer({ min: MIN_MS + 86_400_000, max: MAX_MS - 86_400_000 });
const anyOffset = fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 });

/** `ms` written at `offset` minutes east of UTC, like a person in that zone would. */
function written(ms: number, offset: number): string {
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 23);
  const sign = offset < 0 ? '-' : '+';
  const a = Math.abs(offset);
  return `${local}${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

describe('isCalendarDate', () => {
  it('knows leap years, year zero and the last day of 9999', () => {
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2024-02-30')).toBe(false);
    expect(isCalendarDate('2024-04-31')).toBe(false);
    expect(isCalendarDate('0000-02-29')).toBe(true);
    expect(isCalendarDate('0050-06-15')).toBe(true);
    expect(isCalendarDate('9999-12-31')).toBe(true);
  });

  it('refuses other shapes', () => {
    for (const s of ['2024-1-01', '2024-01-1', '24-01-01', '2024/01/01', '2024-00-10', '2024-13-01', '2024-01-00', '2024-01-01T00:00Z', ' 2024-01-01', '２０２４-01-01', 20240101, null, undefined]) {
      expect(isCalendarDate(s)).toBe(false);
    }
  });

  it('agrees with the proleptic Gregorian calendar of Date on every day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const s = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
        expect(isCalendarDate(s)).toBe(m >= 1 && m <= 12 && d >= 1 && dateDate(y, m, d) === s);
      }),
    );
  });

  it('matches its JSON Schema pattern in shape', () => {
    expect(new RegExp(DATE_PATTERN).test('2024-02-30')).toBe(true);
    expect(new RegExp(DATE_PATTERN).test('2024-2-3')).toBe(false);
  });
});

describe('daysInMonth', () => {
  it('counts the days of a month', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(2025, 4)).toBe(30);
    expect(daysInMonth(2025, 12)).toBe(31);
  });
});

describe('dayNumber and dateOfDay', () => {
  it('counts days since 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2024-03-01')).toBe((dayNumber('2024-02-28') ?? 0) + 2);
    expect(dayNumber('0000-01-01')).toBe(MIN_MS / 86_400_000);
  });

  it('is null for anything but a calendar date (a date-time included)', () => {
    expect(dayNumber('2024-02-30')).toBeNull();
    expect(dayNumber('2024-03-01T10:00:00Z')).toBeNull();
    expect(dayNumber('2024-01-01x')).toBeNull();
    expect(dayNumber(19_000)).toBeNull();
  });

  it('are inverse, and agree with Date, on every day of years 0000–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_MS / 86_400_000, max: Math.floor(MAX_MS / 86_400_000) }), (n) => {
        const date = dateOfDay(n);
        expect(date).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10));
        expect(dayNumber(date)).toBe(n);
      }),
    );
  });

  it('has no date outside years 0000–9999', () => {
    expect(dateOfDay(MIN_MS / 86_400_000 - 1)).toBeNull();
    expect(dateOfDay(Math.floor(MAX_MS / 86_400_000) + 1)).toBeNull();
    expect(dateOfDay(0.5)).toBeNull();
  });
});

describe('writtenDay, addDays and daysBetween', () => {
  it('reads the date a date-time is written in, at its own offset', () => {
    expect(writtenDay('2024-03-01')).toBe(dayNumber('2024-03-01'));
    expect(writtenDay('2024-03-01T23:59:59-11:00')).toBe(dayNumber('2024-03-01'));
    expect(writtenDay('2024-03-01T01:00:00+08:00')).toBe(dayNumber('2024-03-01'));
    expect(writtenDay('2024-03-01T25:00:00Z')).toBeNull();
    expect(writtenDay('2024-03-01Tnonsense')).toBeNull();
  });

  it('moves by calendar days across months, years and leap days', () => {
    expect(addDays('2025-02-27', 3)).toBe('2025-03-02');
    expect(addDays('2024-02-27', 3)).toBe('2024-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('0050-01-01', -1)).toBe('0049-12-31');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('9999-12-31', 1)).toBeNull();
    expect(addDays('2024-02-30', 1)).toBeNull();
  });

  it('counts days from start to end', () => {
    expect(daysBetween('2024-03-01', '2024-02-01')).toBe(29);
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(-29);
    expect(daysBetween('2024-03-01T00:30:00+08:00', '2024-02-29')).toBe(1);
    expect(daysBetween('2024-03-01', 'soon')).toBeNull();
  });
});

describe('isIsoDatetime', () => {
  it('takes ISO 8601 with an offset, seconds and fractions optional', () => {
    for (const s of ['2024-03-31T09:30:00+08:00', '2024-03-31T01:30Z', '2024-03-31T09:30:00.123+08:00', '2024-03-31T09:30:00.123456789-05:30', '2024-03-31T09:30:00.000Z', '2024-03-31T23:59:59+23:59']) {
      expect(isIsoDatetime(s)).toBe(true);
    }
  });

  it('refuses a missing offset, impossible times and days, and other shapes', () => {
    for (const s of [
      '2024-03-31T09:30:00',
      '2024-03-31',
      '2024-03-31T24:00:00Z',
      '2024-03-31T09:60:00Z',
      '2024-03-31T09:30:60Z',
      '2024-03-31T09:30:00+24:00',
      '2024-03-31T09:30:00+08:60',
      '2023-02-29T10:00:00Z',
      '2024-03-31t09:30:00Z',
      '2024-03-31 09:30:00Z',
      '2024-03-31T09:30:00.Z',
      '2024-03-31T09:30:00.1234567890Z',
      '2024-03-31T9:30:00Z',
      1711848600000,
    ]) {
      expect(isIsoDatetime(s)).toBe(false);
    }
  });

  it('refuses instants that UTC cannot write with four-digit years', () => {
    expect(isIsoDatetime('0000-01-01T00:00:00Z')).toBe(true);
    expect(isIsoDatetime('0000-01-01T07:00:00+08:00')).toBe(false);
    expect(isIsoDatetime('9999-12-31T23:00:00-05:00')).toBe(false);
  });

  it('matches its JSON Schema pattern in shape', () => {
    expect(new RegExp(DATETIME_PATTERN).test('2024-03-31T09:30+08:00')).toBe(true);
    expect(new RegExp(DATETIME_PATTERN).test('2024-03-31T09:30')).toBe(false);
  });
});

describe('instants', () => {
  it('reads the instant a date-time names, like Date.parse', () => {
    expect(instantOf('1970-01-01T08:00:00+08:00')).toBe(0);
    expect(instantOf('2024-03-31T09:30:00.1239+08:00')).toBe(Date.parse('2024-03-31T09:30:00.123+08:00'));
    expect(instantOf('2024-03-31')).toBeNull();
    fc.assert(
      fc.property(anyInstant, anyOffset, (ms, offset) => {
        const s = written(ms, offset);
        expect(instantOf(s)).toBe(ms);
        if (ms >= 0) expect(instantOf(s)).toBe(Date.parse(s));
      }),
    );
  });

  it('writes an instant in canonical UTC, as toISOString does', () => {
    expect(utcDatetime(0)).toBe('1970-01-01T00:00:00.000Z');
    expect(utcDatetime(MIN_MS)).toBe('0000-01-01T00:00:00.000Z');
    expect(utcDatetime(MAX_MS)).toBe('9999-12-31T23:59:59.999Z');
    expect(utcDatetime(MIN_MS - 1)).toBeNull();
    expect(utcDatetime(MAX_MS + 1)).toBeNull();
    expect(utcDatetime(0.5)).toBeNull();
    fc.assert(fc.property(fc.integer({ min: 0, max: MAX_MS }), (ms) => {
        expect(utcDatetime(ms)).toBe(new Date(ms).toISOString());
      }),
    );
  });

  it('normalises any offset to canonical UTC, which sorts as text like the instants', () => {
    expect(toUtcDatetime('2024-03-01T10:00+08:00')).toBe('2024-03-01T02:00:00.000Z');
    expect(toUtcDatetime('2024-03-01T01:00:00+08:00')).toBe('2024-02-29T17:00:00.000Z');
    expect(toUtcDatetime('2024-03-01')).toBeNull();
    expect(toUtcDatetime(42)).toBeNull();
    fc.assert(
      fc.property(anyInstant, anyOffset, anyInstant, anyOffset, (a, oa, b, ob) => {
        const [x, y] = [toUtcDatetime(written(a, oa)), toUtcDatetime(written(b, ob))];
        expect(x !== null && y !== null && isUtcDatetime(x) && isUtcDatetime(y)).toBe(true);
        expect((x as string) < (y as string) ? -1 : x === y ? 0 : 1).toBe(Math.sign(a - b));
        expect(toUtcDatetime(x)).toBe(x);
      }),
    );
  });

  it('knows the canonical form', () => {
    expect(isUtcDatetime('2024-03-01T02:00:00.000Z')).toBe(true);
    expect(isUtcDatetime('2024-03-01T02:00:00Z')).toBe(false);
    expect(isUtcDatetime('2024-03-01T02:00:00.000+00:00')).toBe(false);
    expect(isUtcDatetime('2024-02-30T02:00:00.000Z')).toBe(false);
    expect(new RegExp(UTC_DATETIME_PATTERN).test('2024-03-01T02:00:00.000Z')).toBe(true);
  });
});
