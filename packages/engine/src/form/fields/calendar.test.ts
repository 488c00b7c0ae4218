import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate, isIsoDatetime } from './calendar.js';

describe('calendar', () => {
  it('knows leap years', () => {
    expect(isCalendarDate('2000-02-29')).toBe(true);
    expect(isCalendarDate('1900-02-29')).toBe(false);
    expect(isCalendarDate('2024-04-31')).toBe(false);
    expect(isCalendarDate('0000-01-01')).toBe(false);
  });

  it('agrees with the UTC calendar on every day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1970, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const real = new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10) === s;
        expect(isCalendarDate(s)).toBe(real);
      }),
    );
  });

  it('needs an offset on a datetime', () => {
    expect(isIsoDatetime('2024-03-31T09:30:00+08:00')).toBe(true);
    expect(isIsoDatetime('2024-03-31T09:30:00')).toBe(false);
    expect(isIsoDatetime('2024-03-31T09:60:00Z')).toBe(false);
    expect(isIsoDatetime('2024-03-31T09:30:00+24:00')).toBe(false);
  });
});
