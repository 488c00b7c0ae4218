import { describe, expect, it } from 'vitest';
import { insertVersion } from '../definitions/store.js';
import { caller } from '../definitions/testing.js';
import type { Caller } from '../definitions/testing.js';
import type { ProblemDocument } from '../http/problem.js';
import { onBothDatabases } from '../tenancy/testing.js';
import { createUser } from '../tenancy/users.js';
import { creditDashboard, customerForm, DASHBOARD_TEST_MODULES, shop } from './testing.js';
import type { Shop } from './testing.js';
import type { ChartSeriesView, ChartView, FilterView } from './types.js';

type Data = { id: string; version: number; filters: Record<string, string>; charts: ChartView[] };

async function data(c: Caller, query = ''): Promise<Record<string, ChartView>> {
  const res = await c.call('GET', `/api/dashboards/credit/data${query}`);
  const body = (await res.json()) as Data;
  expect(res.status, JSON.stringify(body)).toBe(200);
  return Object.fromEntries(body.charts.map((ch) => [ch.id, ch]));
}

/** A computed chart as `label: value` per category, in order (English labels; one series). */
function pairs(ch: ChartView | undefined): [string, number | null][] {
  expect(ch?.status).toBe('ok');
  const ok = ch as ChartSeriesView;
  return ok.categories.map((c, i) => [c.label.en, ok.series[0]!.values[i]!]);
}

const kpi = (ch: ChartView | undefined) => (ch as ChartSeriesView).value;

onBothDatabases(
  (app) => {
    describe('dashboards', () => {
      let s: Shop;
      it('computes every chart on the server, with the exact numbers', async () => {
        s = await shop(app());
        const list = await (await s.admin.call('GET', '/api/dashboards')).json();
        expect(list).toEqual({ items: [{ id: 'credit', version: 1, name: creditDashboard.name, description: null }] });

        const all = await data(s.admin);
        expect(pairs(all.grades)).toEqual([['A', 2], ['B', 1], ['C', 1], ['(empty)', 1]]);
        expect((all.grades as ChartSeriesView).unit).toBe('count');
        // Credit scores 55, 72, 85, 91 in widths of 10, the empty 60s filled in; Eps has no score. The scale
        // tops at 90: the last range ends there and holds 91 too, rather than a range 90–100 of its own.
        expect(pairs(all.scores)).toEqual([['50 – 60', 1], ['60 – 70', 0], ['70 – 80', 1], ['80 – 90', 2]]);
        // Outstanding by the customer's region, split by aging: east 30,000 + 80,000; north 30,000.25; south 0.
        const aging = all.aging as ChartSeriesView;
        expect(aging.categories.map((c) => c.key)).toEqual(['east', 'north', 'south']);
        expect(aging.categories.map((c) => c.label['zh-CN'])).toEqual(['华东', '华北', '华南']);
        expect(aging.series.map((x) => [x.key, x.values])).toEqual([
          ['current', [0, 0, 0]],
          ['d1_30', [30000, 0, 0]],
          ['d31_60', [80000, 0, 0]],
          ['d60_plus', [0, 30000.25, 0]],
        ]);
        expect(aging.unit).toBe('money');
        // Overdue outstanding per customer, top 2: Beta 80,000, Delta 30,000.25 (Alpha's 30,000 is third).
        expect(pairs(all.top_overdue)).toEqual([['Beta', 80000], ['Delta', 30000.25]]);
        expect((all.top_overdue as ChartSeriesView).categories.map((c) => c.key)).toEqual([s.customers['Beta'], s.customers['Delta']]);
        // Its columns are named: the customers (records of the customer form) and the sum of what is outstanding.
        expect(all.top_overdue).toMatchObject({ dimension: { label: { en: 'Customer', 'zh-CN': '客户' }, form: 'customer' }, metricLabel: { en: 'Outstanding', 'zh-CN': '未回款' } });
        // Paid / amount: Ann 180,000 / 210,000; Bob 10,000.25 / 120,000.50.
        expect(pairs(all.collection)).toEqual([['ann', 0.857143], ['bob', 0.083335]]);
        expect((all.collection as ChartSeriesView).unit).toBe('percent');
        // Outstanding / amount × days of the month: Jan 0 / 100,000 × 31; Feb 110,000 / 130,000 × 29; Mar none; Apr 30,000.25 / 100,000.50 × 30.
        expect(pairs(all.dso)).toEqual([['2024-01', 0], ['2024-02', 24.54], ['2024-03', null], ['2024-04', 9]]);
        expect((all.dso as ChartSeriesView).unit).toBe('days');
        expect(kpi(all.open)).toBe(140000.25);
        // The top 2 of 3 overdue customers, and what all 3 owe.
        expect((all.top_overdue as ChartSeriesView).beyondLimit).toEqual({ groups: 3, total: 140000.25 });
        expect((all.grades as ChartSeriesView).beyondLimit).toBeUndefined();
      });

      it('applies filters, on the chart form or through its reference to the customer', async () => {
        const east = await data(s.admin, '?filter[region]=east');
        expect(pairs(east.grades)).toEqual([['A', 1], ['B', 1]]);
        expect(kpi(east.open)).toBe(110000);
        expect(pairs(east.collection)).toEqual([['ann', 0.8], ['bob', 0]]);
        expect((east.aging as ChartSeriesView).categories.map((c) => c.key)).toEqual(['east']);
        expect(kpi((await data(s.admin, `?filter[owner]=${s.ann.id}`)).open)).toBe(30000);
        const services = await data(s.admin, '?filter[industry]=services&filter[region]=');
        expect(kpi(services.open)).toBe(110000.25);
        expect(pairs(services.grades)).toEqual([['B', 1], ['C', 1]]);
      });

      it('counts only the records a salesperson reaches, and hides charts over fields hidden from them', async () => {
        const mine = await data(s.ann);
        expect(pairs(mine.grades)).toEqual([['A', 2], ['(empty)', 1]]);
        expect(kpi(mine.open)).toBe(30000);
        expect(pairs(mine.top_overdue)).toEqual([['Alpha', 30000]]);
        expect(pairs(mine.collection)).toEqual([['ann', 0.857143]]);
        expect(mine.scores).toMatchObject({ status: 'hidden', hidden: true });
        expect((mine.scores as { reason: string }).reason).toContain('"Credit score" of Customer');
        expect((mine.scores as { reasonZh: string }).reasonZh).toContain('"信用评分"');
        expect(mine.scores).not.toHaveProperty('series');
      });

      it('lists each filter with its choices, in both languages', async () => {
        const res = await s.ann.call('GET', '/api/dashboards/credit');
        const view = (await res.json()) as { filters: FilterView[]; charts: { id: string }[] };
        expect(res.status).toBe(200);
        const [region, industry, owner] = view.filters;
        expect(region).toEqual({
          id: 'region', label: { en: 'Region', 'zh-CN': '区域' }, kind: 'select', hidden: false,
          choices: [{ key: 'east', label: { en: 'East China', 'zh-CN': '华东' } }, { key: 'south', label: { en: 'South China', 'zh-CN': '华南' } }, { key: 'north', label: { en: 'North China', 'zh-CN': '华北' } }],
        });
        expect(industry?.choices.map((c) => c.key)).toEqual(['steel', 'services']);
        expect(owner).toMatchObject({ id: 'owner', label: { en: 'Salesperson' }, kind: 'user' });
        // Ann reaches her own customers only: she is the one salesperson they name.
        expect(owner?.choices).toEqual([{ key: s.ann.id, label: { en: 'ann', 'zh-CN': 'ann' } }]);
        expect(view.charts.map((c) => c.id)).toEqual(['grades', 'scores', 'aging', 'top_overdue', 'collection', 'dso', 'open']);
      });

      it('offers a user filter the people its field names, not every user of the company', async () => {
        // The admin and a risk officer own no customer: they are no salesperson to filter by.
        await createUser(app().db, s.admin.company.tenantId, { email: 'risk@example.cn', displayName: 'aaron', roles: ['risk_officer'] });
        const res = await s.admin.call('GET', '/api/dashboards/credit');
        const view = (await res.json()) as { filters: FilterView[] };
        expect(res.status).toBe(200);
        expect(view.filters.find((f) => f.id === 'owner')?.choices.map((c) => c.key)).toEqual([s.ann.id, s.bob.id]);
      });

      it('refuses unknown filters and values with problems, and other companies\' dashboards', async () => {
        const bad = await s.admin.call('GET', '/api/dashboards/credit/data?filter[region]=wst&filter[nope]=1');
        const doc = (await bad.json()) as ProblemDocument;
        expect(bad.status).toBe(422);
        expect(doc.problems?.map((p) => p.path)).toEqual(['/query/filter[region]', '/query/filter[nope]']);
        expect(doc.problems?.[0]?.message).toContain('Did you mean "east"?');
        expect((await s.admin.call('GET', '/api/dashboards/nothing/data')).status).toBe(404);
        const other = await caller(app(), ['admin']);
        expect(await (await other.call('GET', '/api/dashboards')).json()).toEqual({ items: [] });
        expect((await other.call('GET', '/api/dashboards/credit')).status).toBe(404);
      });

      it('refuses to publish a dashboard that does not fit the forms, with paths', async () => {
        const broken = { ...creditDashboard, id: 'broken', charts: [{ ...creditDashboard.charts[0]!, metric: { aggregate: 'sum', field: 'region' } }] };
        const res = await s.admin.call('PUT', '/api/definitions/dashboard/broken/draft', broken, { 'If-None-Match': '*' });
        expect(res.status).toBe(201);
        const pub = await s.admin.call('POST', '/api/definitions/dashboard/broken/publish', {}, { 'If-Match': '"1"' });
        const doc = (await pub.json()) as ProblemDocument;
        expect(pub.status).toBe(422);
        expect(doc.problems?.map((p) => `${p.path} ${p.code}`)).toEqual(['/charts/0/metric/field dashboard.metric.field.kind']);
      });

      it('shows the problems of a chart a later form version broke, and still draws the others', async () => {
        const t = app();
        const { admin } = await shop(t);
        const v2 = { ...customerForm, fields: customerForm.fields.filter((f) => f.id !== 'grade'), sections: [{ ...customerForm.sections[0]!, fields: customerForm.sections[0]!.fields.filter((f) => f !== 'grade') }] };
        const saved = await admin.call('PUT', '/api/definitions/form/customer/draft', v2, { 'If-Match': '"1"' });
        expect(saved.status).toBe(200);
        // Such a version is refused now; one published before that check was made is still drawn around.
        const refused = await admin.call('POST', '/api/definitions/form/customer/publish', {}, { 'If-Match': '"2"' });
        expect(((await refused.json()) as ProblemDocument).problems?.map((p) => p.code)).toEqual(['form.field.in_use']);
        const { tenantId, adminId } = admin.company;
        await t.db.withTenant(tenantId, (tx) => insertVersion(tx, tenantId, 'form', 'customer', v2, { userId: adminId, note: null, now: t.clock.now() }));
        const charts = await data(admin);
        expect(charts.grades).toMatchObject({ status: 'invalid', problems: [{ path: '/charts/0/groupBy/field', code: 'dashboard.field.unknown' }] });
        expect(kpi(charts.open)).toBe(140000.25);
      });
    });
  },
  { modules: DASHBOARD_TEST_MODULES },
);
