import { describe, expect, it } from 'vitest';
import { agingChart, gradeChart, rateChart } from './test-charts.js';
import { chartTotal, formatValue, isEmptyChart, NO_VALUE } from './values.js';

describe('formatValue', () => {
  it('writes each unit as people read it, in both languages', () => {
    expect(formatValue(30000.25, 'money', 'en')).toBe('¥30,000.25');
    expect(formatValue(30000.25, 'money', 'zh-CN')).toBe('30,000.25 元');
    expect(formatValue(0.857143, 'percent', 'en')).toBe('85.7%');
    expect(formatValue(1234, 'count', 'en')).toBe('1,234');
    expect(formatValue(24.538, 'number', 'en')).toBe('24.54');
    expect(formatValue(null, 'money', 'en')).toBe(NO_VALUE);
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
