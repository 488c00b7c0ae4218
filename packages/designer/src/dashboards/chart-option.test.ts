import { describe, expect, it } from 'vitest';
import { builders, chartOption, isDrawn } from './chart-option.js';
import { agingChart, gradeChart, rateChart } from './test-charts.js';

type Axes = { xAxis: { data: string[] }; yAxis: { axisLabel: { formatter: (v: number) => string } }; legend: { show: boolean }; series: { type: string; name: string; data: (number | null)[]; stack?: string; barCategoryGap?: string }[]; tooltip: { valueFormatter: (v: unknown) => string } };

describe('chartOption', () => {
  it('stacks the series of a bar chart over its categories, in the language shown', () => {
    const o = chartOption(agingChart, 'zh-CN') as unknown as Axes;
    expect(o.xAxis.data).toEqual(['华东', '华北']);
    expect(o.series.map((s) => [s.type, s.name, s.stack, s.data])).toEqual([
      ['bar', '1-30天', 'total', [30000, 0]],
      ['bar', '60天以上', 'total', [0.1, 30000.2]],
    ]);
    expect(o.legend.show).toBe(true);
    expect(o.yAxis.axisLabel.formatter(30000)).toBe('¥3万');
  });

  it('draws a histogram\'s bars touching, and lines with gaps where nothing divides', () => {
    const h = chartOption({ ...gradeChart, type: 'histogram' }, 'en') as unknown as Axes;
    expect(h.series[0]).toMatchObject({ type: 'bar', barCategoryGap: '4%', data: [2, 1, 0, 1] });
    expect(h.series[0]!.stack).toBeUndefined();
    expect((h.yAxis as unknown as { minInterval?: number }).minInterval).toBe(1);
    const l = chartOption(rateChart, 'en') as unknown as Axes;
    expect(l.series[0]).toMatchObject({ type: 'line', data: [0.857143, null], connectNulls: false });
    expect(l.tooltip.valueFormatter(0.857143)).toBe('85.7%');
    expect(l.tooltip.valueFormatter(null)).toBe('—');
  });

  it('names the value axis of days, whose ticks are plain numbers, and no other', () => {
    const days = chartOption({ ...rateChart, unit: 'days' }, 'zh-CN') as unknown as Axes & { yAxis: { name?: string } };
    expect([days.yAxis.name, days.yAxis.axisLabel.formatter(30), days.tooltip.valueFormatter(32.46)]).toEqual(['天', '30', '32.5 天']);
    expect((chartOption({ ...rateChart, unit: 'days' }, 'en') as unknown as { yAxis: { name?: string } }).yAxis.name).toBe('days');
    expect((chartOption(agingChart, 'en') as unknown as { yAxis: { name?: string } }).yAxis.name).toBeUndefined();
  });

  it('slices a pie by category, leaving out empty slices', () => {
    const p = chartOption(gradeChart, 'en') as unknown as { series: { type: string; data: { name: string; value: number }[] }[] };
    expect(p.series[0]!.type).toBe('pie');
    expect(p.series[0]!.data).toEqual([{ name: 'A', value: 2 }, { name: 'B', value: 1 }, { name: '(empty)', value: 1 }]);
  });

  it('has a builder for every drawn type, and draws no table or key figure', () => {
    expect(Object.keys(builders).sort()).toEqual(['bar', 'histogram', 'line', 'pie']);
    expect([isDrawn('table'), isDrawn('kpi'), isDrawn('line')]).toEqual([false, false, true]);
  });

  it('draws each grade in its scorecard\'s colour: slices, bars along the axis, and series', () => {
    const graded = { ...gradeChart, categories: gradeChart.categories.map((c) => (c.key === 'B' ? { ...c, color: '#c62828' } : c)) };
    const pie = chartOption(graded, 'en') as unknown as { series: { data: { name: string; itemStyle?: { color: string } }[] }[] };
    expect(pie.series[0]!.data.map((d) => [d.name, d.itemStyle?.color])).toEqual([['A', undefined], ['B', '#c62828'], ['(empty)', undefined]]);
    const bar = chartOption({ ...graded, type: 'bar' }, 'en') as unknown as { series: { data: unknown[] }[] };
    expect(bar.series[0]!.data).toEqual([2, { value: 1, itemStyle: { color: '#c62828' } }, 0, 1]);
    const stacked = { ...agingChart, series: agingChart.series.map((x, i) => (i === 1 ? { ...x, color: '#c62828' } : x)) };
    const bars = chartOption(stacked, 'en') as unknown as { series: { itemStyle?: { color: string }; data: unknown[] }[] };
    expect(bars.series.map((x) => x.itemStyle?.color)).toEqual([undefined, '#c62828']);
    expect(bars.series[1]!.data).toEqual([0.1, 30000.2]);
  });
});
