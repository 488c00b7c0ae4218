import { describe, expect, it } from 'vitest';
import { caller, createAndPublish } from '../definitions/testing.js';
import type { ProblemDocument } from '../http/problem.js';
import { onBothDatabases } from '../tenancy/testing.js';
import { customerForm, DASHBOARD_TEST_MODULES, shop } from './testing.js';
import type { Shop } from './testing.js';
import type { ChartSeriesView, ChartView } from './types.js';

const t = (en: string, zh = en) => ({ en, 'zh-CN': zh });
const byIndustry = { id: 'industries', title: t('By industry', '按行业'), type: 'bar', form: 'customer', groupBy: { field: 'industry' }, metric: { aggregate: 'count' } };
const draft = { kind: 'dashboard', id: 'draft_board', name: t('Draft', '草稿看板'), filters: [{ id: 'region', field: 'region', form: 'customer' }], charts: [byIndustry] };

type Preview = { id: string; version: number; filters: Record<string, string>; charts: ChartView[] };

onBothDatabases(
  (app) => {
    describe('dashboard preview', () => {
      let s: Shop;
      it('computes an unpublished definition for an admin, filters applied', async () => {
        s = await shop(app());
        const res = await s.admin.call('POST', '/api/dashboards/preview', draft);
        const body = (await res.json()) as Preview;
        expect(res.status, JSON.stringify(body)).toBe(200);
        expect(body).toMatchObject({ id: 'draft_board', version: 0, filters: {} });
        const chart = body.charts[0] as ChartSeriesView;
        expect(chart.status).toBe('ok');
        expect(chart.categories.map((c, i) => [c.key, chart.series[0]!.values[i]])).toEqual([['steel', 3], ['services', 2]]);
        const east = (await (await s.admin.call('POST', '/api/dashboards/preview?filter[region]=east', draft)).json()) as Preview;
        expect(east.filters).toEqual({ region: 'east' });
        expect((east.charts[0] as ChartSeriesView).series[0]!.values).toEqual([1, 1]);
        // Nothing was published: the list still holds only the shop's dashboard.
        expect(((await (await s.admin.call('GET', '/api/dashboards')).json()) as { items: { id: string }[] }).items.map((d) => d.id)).toEqual(['credit']);
      });

      it('answers a definition that does not fit the forms with 422 and the problems on their paths', async () => {
        const broken = { ...draft, charts: [{ ...byIndustry, metric: { aggregate: 'sum', field: 'region' } }, { ...byIndustry, id: 'x', groupBy: { field: 'industri' } }] };
        const res = await s.admin.call('POST', '/api/dashboards/preview', broken);
        const doc = (await res.json()) as ProblemDocument;
        expect(res.status).toBe(422);
        expect(doc.problems?.map((p) => `${p.path} ${p.code}`)).toEqual(['/charts/0/metric/field dashboard.metric.field.kind', '/charts/1/groupBy/field dashboard.field.unknown']);
        expect(doc.problems?.[1]?.messageZh).toContain('industri');
        const shapeless = await s.admin.call('POST', '/api/dashboards/preview', { kind: 'dashboard', charts: 'none' });
        expect(shapeless.status).toBe(422);
        expect((await s.admin.call('POST', '/api/dashboards/preview', { kind: 'form' })).status).toBe(422);
      });

      it('is for those who edit dashboards, and sees only their own company', async () => {
        expect((await s.ann.call('POST', '/api/dashboards/preview', draft)).status).toBe(403);
        const other = await caller(app(), ['admin']);
        const none = (await (await other.call('POST', '/api/dashboards/preview', draft)).json()) as ProblemDocument;
        expect(none.problems?.map((p) => p.code)).toContain('dashboard.form.unknown');
        await createAndPublish(other, customerForm);
        const empty = (await (await other.call('POST', '/api/dashboards/preview', draft)).json()) as Preview;
        expect((empty.charts[0] as ChartSeriesView).categories).toEqual([]);
      });
    });
  },
  { modules: DASHBOARD_TEST_MODULES },
);
