import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, isoDate } from './date.js';

describe('formatDate', () => {
  it('writes calendar dates per language without shifting them', () => {
    expect(formatDate('2024-06-30', 'en')).toBe('Jun 30, 2024');
    expect(formatDate('2024-06-30', 'zh-CN')).toBe('2024年6月30日');
    expect(formatDate('2008-01-01', 'en')).toBe('Jan 1, 2008');
  });

  it('leaves what is not a date alone', () => {
    expect(formatDate('soon', 'en')).toBe('soon');
    expect(formatDate('2024-13-45', 'en')).toBe('2024-13-45');
    expect(formatDate('2023-02-29', 'zh-CN')).toBe('2023-02-29');
  });
});

describe('formatDateTime', () => {
  it('shows the instant in the given zone, 24-hour', () => {
    expect(formatDateTime('2024-06-30T06:05:00Z', 'zh-CN', 'Asia/Shanghai')).toBe('2024年6月30日 14:05');
    expect(formatDateTime('2024-06-30T06:05:00Z', 'en', 'UTC')).toBe('Jun 30, 2024, 06:05');
    expect(formatDateTime('nope', 'en')).toBe('nope');
  });
});

describe('isoDate', () => {
  it('gives the date in the zone', () => {
    expect(isoDate(new Date('2024-06-30T20:00:00Z'), 'Asia/Shanghai')).toBe('2024-07-01');
    expect(isoDate(new Date('2024-06-30T20:00:00Z'), 'UTC')).toBe('2024-06-30');
  });
});
