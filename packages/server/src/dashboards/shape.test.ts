import { compileDashboard } from '@heng/engine';
import type { ChartDefinition, DashboardDefinition, FieldInfo, LocalizedText } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { MAX_ROWS } from './chart-query.js';
import type { ChartRow } from './chart-query.js';
import { shapeChart } from './shape.js';

const t = (en: string): LocalizedText => ({ en, 'zh-CN': en });
const fields: FieldInfo[] = [
  { id: 'grade', type: 'single_select', kind: 'text', options: ['A', 'B', 'C'] },
  { id: 'region', type: 'single_select', kind: 'text', options: ['east', 'south'] },
  { id: 'amount', type: 'money', kind: 'number' },
  { id: 'paid', type: 'money', kind: 'number' },
  { id: 'issued_on', type: 'date', kind: 'date' },
];
const ctx = { forms: new Map([['r', new Map(fields.map((f) => [f.id, f]))]]), roles: new Set<string>(), flows: new Set<string>(), scorecards: new Map() };

function chartOf(chart: Partial<ChartDefinition>) {
  const def: DashboardDefinition = { kind: 'dashboard', id: 'd', name: t('D'), filters: [], charts: [{ id: 'c', title: t('C'), type: 'bar', form: 'r', metric: { aggregate: 'count' }, ...chart }] };
  return compileDashboard(def, ctx).charts[0]!;
}
const row = (g: string | null, a: string | null, s: string | null = null, b: string | null = null): ChartRow => ({ g, s, a, b });
const label = (_dim: 0 | 1, key: string | null) => t(key ?? '(empty)');

describe('shapeChart', () => {
  it('keeps the statement order of categories by value, and the empty group', () => {
    const out = shapeChart(chartOf({ groupBy: { field: 'grade' } }), [row('B', '5'), row('A', '3'), row(null, '1')], label);
    expect(out.categories.map((c) => c.key)).toEqual(['B', 'A', null]);
    expect(out.series).toEqual([{ key: null, label: t('C'), values: [5, 3, 1] }]);
    expect(out.truncated).toBe(false);
  });

  it('puts a select in option order when sorted by group', () => {
    const out = shapeChart(chartOf({ groupBy: { field: 'grade' }, sort: { by: 'group', order: 'desc' } }), [row('A', '3'), row('C', '1'), row('B', '5')], label);
    expect(out.categories.map((c) => c.key)).toEqual(['C', 'B', 'A']);
  });

  it('divides ratios, scales by the days of each month, and leaves gaps without a value', () => {
    const chart = chartOf({ type: 'line', groupBy: { field: 'issued_on', bucket: 'month' }, metric: { ratio: [{ aggregate: 'sum', field: 'paid' }, { aggregate: 'sum', field: 'amount' }], scale: 'bucketDays' } });
    const out = shapeChart(chart, [row('2024-01', '50', null, '100'), row('2024-03', '1', null, '3'), row('2024-04', '5', null, '0')], label);
    expect(out.categories.map((c) => c.key)).toEqual(['2024-01', '2024-02', '2024-03', '2024-04']);
    expect(out.series[0]!.values).toEqual([15.5, null, 10.33, null]);
    expect(out.unit).toBe('days');
  });

  it('ranks categories by their total over the series, then keeps the top N', () => {
    const chart = chartOf({ groupBy: { field: 'region' }, series: { field: 'grade' }, metric: { aggregate: 'sum', field: 'amount' }, limit: 1 });
    const out = shapeChart(chart, [row('east', '10', 'A'), row('south', '8', 'A'), row('south', '7', 'C')], label);
    expect(out.categories.map((c) => c.key)).toEqual(['south']);
    expect(out.series.map((x) => [x.key, x.values])).toEqual([['A', [8]], ['C', [7]]]);
    // Said: one of two regions shown, and what both add up to; an average adds up to nothing.
    expect(out.beyondLimit).toEqual({ groups: 2, total: 25 });
    const avg = shapeChart({ ...chart, definition: { ...chart.definition, metric: { aggregate: 'avg', field: 'amount' } } }, [row('east', '10', 'A'), row('south', '8', 'A')], label);
    expect(avg.beyondLimit).toEqual({ groups: 2, total: null });
    expect(shapeChart(chartOf({ groupBy: { field: 'region' }, metric: { aggregate: 'count' }, limit: 2 }), [row('east', '1', null)], label).beyondLimit).toBeUndefined();
  });

  it('orders series by their order, then options, then text, the empty one last; labels alone do not order them', () => {
    const rows = [row('east', '1', null), row('east', '2', 'B'), row('east', '3', 'A'), row('east', '4', 'C')];
    const ordered = chartOf({ groupBy: { field: 'region' }, series: { field: 'grade', labels: { C: t('Watch'), A: t('Good') }, order: ['C', 'A'] } });
    expect(shapeChart(ordered, rows, label).series.map((x) => x.key)).toEqual(['C', 'A', 'B', null]);
    // A stored object's keys come back in PostgreSQL's order (shortest first), not as written: they set no order.
    const labelled = chartOf({ groupBy: { field: 'region' }, series: { field: 'grade', labels: { C: t('Watch'), A: t('Good') } } });
    expect(shapeChart(labelled, rows, label).series.map((x) => x.key)).toEqual(['A', 'B', 'C', null]);
  });

  it('gives a key figure its one value, and says when rows were cut', () => {
    expect(shapeChart(chartOf({ type: 'kpi', metric: { aggregate: 'avg', field: 'amount' } }), [row(null, '3.333333333')], label).value).toBe(3.3333);
    expect(shapeChart(chartOf({ type: 'kpi', metric: { aggregate: 'sum', field: 'amount' } }), [row(null, null)], label).value).toBe(0);
    const many = Array.from({ length: MAX_ROWS + 1 }, (_, i) => row(`g${i}`, '1'));
    expect(shapeChart(chartOf({ groupBy: { field: 'region' } }), many, label)).toMatchObject({ truncated: true });
  });
});
