import { describe, expect, it } from 'vitest';
import { compileDashboard } from './compile.js';
import { dashboardReferences, renameDashboardReferences } from './kind.js';
import { chartOrder } from './order.js';
import { chartCatalog, scoreColumnOf } from './score-columns.js';
import { dashboardContext, sampleDashboard, withChart } from './test-kit.js';
import { validateDashboard } from './validate.js';

const ctx = dashboardContext();
const at = (input: unknown) => validateDashboard(input, ctx).map((p) => `${p.path} ${p.code}`);
const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });

/** Charts of customers over their credit_score: grades, a score histogram, the average score, filtered by grade. */
const scored = {
  ...sampleDashboard,
  filters: [{ id: 'grade', field: 'grade:credit_score', form: 'customer' }],
  charts: [
    { id: 'grades', title: t('Grades', '等级分布'), type: 'pie', form: 'customer', groupBy: { field: 'grade:credit_score' }, metric: { aggregate: 'count' } },
    { id: 'scores', title: t('Scores', '评分分布'), type: 'histogram', form: 'customer', groupBy: { field: 'score:credit_score', bucket: { width: 10, max: 100 } }, metric: { aggregate: 'count' } },
    { id: 'average', title: t('Average score', '平均评分'), type: 'kpi', form: 'customer', metric: { aggregate: 'avg', field: 'score:credit_score' } },
    { id: 'requests', title: t('Requests by grade', '按客户等级申请'), type: 'bar', form: 'credit_application', groupBy: { field: 'customer.industry' }, metric: { aggregate: 'sum', field: 'amount' } },
  ],
};

describe('score columns in dashboards', () => {
  it('reads a column\'s scorecard and part, and nothing else as one', () => {
    expect(scoreColumnOf('grade:credit_score')).toEqual({ part: 'grade', scorecard: 'credit_score' });
    expect(scoreColumnOf('score:credit_score')).toEqual({ part: 'score', scorecard: 'credit_score' });
    expect(scoreColumnOf('region')).toBeUndefined();
    expect(scoreColumnOf('total:credit_score')).toBeUndefined();
  });

  it('offers a form its scorecards\' score (a number) and grade (the grades as options), labelled', () => {
    const catalog = chartCatalog('customer', ctx)!;
    expect(catalog.get('score:credit_score')).toMatchObject({ kind: 'number', label: { en: 'Score · Credit score' } });
    expect(catalog.get('grade:credit_score')).toMatchObject({ kind: 'text', options: ['A', 'B', 'C', 'D'], label: { 'zh-CN': '等级 · 信用评分' } });
    expect(chartCatalog('credit_application', ctx)!.has('grade:credit_score')).toBe(false);
  });

  it('groups by the grade, makes a histogram of the score, averages it, and filters charts by the grade', () => {
    expect(validateDashboard(scored, ctx)).toEqual([]);
    const compiled = compileDashboard(scored as typeof sampleDashboard, ctx);
    expect(compiled.charts[0]!.group!.path).toMatchObject({ form: 'customer', info: { id: 'grade:credit_score', options: ['A', 'B', 'C', 'D'] } });
    // Grades have an order of their own (the scorecard's, best first), as score ranges do.
    expect(chartOrder(compiled.charts[0]!)).toEqual({ by: 'group', order: 'asc' });
    expect(compiled.charts[1]!.group!.bucket).toEqual({ width: 10, max: 100 });
    expect(compiled.charts[2]!.unit).toBe('number');
    expect(compiled.charts[2]!.reads.map((r) => r.info.id)).toEqual(['score:credit_score']);
    // A chart of applications reaches the customer's grade through its customer field.
    expect(compiled.charts[3]!.filters.get('grade')).toMatchObject({ form: 'customer', info: { id: 'grade:credit_score' }, via: { id: 'customer' } });
  });

  it('says when the scorecard does not score the chart\'s form, or is not published, in both languages', () => {
    const other = validateDashboard(withChart(2, { groupBy: { field: 'grade:credit_score' } }), ctx);
    expect(other.map((p) => `${p.path} ${p.code}`)).toEqual(['/charts/2/groupBy/field dashboard.scorecard.form']);
    expect(other[0]!.message).toBe('Scorecard "credit_score" scores records of form "customer", not of "credit_application" this chart counts: pick a scorecard of "credit_application", or chart form "customer".');
    expect(other[0]!.messageZh).toContain('评分卡 "credit_score" 评的是表单 "customer" 的记录');
    const unknown = validateDashboard(withChart(0, { groupBy: { field: 'grade:credit_scor' } }), ctx);
    expect(unknown.map((p) => `${p.path} ${p.code}`)).toEqual(['/charts/0/groupBy/field dashboard.scorecard.unknown']);
    expect(unknown[0]!.message).toContain('Did you mean "credit_score"?');
    expect(at(withChart(2, { metric: { aggregate: 'avg', field: 'score:credit_score' } }))).toEqual(['/charts/2/metric/field dashboard.scorecard.form']);
    expect(at({ ...sampleDashboard, filters: [{ id: 'g', field: 'grade:nope', form: 'customer' }] })).toEqual(['/filters/0/field dashboard.scorecard.unknown']);
  });

  it('fits the columns\' kinds: grades are not numbers, scores not a filter, and neither crosses a reference', () => {
    expect(at(withChart(1, { groupBy: { field: 'grade:credit_score', bucket: { width: 10 } } }))).toEqual(['/charts/1/groupBy/bucket dashboard.bucket.width']);
    expect(at(withChart(0, { metric: { aggregate: 'sum', field: 'grade:credit_score' } }))).toEqual(['/charts/0/metric/field dashboard.metric.field.kind']);
    expect(at(withChart(0, { groupBy: { field: 'grade:credit_score', order: ['A', 'E'] } }))).toEqual(['/charts/0/groupBy/order/1 dashboard.order.option']);
    expect(at({ ...sampleDashboard, filters: [{ id: 's', field: 'score:credit_score', form: 'customer' }] })).toEqual(['/filters/0/field dashboard.filter.kind']);
    expect(at(withChart(2, { groupBy: { field: 'customer.grade:credit_score' } }))).toEqual(['/charts/2/groupBy/field schema.pattern']);
  });

  it('names the scorecards it reads, and renames them with them', () => {
    const refs = dashboardReferences(scored as typeof sampleDashboard).filter((r) => r.kind === 'scorecard');
    expect(refs.map((r) => r.path)).toEqual(['/filters/0/field', '/charts/0/groupBy/field', '/charts/1/groupBy/field', '/charts/2/metric/field']);
    const renamed = renameDashboardReferences(scored as typeof sampleDashboard, (kind, id) => `${id}_${kind}`);
    expect(renamed.filters[0]!.field).toBe('grade:credit_score_scorecard');
    expect(renamed.charts.map((c) => [c.groupBy?.field, 'field' in c.metric ? c.metric.field : undefined])).toEqual([
      ['grade:credit_score_scorecard', undefined],
      ['score:credit_score_scorecard', undefined],
      [undefined, 'score:credit_score_scorecard'],
      ['customer.industry', 'amount'],
    ]);
  });
});
