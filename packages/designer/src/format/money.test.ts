import { describe, expect, it } from 'vitest';
import { formatMoney, formatNumber, formatRound, formatPercent, formatWeight, groupDigits } from './money.js';

describe('formatMoney', () => {
  it('writes yuan per language', () => {
    expect(formatMoney(1234.56, 'en')).toBe('¥1,234.56');
    expect(formatMoney(1234.56, 'zh-CN')).toBe('1,234.56 元');
    expect(formatMoney(186_500_000.5, 'en')).toBe('¥186,500,000.50');
    expect(formatMoney(0, 'zh-CN')).toBe('0.00 元');
  });

  it('rounds half up to fen as written, and keeps the sign', () => {
    expect(formatMoney(1.005, 'en')).toBe('¥1.01');
    expect(formatMoney(-1234.565, 'zh-CN')).toBe('-1,234.57 元');
    expect(formatMoney(-0.001, 'en')).toBe('¥0.00');
  });
});

describe('numbers and percentages', () => {
  it('groups and fixes decimals', () => {
    expect(formatNumber(1234.5, 'en', 2)).toBe('1,234.50');
    expect(formatNumber(69.45, 'zh-CN', 1)).toBe('69.5');
  });

  it('shows fractions and weights as percentages', () => {
    expect(formatPercent(0.355, 'en', 1)).toBe('35.5%');
    expect(formatPercent(0.07, 'zh-CN')).toBe('7%');
    expect(formatWeight(4250, 'en')).toBe('42.50%');
    expect(formatWeight(10_000, 'zh-CN')).toBe('100.00%');
  });
});

describe('round numbers in words', () => {
  it('writes exact 万 and 亿 in Chinese, separators otherwise and in English', () => {
    expect([500_000, 15_000, 12_300, 10_000_000, 150_000_000, -2_000_000].map((n) => formatRound(n, 'zh-CN'))).toEqual(['50 万', '1.5 万', '1.23 万', '1,000 万', '1.5 亿', '-200 万']);
    expect([123_456, 9_000, 2.5].map((n) => formatRound(n, 'zh-CN'))).toEqual(['123,456', '9,000', '2.50']);
    expect([500_000, 150_000_000].map((n) => formatRound(n, 'en'))).toEqual(['500,000', '150,000,000']);
  });
});

describe('typed digits', () => {
  it('groups thousands as typed', () => {
    expect(groupDigits('186500000.5')).toBe('186,500,000.5');
    expect(groupDigits(-1234567)).toBe('-1,234,567');
    expect(groupDigits('12.3456')).toBe('12.3456');
    expect(groupDigits(undefined)).toBe('');
  });
});
