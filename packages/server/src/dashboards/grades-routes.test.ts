import { describe, expect, it } from 'vitest';
import { createAndPublish, publish } from '../definitions/testing.js';
import { onBothDatabases } from '../tenancy/testing.js';
import { customerForm, DASHBOARD_TEST_MODULES, shop } from './testing.js';
import type { ChartSeriesView, FilterView } from './types.js';

const t = (en: string) => ({ en, 'zh-CN': en });

/** The customer form with a text field the grade is written to, as the template's credit_grade. */
const rated = { ...customerForm, fields: [...customerForm.fields, { id: 'rating', type: 'text', label: t('Rating') }], sections: [{ ...customerForm.sections[0]!, fields: [...customerForm.sections[0]!.fields, 'rating'] }] };

/** Customers by rating, and receivables by their customer's region; filtered by rating. */
const ratings = {
  kind: 'dashboard',
  id: 'ratings',
  name: t('Ratings'),
  filters: [{ id: 'rating', form: 'customer', field: 'rating' }],
  charts: [
    { id: 'ratings', title: t('Ratings'), type: 'pie', form: 'customer', groupBy: { field: 'rating' }, metric: { aggregate: 'count' }, sort: { by: 'group', order: 'asc' } },
    { id: 'regions', title: t('Regions'), type: 'bar', form: 'customer', groupBy: { field: 'region' }, metric: { aggregate: 'count' } },
  ],
};

/** A scorecard on the customers' credit score.*/
const gradeCard = {
  kind: 'scorecard',
  id: 'grading',
  name: t('Grading'),
  form: 'customer',
  precision: 0,
  factors: [{ id: 'score', name: t('Score'), weight: 10000, method: { kind: 'bands', field: 'credit_score', bands: [{ id: 'hi', min: 80, points: 100 }, { id: 'lo', max: 80, points: 0 }] }, missing: { policy: 'points', points: 0 } }],
  grades: [
    { id: 'aa', grade: 'AA', label: t('Good'), color: '#2e7d32', min: 80 },
    { id: 'a', grade: 'A', label: t('Fair'), color: '#f9a825', min: 50, max: 79 },
    { id: 'c', grade: 'C', label: t('High risk'), color: '#c62828', min: 0, max: 49 },
  ],
};

/** The rule set that writes the grade into the customer's rating. */
const writeGrade = {
  kind: 'ruleset',
  id: 'write_grade',
  name: t('Write the grade'),
  form: 'customer',
  trigger: { kind: 'score_changed', scorecard: 'grading' },
  rules: [{ id: 'write', name: t('Write'), conditions: { all: [{ fact: 'grade', operator: 'in', value: ['AA', 'A', 'C'] }] }, actions: [{ kind: 'set_field', id: 'grade', field: 'rating', formula: 'grade' }] }],
};

onBothDatabases(
  (app) => {
    describe('grades on dashboards', () => {
      it('orders, names and colours the groups of a field a rule fills with a scorecard\'s grade, as the scorecard does', async () => {
        const { admin } = await shop(app());
        expect((await admin.call('PUT', '/api/definitions/form/customer/draft', rated, { 'If-Match': '"1"' })).status).toBe(200);
        await publish(admin, rated, 2);
        for (const rating of ['C', 'A', 'AA']) expect((await admin.call('POST', '/api/forms/customer/records', { company_name: `Rated ${rating}`, region: 'east', rating })).status).toBe(201);
        await createAndPublish(admin, ratings);
        const charts = async () => {
          const res = await admin.call('GET', '/api/dashboards/ratings/data');
          const body = (await res.json()) as { charts: ChartSeriesView[] };
          expect(res.status, JSON.stringify(body)).toBe(200);
          return body.charts;
        };
        const choices = async () => {
          const res = await admin.call('GET', '/api/dashboards/ratings');
          const body = (await res.json()) as { filters: FilterView[] };
          expect(res.status, JSON.stringify(body)).toBe(200);
          return body.filters[0]!.choices.map((c) => [c.key, c.label.en]);
        };
        // Before a rule writes grades into it, the rating is any text: no colours, its filter's choices in text order.
        expect((await charts())[0]!.categories.map((c) => c.color)).toEqual([undefined, undefined, undefined, undefined]);
        expect(await choices()).toEqual([['A', 'A'], ['AA', 'AA'], ['C', 'C']]);
        await createAndPublish(admin, gradeCard);
        await createAndPublish(admin, writeGrade);
        const [byRating, byRegion] = await charts();
        // In the scorecard's order, best first (not AA after A), named by it and in its colours.
        expect(byRating!.categories.map((c) => [c.key, c.label.en, c.color])).toEqual([['AA', 'AA (Good)', '#2e7d32'], ['A', 'A (Fair)', '#f9a825'], ['C', 'C (High risk)', '#c62828'], [null, '(empty)', undefined]]);
        // The filter offers the grades as the chart has them: best first (not AA after A), named by the scorecard.
        expect(await choices()).toEqual([['AA', 'AA (Good)'], ['A', 'A (Fair)'], ['C', 'C (High risk)']]);
        // A region is no grade: no colour of its own.
        expect(byRegion!.categories.every((c) => c.color === undefined)).toBe(true);
        // Once the rule set is archived, nothing writes grades into the rating: plain text again.
        await app().db.withTenant(admin.company.tenantId, (tx) => tx.query("UPDATE definitions SET archived = true WHERE kind = 'ruleset' AND id = 'write_grade'"));
        expect((await charts())[0]!.categories.map((c) => [c.key, c.color])).toEqual([['A', undefined], ['AA', undefined], ['C', undefined], [null, undefined]]);
      });
    });
  },
  { modules: DASHBOARD_TEST_MODULES },
);
