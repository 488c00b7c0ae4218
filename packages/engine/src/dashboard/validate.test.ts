import { describe, expect, it } from 'vitest';
import { dashboardContext, sampleDashboard, withChart } from './test-kit.js';
import { validateDashboard } from './validate.js';

const ctx = dashboardContext();
const at = (input: unknown) => validateDashboard(input, ctx).map((p) => `${p.path} ${p.code}`);

describe('validateDashboard', () => {
  it('passes the sample dashboard', () => {
    expect(validateDashboard(sampleDashboard, ctx)).toEqual([]);
  });

  it('reports structure alone, with paths', () => {
    expect(at({ kind: 'dashboard', id: 'x', name: { en: 'X', 'zh-CN': 'X' }, filters: [], charts: [{ id: 'a', title: { en: 'A', 'zh-CN': 'A' }, type: 'donut', form: 'customer', metric: { aggregate: 'median' } }] })).toEqual([
      '/charts/0/type schema.enum',
      '/charts/0/metric/aggregate schema.enum',
    ]);
    expect(at(withChart(0, { metric: { ratio: [{ aggregate: 'sum' }], scale: 'days' } }))).toEqual(['/charts/0/metric/ratio schema.minItems', '/charts/0/metric/scale schema.const']);
    expect(at(withChart(0, { groupBy: { field: 'customer.region.name' } }))).toEqual(['/charts/0/groupBy/field schema.pattern']);
    expect(at(withChart(0, { metricLabel: { en: 'Overdue amount', 'zh-CN': '逾期金额' } }))).toEqual([]);
    expect(at(withChart(0, { metricLabel: 'Overdue amount' }))).toEqual(['/charts/0/metricLabel schema.type']);
  });

  it('finds duplicate chart and filter ids', () => {
    const def = { ...sampleDashboard, filters: [...sampleDashboard.filters, sampleDashboard.filters[0]], charts: [...sampleDashboard.charts, sampleDashboard.charts[1]] };
    expect(at(def)).toEqual(['/filters/1/id dashboard.filter.id.duplicate', '/charts/4/id dashboard.chart.id.duplicate']);
  });

  it('names unknown forms and fields, with the likely one', () => {
    const problems = validateDashboard(withChart(0, { form: 'custmer' }), ctx);
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual(['/charts/0/form dashboard.form.unknown']);
    expect(problems[0]!.message).toContain('Did you mean "customer"?');
    expect(problems[0]!.messageZh).toContain('是否应为 "customer"');
    expect(at(withChart(0, { groupBy: { field: 'grdae' } }))).toEqual(['/charts/0/groupBy/field dashboard.field.unknown']);
    expect(at(withChart(2, { groupBy: { field: 'customer.regoin' } }))).toEqual(['/charts/2/groupBy/field dashboard.field.unknown']);
    expect(at(withChart(2, { groupBy: { field: 'grade.label' } }))).toEqual(['/charts/2/groupBy/field dashboard.field.via']);
  });

  it('wants groups where a chart draws them, and none on a key figure', () => {
    expect(at(withChart(0, { groupBy: undefined }))).toEqual(['/charts/0/groupBy dashboard.groupBy.required']);
    expect(at(withChart(3, { groupBy: { field: 'region' } }))).toEqual(['/charts/3/groupBy dashboard.groupBy.forbidden']);
    expect(at(withChart(0, { series: { field: 'region' } }))).toEqual(['/charts/0/series dashboard.series.forbidden']);
  });

  it('fits buckets to field kinds', () => {
    expect(at(withChart(0, { groupBy: { field: 'cooperation_since' } }))).toEqual(['/charts/0/groupBy/bucket dashboard.bucket.required']);
    expect(at(withChart(0, { groupBy: { field: 'cooperation_since', bucket: 'quarter' } }))).toEqual([]);
    expect(at(withChart(0, { groupBy: { field: 'last_reviewed_at', bucket: 'month' } }))).toEqual([]);
    expect(at(withChart(0, { groupBy: { field: 'region', bucket: 'month' } }))).toEqual(['/charts/0/groupBy/bucket dashboard.bucket.kind']);
    expect(at(withChart(0, { groupBy: { field: 'region', bucket: { width: 5 } } }))).toEqual(['/charts/0/groupBy/bucket dashboard.bucket.kind']);
    expect(at(withChart(0, { groupBy: { field: 'recent_changes' } }))).toEqual(['/charts/0/groupBy/field dashboard.dimension.kind']);
    expect(at(withChart(0, { groupBy: { field: 'statements' } }))).toEqual(['/charts/0/groupBy/field dashboard.dimension.kind']);
  });

  it('takes labels for a dimension\'s values, options of a select only, and none on buckets', () => {
    const label = { en: 'Good', 'zh-CN': '良好' };
    expect(at(withChart(0, { groupBy: { field: 'grade', labels: { AA: label } } }))).toEqual([]);
    expect(at(withChart(0, { groupBy: { field: 'company_name', labels: { anything: label } } }))).toEqual([]);
    expect(at(withChart(0, { groupBy: { field: 'grade', labels: { E: label } } }))).toEqual(['/charts/0/groupBy/labels/E dashboard.labels.option']);
    expect(at(withChart(1, { groupBy: { field: 'annual_sales', bucket: { width: 10 }, labels: { '0': label } } }))).toEqual(['/charts/1/groupBy/labels dashboard.labels.bucket']);
    // An order names options of a select, and a bucketed dimension has its own.
    expect(at(withChart(0, { groupBy: { field: 'grade', order: ['A', 'E'] } }))).toEqual(['/charts/0/groupBy/order/1 dashboard.order.option']);
    expect(at(withChart(1, { groupBy: { field: 'annual_sales', bucket: { width: 10 }, order: ['0'] } }))).toEqual(['/charts/1/groupBy/order dashboard.order.bucket']);
  });

  it('wants a histogram over a number in widths', () => {
    expect(at(withChart(1, { groupBy: { field: 'annual_sales' } }))).toEqual(['/charts/1/groupBy/bucket dashboard.bucket.width']);
    expect(at(withChart(1, { groupBy: { field: 'region' } }))).toEqual(['/charts/1/groupBy/bucket dashboard.bucket.width']);
  });

  it('wants sums, averages, minimums and maximums of numbers, and a date bucket for bucketDays', () => {
    expect(at(withChart(0, { metric: { aggregate: 'sum' } }))).toEqual(['/charts/0/metric/field dashboard.metric.field.required']);
    expect(at(withChart(0, { metric: { aggregate: 'min', field: 'annual_sales' } }))).toEqual([]);
    const max = validateDashboard(withChart(0, { metric: { aggregate: 'max', field: 'region' } }), ctx);
    expect([max[0]!.message, max[0]!.messageZh]).toEqual([expect.stringContaining('a maximum needs a number'), expect.stringContaining('最大值需要数字')]);
    expect(at(withChart(0, { metric: { aggregate: 'median', field: 'annual_sales' } }))).toEqual(['/charts/0/metric/aggregate schema.enum']);
    const kind = validateDashboard(withChart(0, { metric: { aggregate: 'avg', field: 'region' } }), ctx);
    expect(kind.map((p) => `${p.path} ${p.code}`)).toEqual(['/charts/0/metric/field dashboard.metric.field.kind']);
    expect(kind[0]!.message).toContain('"region" is a single_select field');
    expect(at(withChart(0, { metric: { aggregate: 'count', field: 'statements' } }))).toEqual(['/charts/0/metric/field dashboard.metric.field.kind']);
    expect(at(withChart(3, { metric: { ratio: [{ aggregate: 'sum', field: 'total_liabilities' }, { aggregate: 'sum', field: 'totl_assets' }], scale: 'bucketDays' } }))).toEqual([
      '/charts/3/metric/ratio/1/field dashboard.field.unknown',
      '/charts/3/metric/scale dashboard.metric.scale.bucket',
    ]);
  });

  it('takes days only for values that are plain numbers', () => {
    const money = validateDashboard(withChart(2, { unit: 'days' }), ctx);
    expect(money.map((p) => `${p.path} ${p.code}`)).toEqual(['/charts/2/unit dashboard.unit.kind']);
    expect(money[0]!.message).toContain('an amount of money, not days');
    expect(money[0]!.messageZh).toContain('金额');
    expect(at(withChart(0, { unit: 'days' }))).toEqual(['/charts/0/unit dashboard.unit.kind']);
    expect(at(withChart(0, { unit: 'hours' }))).toEqual(['/charts/0/unit schema.enum']);
    expect(at(withChart(3, { metric: { ratio: [{ aggregate: 'sum', field: 'total_liabilities' }, { aggregate: 'sum', field: 'total_assets' }], scale: 365 }, unit: 'days' }))).toEqual([]);
  });

  it('names the editor\'s controls, not JSON keys, in the messages an admin meets there', () => {
    const charts = [
      withChart(0, { groupBy: undefined }),
      withChart(3, { groupBy: { field: 'region' } }),
      withChart(0, { series: { field: 'region' } }),
      withChart(0, { groupBy: { field: 'cooperation_since' } }),
      withChart(0, { groupBy: { field: 'region', bucket: 'month' } }),
      withChart(0, { groupBy: { field: 'region', bucket: { width: 5 } } }),
      withChart(1, { groupBy: { field: 'annual_sales' } }),
      withChart(3, { metric: { ratio: [{ aggregate: 'sum', field: 'total_liabilities' }, { aggregate: 'sum', field: 'total_assets' }], scale: 'bucketDays' } }),
      withChart(2, { unit: 'days' }),
    ];
    const problems = charts.flatMap((d) => validateDashboard(d, ctx));
    expect(problems).toHaveLength(charts.length);
    for (const p of problems) expect(`${p.message} ${p.messageZh}`).not.toMatch(/"(groupBy|series|bucket|width|month|quarter|bucketDays|unit)"|bucket/);
    expect(problems[0]!.messageZh).toContain('“分组字段”');
    expect(problems[0]!.message).toContain('"Group by"');
  });

  it('checks where-conditions against the form, with literal values only', () => {
    expect(at(withChart(1, { where: { all: [{ fact: 'lawsuits', operator: 'equal', value: true }] } }))).toEqual(['/charts/1/where/all/0/fact condition.fact.unknown']);
    expect(at(withChart(1, { where: { all: [{ fact: 'total_assets', operator: 'greaterThan', value: { fact: 'total_liabilities' } }] } }))).toEqual(['/charts/1/where/all/0/value dashboard.where.fact']);
    expect(at(withChart(1, { where: { fact: 'statements', path: '$.0.year', operator: 'equal', value: 2024 } }))).toEqual(['/charts/1/where/path dashboard.where.path']);
  });

  it('checks filters: their form and field, their kind, and that each reaches every chart', () => {
    expect(at({ ...sampleDashboard, filters: [{ id: 'region', field: 'region', form: 'client' }] })).toEqual(['/filters/0/form dashboard.form.unknown']);
    expect(at({ ...sampleDashboard, filters: [{ id: 'region', field: 'regoin', form: 'customer' }] })).toEqual(['/filters/0/field dashboard.field.unknown']);
    expect(at({ ...sampleDashboard, filters: [{ id: 'sales', field: 'annual_sales', form: 'customer' }] })).toEqual(['/filters/0/field dashboard.filter.kind']);
    // Without a form, each chart's own form must have the field: credit_application has no region.
    expect(at({ ...sampleDashboard, filters: [{ id: 'region', field: 'region' }] })).toEqual(['/charts/2 dashboard.filter.unknown']);
    // A filter on credit_application cannot reach charts of customer (no reference back).
    expect(at({ ...sampleDashboard, filters: [{ id: 'sp', field: 'salesperson', form: 'credit_application' }] })).toEqual([
      '/charts/0 dashboard.filter.unreachable',
      '/charts/1 dashboard.filter.unreachable',
      '/charts/3 dashboard.filter.unreachable',
    ]);
  });

  it('never throws on junk', () => {
    for (const junk of [null, 1, 'x', [], {}, { kind: 'dashboard', charts: [null] }]) expect(validateDashboard(junk, ctx).length).toBeGreaterThan(0);
  });
});
