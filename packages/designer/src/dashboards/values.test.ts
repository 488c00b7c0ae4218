import { describe, expect, it } from 'vitest';
import { agingChart, gradeChart, rateChart } from './test-charts.js';
import { axisValue, chartTotal, formatValue, isEmptyChart, NO_VALUE } from './values.js';

describe('formatValue', () => {
  it('writes each unit as people read it, in both languages', () => {
    expect(formatValue(30000.25, 'money', 'en')).toBe('¥30,000.25');
    expect(formatValue(30000.25, 'money', 'zh-CN')).toBe('30,000.25 元');
    expect(formatValue(0.857143, 'percent', 'en')).toBe('85.7%');
    expect(formatValue(1234, 'count', 'en')).toBe('1,234');
    expect(formatValue(24.538, 'number', 'en')).toBe('24.54');
    expect(formatValue(32.46, 'days', 'zh-CN')).toBe('32.5 天');
    expect(formatValue(1, 'days', 'en')).toBe('1.0 days');
    expect(formatValue(null, 'money', 'en')).toBe(NO_VALUE);
  });

  it('keeps two significant digits of a percentage under 1%, so a small rate reads as what it is, not 0.0% or 0.1%', () => {
    expect([0.000142, 0.0004, 0.0006, 0.0014, 0.005, 0.00000123, 0.01, 0, -0.000142].map((v) => formatValue(v, 'percent', 'en')))
      .toEqual(['0.014%', '0.040%', '0.060%', '0.14%', '0.50%', '0.0001%', '1.0%', '0.0%', '-0.014%']);
  });
});

describe('chartTotal', () => {
  it('adds counts and money exactly, not ratios', () => {
    expect(chartTotal(agingChart)).toBe(60000.3);
    expect(chartTotal(gradeChart)).toBe(4);
    expect(chartTotal(rateChart)).toBeNull();
    expect(chartTotal({ ...agingChart, type: 'kpi', value: 7 })).toBe(7);
  });
});

describe('isEmptyChart', () => {
  it('is empty without groups or with only zeros and gaps', () => {
    expect(isEmptyChart(agingChart)).toBe(false);
    expect(isEmptyChart({ ...agingChart, categories: [] })).toBe(true);
    expect(isEmptyChart({ ...rateChart, series: [{ ...rateChart.series[0]!, values: [null, 0] }] })).toBe(true);
    expect(isEmptyChart({ ...gradeChart, type: 'kpi', value: null })).toBe(true);
  });
});

describe('axisValue', () => {
  it('writes money ticks short with ¥ once, in each language', () => {
    expect([0, 5000, 1_000_000, 70_000_000, 150_000_000].map((v) => axisValue(v, 'money', 'zh-CN'))).toEqual(['¥0', '¥5,000', '¥100万', '¥7000万', '¥1.5亿']);
    expect([0, 5000, 1_000_000, 70_000_000, 150_000_000].map((v) => axisValue(v, 'money', 'en'))).toEqual(['¥0', '¥5,000', '¥1M', '¥70M', '¥150M']);
    expect(axisValue(-20000, 'money', 'en')).toBe('-¥20K');
  });

  it('writes counts and days compact, percentages whole when they are', () => {
    // Small steps are written out: 0.1 and 0.15 are two ticks, not "0.1" twice.
    expect([0, 0.05, 0.1, 0.15, 0.2].map((v) => axisValue(v, 'number', 'en'))).toEqual(['0', '0.05', '0.1', '0.15', '0.2']);
    expect([axisValue(100, 'number', 'en'), axisValue(12000, 'count', 'zh-CN'), axisValue(12000, 'count', 'en'), axisValue(0.8, 'percent', 'zh-CN'), axisValue(0.005, 'percent', 'en')]).toEqual(['100', '1.2万', '12K', '80%', '0.5%']);
  });
});
