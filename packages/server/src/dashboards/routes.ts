/** @module The dashboards routes: the published dashboards, one with its filters' choices, its charts' data, and a draft's preview. */
import { DEFINITION_EDITORS, isId } from '@heng/engine';
import { principalOf, requireRole } from '../auth/principal.js';
import type { RouteModule } from '../http/app.js';
import { dashboardData } from './data.js';
import { filterViews } from './filters.js';
import { listDashboards, loadDashboard, noDashboard } from './load.js';
import { previewDashboard } from './preview.js';
import { dashboardDataSchema, dashboardListSchema, dashboardSchema, dataQuery, previewBody } from './schemas.js';

const TAGS = ['dashboards'];

/** The filter values a query applies, by filter id (`filter[region]=east` → `{ region: 'east' }`). */
const appliedFilters = (entries: readonly [string, string][]) => Object.fromEntries(entries.filter(([k, v]) => k.startsWith('filter[') && v !== '').map(([k, v]) => [k.slice(7, -1), v]));

/**
 * The dashboards routes. Any signed-in user may read the published dashboards; what each
 * sees is cut by the forms' field access and row access for them. Those who may edit dashboards
 * may also preview one not yet published.
 *
 * @example
 * createApp(deps, [authRoutes(auth), dashboardRoutes()]);
 */
export function dashboardRoutes(): RouteModule {
  return (routes, { db }) => {
    const idOf = (raw: string | undefined): string => {
      if (!isId(raw)) throw noDashboard(raw ?? '');
      return raw;
    };

    routes.add(
      { method: 'get', path: '/api/dashboards', operationId: 'listDashboards', summary: 'The published dashboards of my company', tags: TAGS, responses: { 200: { description: 'Dashboards, in id order', schema: dashboardListSchema } } },
      async (c) => {
        const me = principalOf(c);
        const items = await db.withTenant(me.tenantId, (tx) => listDashboards(tx, me.tenantId));
        return c.json({ items });
      },
    );

    routes.add(
      { method: 'get', path: '/api/dashboards/:id', operationId: 'getDashboard', summary: 'A published dashboard: its charts, and its filters with the choices you may pick', tags: TAGS, responses: { 200: { description: 'The dashboard', schema: dashboardSchema } } },
      async (c) => {
        const me = principalOf(c);
        const id = idOf(c.req.param('id'));
        const view = await db.withTenant(me.tenantId, async (tx) => {
          const loaded = await loadDashboard(tx, me.tenantId, id);
          const def = loaded.definition;
          const filters = await filterViews({ tx, tenantId: me.tenantId, userId: me.userId, forms: loaded.forms, roles: me.roles }, loaded);
          const charts = def.charts.map((ch) => ({ id: ch.id, type: ch.type, title: ch.title }));
          return { id, version: loaded.version, name: def.name, description: def.description ?? null, filters, charts, problems: loaded.resolution.problems };
        });
        return c.json(view);
      },
    );

    routes.add(
      {
        method: 'get', path: '/api/dashboards/:id/data', operationId: 'getDashboardData', summary: "Every chart's series, aggregated on the server, with the filters applied", tags: TAGS,
        description: 'One aggregate query per chart over the records you reach; a chart reading a field hidden from your roles comes back hidden, with the reason. A chart may read a scorecard of its form as score:<scorecard> and grade:<scorecard>, from each record\'s current score (records not scored have none).',
        query: dataQuery,
        responses: { 200: { description: 'The charts, in the dashboard\'s order', schema: dashboardDataSchema } },
      },
      async (c) => {
        const me = principalOf(c);
        const id = idOf(c.req.param('id'));
        const entries = [...new URL(c.req.url).searchParams.entries()];
        const body = await db.withTenant(me.tenantId, async (tx) => {
          const loaded = await loadDashboard(tx, me.tenantId, id);
          const charts = await dashboardData(tx, loaded, me, entries);
          return { id, version: loaded.version, filters: appliedFilters(entries), charts };
        });
        return c.json(body);
      },
    );

    routes.add<Record<string, unknown>>(
      {
        method: 'post', path: '/api/dashboards/preview', operationId: 'previewDashboard', summary: "A dashboard definition's charts, before it is published", tags: TAGS,
        description: 'For the designer: the body is a dashboard definition (a draft), checked against the published forms and scorecards (422 with every problem) and computed as the data route computes a published one, for you; filter[id]=value applies its filters.',
        query: dataQuery,
        body: previewBody,
        responses: { 200: { description: 'The charts, in the definition\'s order (version 0: not published)', schema: dashboardDataSchema } },
      },
      async (c, { body }) => {
        const me = requireRole(c, ...DEFINITION_EDITORS.dashboard);
        const entries = [...new URL(c.req.url).searchParams.entries()];
        const result = await db.withTenant(me.tenantId, async (tx) => {
          const loaded = await previewDashboard(tx, me.tenantId, body);
          return { id: loaded.definition.id, version: 0, filters: appliedFilters(entries), charts: await dashboardData(tx, loaded, me, entries) };
        });
        return c.json(result);
      },
    );
  };
}
