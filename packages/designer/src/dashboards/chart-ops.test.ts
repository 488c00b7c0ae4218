import { validateDashboard } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { ctx, empty, t } from './test-forms.js';
import { addChart, moveChart, removeChart, setChartForm, setChartType, setDimension, setMetric, setMetricLabel, setPart, updateChart } from './chart-ops.js';

describe('chart edits', () => {
  it('adds a counted bar chart that the engine accepts, with fresh ids', () => {
    const one = addChart(empty, 'customer', t('New chart', '新图表'), 'industry');
    expect(one.id).toBe('chart_1');
    expect(one.def.charts[0]).toEqual({ id: 'chart_1', title: t('New chart', '新图表'), type: 'bar', form: 'customer', metric: { aggregate: 'count' }, groupBy: { field: 'industry' } });
    expect(validateDashboard(one.def, ctx)).toEqual([]);
    const two = addChart(one.def, 'receivable', t('B'));
    expect(two.id).toBe('chart_2');
    expect(validateDashboard(two.def, ctx).map((p) => `${p.path} ${p.code}`)).toEqual(['/charts/1/groupBy dashboard.groupBy.required']);
    expect(empty.charts).toEqual([]);
  });

  it('removes and moves charts, unchanged at the ends and for unknown ids', () => {
    const def = addChart(addChart(addChart(empty, 'customer', t('A')).def, 'customer', t('B')).def, 'customer', t('C')).def;
    expect(moveChart(def, 'chart_3', -1).charts.map((c) => c.id)).toEqual(['chart_1', 'chart_3', 'chart_2']);
    expect(moveChart(def, 'chart_1', 1).charts.map((c) => c.id)).toEqual(['chart_2', 'chart_1', 'chart_3']);
    expect(moveChart(def, 'chart_1', -1)).toBe(def);
    expect(moveChart(def, 'chart_3', 1)).toBe(def);
    expect(removeChart(def, 'chart_2').charts.map((c) => c.id)).toEqual(['chart_1', 'chart_3']);
    expect(removeChart(def, 'nope')).toBe(def);
    expect(updateChart(def, 'nope', (c) => c)).toBe(def);
  });

  it('keeps a chart consistent with its type: key figures lose grouping, histograms get a width', () => {
    const bar = { ...addChart(empty, 'receivable', t('A'), 'customer.industry').def.charts[0]!, series: { field: 'customer' }, limit: 5, sort: { by: 'value', order: 'desc' } as const };
    const kpi = setChartType(bar, 'kpi');
    expect(kpi).not.toHaveProperty('groupBy');
    expect(kpi).not.toHaveProperty('series');
    expect(kpi).not.toHaveProperty('limit');
    expect(setChartType(bar, 'pie')).not.toHaveProperty('series');
    expect(setChartType(bar, 'line').series).toEqual({ field: 'customer' });
    const hist = setChartType(setDimension(bar, 'groupBy', { field: 'amount' }), 'histogram');
    expect(hist.groupBy).toEqual({ field: 'amount', bucket: { width: 10 } });
    expect(validateDashboard({ ...empty, charts: [hist] }, ctx)).toEqual([]);
  });

  it('clears what named the old form when the form changes', () => {
    const chart = setPart(setMetric(addChart(empty, 'receivable', t('A'), 'issued_on').def.charts[0]!, { aggregate: 'sum', field: 'amount' }), 'where', { all: [{ fact: 'amount', operator: 'greaterThan', value: 0 }] });
    expect(setChartForm(chart, 'receivable')).toBe(chart);
    expect(setChartForm(chart, 'customer')).toEqual({ id: 'chart_1', title: t('A'), type: 'bar', form: 'customer', metric: { aggregate: 'count' } });
  });

  it('writes metrics without empty fields, ratios with their scale', () => {
    const chart = addChart(empty, 'receivable', t('A'), 'issued_on').def.charts[0]!;
    expect(setMetric(chart, { aggregate: 'count', field: '' }).metric).toEqual({ aggregate: 'count' });
    const dso = setDimension(setMetric(chart, { ratio: [{ aggregate: 'sum', field: 'amount' }, { aggregate: 'count' }], scale: 'bucketDays' }), 'groupBy', { field: 'issued_on', bucket: 'month' });
    expect(dso.metric).toEqual({ ratio: [{ aggregate: 'sum', field: 'amount' }, { aggregate: 'count' }], scale: 'bucketDays' });
    expect(validateDashboard({ ...empty, charts: [dso] }, ctx)).toEqual([]);
    expect(setPart(setPart(dso, 'limit', 10), 'limit', undefined)).not.toHaveProperty('limit');
  });

  it('names a chart\'s values, and unnames them when the label is left blank in both languages', () => {
    const chart = addChart(empty, 'customer', t('A'), 'industry').def.charts[0]!;
    const named = setMetricLabel(chart, t('Overdue amount', '逾期金额'));
    expect(named.metricLabel).toEqual(t('Overdue amount', '逾期金额'));
    expect(validateDashboard({ ...empty, charts: [named] }, ctx)).toEqual([]);
    expect('metricLabel' in setMetricLabel(named, t(' ', ''))).toBe(false);
  });
});
