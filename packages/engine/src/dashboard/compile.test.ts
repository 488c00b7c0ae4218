import { describe, expect, it } from 'vitest';
import { compileDashboard } from './compile.js';
import { chartOrder } from './order.js';
import { dashboardContext, sampleDashboard, withChart } from './test-kit.js';

const ctx = dashboardContext();

describe('compileDashboard', () => {
  const compiled = compileDashboard(sampleDashboard, ctx);
  const [grades, sales, requests, leverage] = compiled.charts;

  it('resolves dimensions on the chart form and through a reference field', () => {
    expect(grades!.group?.path).toMatchObject({ form: 'customer', info: { id: 'grade', type: 'single_select' } });
    expect(grades!.group?.path.via).toBeUndefined();
    expect(requests!.group?.path).toMatchObject({ form: 'customer', info: { id: 'industry' }, via: { id: 'customer', type: 'reference', target: 'customer' } });
    expect(requests!.series?.path).toMatchObject({ form: 'credit_application', info: { id: 'grade' } });
    expect(sales!.group?.bucket).toEqual({ width: 10_000_000 });
  });

  it('applies each filter directly or through the reference to its form', () => {
    expect(grades!.filters.get('region')).toMatchObject({ form: 'customer', info: { id: 'region' } });
    expect(grades!.filters.get('region')?.via).toBeUndefined();
    expect(requests!.filters.get('region')).toMatchObject({ form: 'customer', info: { id: 'region' }, via: { id: 'customer' } });
    expect(compiled.filters.get('region')).toMatchObject({ form: 'customer', info: { id: 'region', options: ['east', 'south', 'north', 'central', 'west'] } });
  });

  it('lists every field a chart reads, for field access', () => {
    expect(sales!.reads.map((r) => `${r.via?.id ?? ''}>${r.form}.${r.info.id}`)).toEqual(['>customer.annual_sales', '>customer.lawsuits_pending']);
    expect(requests!.reads.map((r) => `${r.via?.id ?? ''}>${r.form}.${r.info.id}`)).toEqual(['customer>customer.industry', '>credit_application.grade', '>credit_application.amount']);
    expect(leverage!.reads.map((r) => r.info.id)).toEqual(['total_liabilities', 'total_assets']);
  });

  it('gives each chart the unit of its values', () => {
    expect(compiled.charts.map((c) => c.unit)).toEqual(['count', 'count', 'money', 'percent']);
    const dso = compileDashboard(withChart(3, { type: 'line', groupBy: { field: 'cooperation_since', bucket: 'month' }, metric: { ratio: [{ aggregate: 'sum', field: 'total_liabilities' }, { aggregate: 'sum', field: 'total_assets' }], scale: 'bucketDays' } }), ctx);
    expect(dso.charts[3]!.unit).toBe('days');
    const avg = compileDashboard(withChart(3, { metric: { aggregate: 'avg', field: 'gross_margin' } }), ctx);
    expect(avg.charts[3]!.unit).toBe('percent');
    // A number the form cannot say is days, the chart says so.
    const scaled = { ratio: [{ aggregate: 'sum', field: 'total_liabilities' }, { aggregate: 'sum', field: 'total_assets' }], scale: 365 };
    expect(compileDashboard(withChart(3, { metric: scaled }), ctx).charts[3]!.unit).toBe('number');
    expect(compileDashboard(withChart(3, { metric: scaled, unit: 'days' }), ctx).charts[3]!.unit).toBe('days');
  });

  it('orders ordered groups by group and categories by value, unless the chart says', () => {
    expect(chartOrder(grades!)).toEqual({ by: 'value', order: 'desc' });
    expect(chartOrder(sales!)).toEqual({ by: 'group', order: 'asc' });
    expect(chartOrder(requests!)).toEqual({ by: 'value', order: 'desc' });
    const line = compileDashboard(withChart(0, { type: 'line' }), ctx).charts[0]!;
    expect(chartOrder(line)).toEqual({ by: 'group', order: 'asc' });
    const sorted = compileDashboard(withChart(0, { sort: { by: 'group', order: 'desc' } }), ctx).charts[0]!;
    expect(chartOrder(sorted)).toEqual({ by: 'group', order: 'desc' });
  });

  it('refuses a definition with problems', () => {
    expect(() => compileDashboard(withChart(0, { form: 'nope' }), ctx)).toThrow(/charts\/0\/form/);
  });
});
