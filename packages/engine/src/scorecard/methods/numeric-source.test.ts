import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditCatalog } from '../test-kit.js';
import { isEmpty, numericReader, ymd } from './numeric-source.js';

describe('ymd', () => {
  it('reads valid dates and rejects the rest', () => {
    expect(ymd('2024-02-29')).toBe(20240229);
    expect(ymd('2024-13-01')).toBeNaN();
    expect(ymd('2024-1-01')).toBeNaN();
    expect(ymd('2024/01/01')).toBeNaN();
    expect(ymd('20a4-01-01')).toBeNaN();
    expect(ymd(20240101)).toBeNaN();
  });

  it('agrees with a pattern and range check on any ten characters', () => {
    const chars = fc.constantFrom(...'0123456789-/: a'.split(''));
    const reference = (s: string) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
      if (m === null || +(m[2] as string) < 1 || +(m[2] as string) > 12 || +(m[3] as string) < 1 || +(m[3] as string) > 31) return NaN;
      return +(m[1] as string) * 10000 + +(m[2] as string) * 100 + +(m[3] as string);
    };
    const dateLike = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string({ unit: chars, minLength: 10, maxLength: 10 })), (s) => {
        expect(ymd(s)).toStrictEqual(reference(s));
      }),
    );
  });
});

describe('ages of dates', () => {
  const age = (date: string, today: string, unit: 'years' | 'months' | 'days') => numericReader('founded', unit, creditCatalog)(date, { today });

  it('counts completed years, months and days', () => {
    expect(age('2015-06-30', '2024-06-29', 'years')).toBe(8);
    expect(age('2015-06-30', '2024-06-30', 'years')).toBe(9);
    expect(age('2024-01-31', '2024-03-30', 'months')).toBe(1);
    expect(age('2024-01-31', '2024-03-31', 'months')).toBe(2);
    expect(age('2024-02-28', '2024-03-01', 'days')).toBe(2);
    expect(age('2023-02-28', '2023-03-01', 'days')).toBe(1);
  });

  it('is negative for a date after today and NaN for a bad date', () => {
    expect(age('2026-07-01', '2024-06-30', 'years')).toBe(-2);
    expect(age('not a date', '2024-06-30', 'years')).toBeNaN();
    expect(age('2020-01-01', 'bad', 'years')).toBeNaN();
  });
});

describe('numericReader', () => {
  const env = { today: '2024-07-01' };

  it('takes finite numbers as they are', () => {
    const read = numericReader('debt_ratio', undefined, creditCatalog);
    expect(read(0.35, env)).toBe(0.35);
    expect(read('0.35', env)).toBeNaN();
    expect(read(Infinity, env)).toBeNaN();
    expect(read(null, env)).toBeNaN();
  });

  it('turns a date field into its age at today, years by default, following today as it changes', () => {
    const read = numericReader('founded', undefined, creditCatalog);
    expect(read('2015-06-30', env)).toBe(9);
    expect(read('2015-06-30', { today: '2024-06-29' })).toBe(8);
    expect(numericReader('founded', 'days', creditCatalog)('2024-06-30', env)).toBe(1);
  });
});

describe('isEmpty', () => {
  it('treats absent, null and blank text as empty, and nothing else', () => {
    expect([undefined, null, ''].every(isEmpty)).toBe(true);
    expect([0, false, ' ', []].some(isEmpty)).toBe(false);
  });
});
