import { describe, it, expect } from 'vitest';
import { dayNumber, readRows, readValue } from './values.js';

describe('dayNumber', () => {
  it('counts days since 1970-01-01 for valid calendar dates', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2024-03-01')).toBe((dayNumber('2024-02-28') ?? 0) + 2);
    expect(dayNumber('1969-12-31')).toBe(-1);
  });

  it('agrees with Date.UTC across centuries and leap years', () => {
    for (const date of ['0001-01-01', '1900-02-28', '1900-03-01', '2000-02-29', '2000-03-01', '2024-12-31', '2100-03-01', '9999-12-31']) {
      expect(dayNumber(date)).toBe(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
    }
    expect(dayNumber('1900-02-29')).toBeNull();
    expect(dayNumber('2000-04-31')).toBeNull();
    expect(dayNumber('2024-00-10')).toBeNull();
  });

  it('uses the date a date-time is written in', () => {
    expect(dayNumber('2024-03-01T23:59:59-11:00')).toBe(dayNumber('2024-03-01'));
  });

  it('is null for anything else', () => {
    expect(dayNumber('2023-02-29')).toBeNull();
    expect(dayNumber('2024-13-01')).toBeNull();
    expect(dayNumber('2024-1-1')).toBeNull();
    expect(dayNumber('2024-01-01x')).toBeNull();
    expect(dayNumber(20240101)).toBeNull();
    expect(dayNumber(null)).toBeNull();
  });
});

describe('readValue', () => {
  it('keeps values of the right shape', () => {
    expect(readValue(12.5, 'number')).toBe(12.5);
    expect(readValue('x', 'text')).toBe('x');
    expect(readValue(false, 'boolean')).toBe(false);
    expect(readValue('2024-02-29', 'date')).toBe('2024-02-29');
    expect(readValue('2024-02-29T08:00:00+08:00', 'datetime')).toBe('2024-02-29T08:00:00+08:00');
    expect(readValue(['a', 1, 'b'], 'list')).toEqual(['a', 'b']);
  });

  it('reads anything else as null', () => {
    expect(readValue('12', 'number')).toBeNull();
    expect(readValue(Infinity, 'number')).toBeNull();
    expect(readValue(1, 'text')).toBeNull();
    expect(readValue('true', 'boolean')).toBeNull();
    expect(readValue('2024-02-30', 'date')).toBeNull();
    expect(readValue('2024-02-29', 'datetime')).toBeNull();
    expect(readValue('2024-02-29T25:00:00Z', 'datetime')).toBeNull();
    expect(readValue('a', 'list')).toBeNull();
    expect(readValue([], 'table')).toBeNull();
    expect(readValue(undefined, 'number')).toBeNull();
  });

  it('folds -0 into 0', () => {
    expect(Object.is(readValue(-0, 'number'), 0)).toBe(true);
  });
});

describe('readRows', () => {
  it('keeps object rows of a list only', () => {
    expect(readRows([{ a: 1 }, null, 3, [1], { b: 2 }])).toEqual([{ a: 1 }, { b: 2 }]);
    expect(readRows({ a: 1 })).toBeNull();
  });
});
