import { describe, expect, it } from 'vitest';
import { codes, defAt, label, valueAt } from '../test-kit.js';
import type { PercentField } from '../types.js';
import { percent, showPercent } from './percent.js';

const margin: PercentField = { id: 'gross_margin', type: 'percent', label: label('Gross margin', '毛利率'), decimals: 1, rules: { min: -1, max: 0.7 } };
const at = valueAt('Gross margin', '毛利率');

describe('percent', () => {
  it('holds a fraction: 0.183 is 18.3%', () => {
    expect(percent.checkValue(0.183, margin, at)).toEqual([]);
    expect(showPercent(0.183)).toBe('18.3%');
    expect(showPercent(0.07)).toBe('7%');
  });

  it('counts decimals of the percentage shown', () => {
    expect(codes(percent.checkValue(0.1835, margin, at))).toEqual(['value.decimals']);
    expect(percent.checkValue(0.1835, margin, at)[0]?.message).toContain('18.35%');
  });

  it('keeps at most 15 digits before the point of its percentage', () => {
    const open: PercentField = { id: 'growth', type: 'percent', label: label('Growth', '增长率') };
    expect(percent.checkValue(9_999_999_999_999.99, open, at)).toEqual([]);
    expect(codes(percent.checkValue(1e13, open, at))).toEqual(['value.range']);
  });

  it('shows bounds as percentages', () => {
    expect(percent.checkValue(0.75, margin, at)[0]?.message).toBe('Gross margin must be at most 70%: enter 70% or less.');
  });

  it('rejects non-numbers and checks its bounds', () => {
    expect(codes(percent.checkValue('35%', margin, at))).toEqual(['value.type']);
    expect(percent.checkValue('35%', margin, at)[0]?.message).toBe('Gross margin must be a fraction, not the text "35%": enter 0.35 for 35%.');
    expect(codes(percent.checkDefinition({ ...margin, rules: { min: 0.5, max: 0.1 } }, defAt()))).toEqual(['field.rules.range']);
  });

  it('keeps its bounds within the 15-digit limit as percentages, saying the largest allowed', () => {
    expect(percent.checkDefinition({ ...margin, rules: { min: -9_999_999_999_999, max: 9_999_999_999_999 } }, defAt())).toEqual([]);
    const [max] = percent.checkDefinition({ ...margin, rules: { min: 0, max: 1e14 } }, defAt());
    expect(max?.path).toBe('/fields/0/rules/max');
    expect(max?.message).toBe('The maximum 10000000000000000% is beyond what a value can hold exactly: values go from -999,999,999,999,999% to 999,999,999,999,999%. Use a maximum within that.');
    expect(max?.messageZh).toBe('最大值 10000000000000000% 超出数值能精确保存的范围（-999,999,999,999,999% 至 999,999,999,999,999%），请改为此范围内的值。');
  });
});
