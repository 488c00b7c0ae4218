import { describe, expect, it } from 'vitest';
import { createAndPublish } from '../definitions/testing.js';
import type { Caller } from '../definitions/testing.js';
import { onBothDatabases } from '../tenancy/testing.js';
import { DASHBOARD_TEST_MODULES, shop } from './testing.js';
import type { ChartSeriesView, FilterView } from './types.js';

const t = (en: string, zh = en) => ({ en, 'zh-CN': zh });

/** A scorecard of customers: a credit score of 80 or more gives 100 points (AA), less 0 (C). */
const grading = {
  kind: 'scorecard',
  id: 'grading',
  name: t('Grading', '信用分级'),
  form: 'customer',
  precision: 0,
  factors: [{ id: 'score', name: t('Score'), weight: 10000, method: { kind: 'bands', field: 'credit_score', bands: [{ id: 'hi', min: 80, points: 100 }, { id: 'lo', max: 80, points: 0 }] }, missing: { policy: 'points', points: 0 } }],
  grades: [
    { id: 'aa', grade: 'AA', label: t('Good', '良好'), color: '#2e7d32', min: 80 },
    { id: 'a', grade: 'A', label: t('Fair', '一般'), color: '#f9a825', min: 50, max: 79 },
    { id: 'c', grade: 'C', label: t('High risk', '高风险'), color: '#c62828', min: 0, max: 49 },
  ],
};

/** Straight from the scorecard: customers by grade, a score histogram, the average, lowest and highest score; receivables counted; all filtered by the customer's grade. */
const scored = {
  kind: 'dashboard',
  id: 'scored',
  name: t('Scores'),
  filters: [{ id: 'grade', form: 'customer', field: 'grade:grading' }],
  charts: [
    { id: 'grades', title: t('Grades'), type: 'pie', form: 'customer', groupBy: { field: 'grade:grading' }, metric: { aggregate: 'count' } },
    { id: 'scores', title: t('Scores'), type: 'histogram', form: 'customer', groupBy: { field: 'score:grading', bucket: { width: 10, max: 100 } }, metric: { aggregate: 'count' } },
    { id: 'average', title: t('Average score'), type: 'kpi', form: 'customer', metric: { aggregate: 'avg', field: 'score:grading' } },
    { id: 'receivables', title: t('Receivables'), type: 'kpi', form: 'receivable', metric: { aggregate: 'count' } },
    { id: 'lowest', title: t('Lowest score'), type: 'kpi', form: 'customer', metric: { aggregate: 'min', field: 'score:grading' } },
    { id: 'highest', title: t('Highest score'), type: 'kpi', form: 'customer', metric: { aggregate: 'max', field: 'score:grading' } },
  ],
};

/** Writes a customer's credit score, so the record is scored again on its write. */
async function rescore(c: Caller, id: string, creditScore: number): Promise<void> {
  const read = await c.call('GET', `/api/forms/customer/records/${id}`);
  const { revision } = (await read.json()) as { revision: number };
  const res = await c.call('PATCH', `/api/forms/customer/records/${id}`, { credit_score: creditScore }, { 'If-Match': `"${revision}"` });
  expect(res.status, await res.text()).toBe(200);
}

async function charts(c: Caller, query = ''): Promise<ChartSeriesView[]> {
  const res = await c.call('GET', `/api/dashboards/scored/data${query}`);
  const body = (await res.json()) as { charts: ChartSeriesView[] };
  expect(res.status, JSON.stringify(body)).toBe(200);
  return body.charts;
}

const groups = (chart: ChartSeriesView) => chart.categories.map((g, i) => [g.key, g.label.en, g.color ?? null, chart.series[0]!.values[i]]);

onBothDatabases(
  (app) => {
    describe('scorecards on dashboards', () => {
      it('groups, buckets, averages and filters by each record\'s latest score, in the company and the records the viewer reaches', async () => {
        const { admin, ann, customers } = await shop(app());
        await createAndPublish(admin, grading);
        // Alpha scored twice: AA, then C; only its latest score counts. Delta and Eps are not scored.
        await rescore(admin, customers.Alpha!, 85);
        await rescore(admin, customers.Alpha!, 30);
        await rescore(admin, customers.Gamma!, 91);
        await rescore(admin, customers.Beta!, 72);
        // Another company's customers, all AA: none of their scores may show here.
        const other = await shop(app());
        await createAndPublish(other.admin, grading);
        for (const id of Object.values(other.customers)) await rescore(other.admin, id, 95);
        await createAndPublish(admin, scored);

        const [grades, scores, average, receivables, lowest, highest] = await charts(admin);
        // By grade, best first, named and coloured as the scorecard does; each record once.
        expect(groups(grades!)).toEqual([['AA', 'AA (Good)', '#2e7d32', 1], ['C', 'C (High risk)', '#c62828', 2], [null, '(empty)', null, 2]]);
        expect(grades!.dimension?.label).toEqual(t('Grade · Grading', '等级 · 信用分级'));
        // Scores in ranges of 10, empty ones too, the last ending at the scale's top and holding it; records without a score are no range.
        const ranges = groups(scores!);
        expect(ranges.map((r) => r[1])).toEqual(['0 – 10', '10 – 20', '20 – 30', '30 – 40', '40 – 50', '50 – 60', '60 – 70', '70 – 80', '80 – 90', '90 – 100']);
        expect(ranges.map((r) => r[3])).toEqual([2, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
        expect(average!.value).toBe(33.3333);
        expect(average!.metricLabel).toEqual(t('Score · Grading', '评分 · 信用分级'));
        expect(receivables!.value).toBe(5);
        expect([lowest!.value, highest!.value]).toEqual([0, 100]);

        // The grade filter offers the scorecard's grades in its order, by its labels.
        const res = await admin.call('GET', '/api/dashboards/scored');
        const { filters } = (await res.json()) as { filters: FilterView[] };
        expect(filters[0]!.label).toEqual(t('Grade · Grading', '等级 · 信用分级'));
        expect(filters[0]!.choices.map((c) => [c.key, c.label.en])).toEqual([['AA', 'AA (Good)'], ['A', 'A (Fair)'], ['C', 'C (High risk)']]);
        // Filtered on C: Alpha and Beta, and their three receivables through their customer.
        const [gradeC, , averageC, receivablesC, , highestC] = await charts(admin, '?filter[grade]=C');
        expect(groups(gradeC!)).toEqual([['C', 'C (High risk)', '#c62828', 2]]);
        expect(averageC!.value).toBe(0);
        expect(receivablesC!.value).toBe(3);
        expect(highestC!.value).toBe(0);
        // No record graded A: no highest score, not a highest of 0.
        expect((await charts(admin, '?filter[grade]=A'))[5]!.value).toBeNull();
        expect((await admin.call('GET', '/api/dashboards/scored/data?filter[grade]=B')).status).toBe(422);

        // A salesperson counts only the customers they reach: Ann's Alpha (C), Gamma (AA) and Eps.
        expect(groups((await charts(ann))[0]!)).toEqual([['AA', 'AA (Good)', '#2e7d32', 1], ['C', 'C (High risk)', '#c62828', 1], [null, '(empty)', null, 1]]);
      });
    });
  },
  { modules: DASHBOARD_TEST_MODULES },
);
