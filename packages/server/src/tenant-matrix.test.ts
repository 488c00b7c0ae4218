import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, apply, APPLICATIONS, office } from './approvals/testing.js';
import { authRoutes } from './auth/auth-routes.js';
import { createApiToken } from './auth/api-tokens.js';
import { bundleRoutes } from './bundles/routes.js';
import { templatesOf } from './bundles/templates.js';
import { caller } from './definitions/testing.js';
import { routeModules } from './main.js';
import { createTestPostgres } from './test-support/index.js';
import type { TestDatabase } from './test-support/index.js';
import { createAuthTestApp, TEST_AUTH } from './tenancy/testing.js';
import type { AuthTestApp } from './tenancy/testing.js';
import { tenancyRoutes } from './tenancy/tenancy-routes.js';

/** Every table that holds tenant rows, read as A sees them: what no request of B's may change. */
async function contents(t: AuthTestApp, tenantId: string): Promise<Record<string, unknown[]>> {
  const tables = await t.db.query<{ table_name: string }>(
    `SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'tenant_id' AND table_name <> 'tenants' ORDER BY table_name`,
  );
  const out: Record<string, unknown[]> = {};
  await t.db.withTenant(tenantId, async (tx) => {
    for (const { table_name: name } of tables) out[name] = await tx.query(`SELECT * FROM ${name} WHERE tenant_id = $1 ORDER BY 1, 2, 3`, [tenantId]);
  });
  return out;
}

/**
 * The tenant matrix: company B's admin calls every route of the API (read from the
 * OpenAPI registry, so a new route is covered the day it lands) with company A's ids. No answer
 * is a 5xx, no answer carries A's data, and A's rows are exactly as they were.
 */
describe('tenant matrix: every route × another company’s ids, on PostgreSQL', () => {
  let pg: TestDatabase;
  let t: AuthTestApp;
  beforeAll(async () => {
    pg = await createTestPostgres();
    t = await createAuthTestApp({ db: pg.db, modules: [authRoutes(TEST_AUTH), tenancyRoutes(TEST_AUTH), ...routeModules, bundleRoutes({ templates: templatesOf([]) })] });
  });
  afterAll(() => pg.drop());

  it('leaks nothing and changes nothing of A', async () => {
    const a = await office(t);
    const tenantId = a.admin.company.tenantId;
    const marker = `Marker-${tenantId.slice(0, 8)}`;
    const { recordId, approval } = await apply(a.sales, { customer: marker, grade: 'A', amount: 1234 });
    await act(a.director, approval.id, { type: 'comment', text: marker });
    expect((await a.admin.call('PUT', '/api/admin/webhooks/erp', { url: 'https://erp.example.com/hook' })).status).toBe(201);
    const token = await t.db.withTenant(tenantId, (tx) => createApiToken(tx, tenantId, { name: marker, userId: a.sales.id, roles: ['salesperson'], createdBy: a.sales.id, expiresAt: null }, t.clock.now()));
    const [notification] = await t.db.withTenant(tenantId, (tx) => tx.query<{ id: string }>('SELECT id FROM notifications WHERE tenant_id = $1 LIMIT 1', [tenantId]));
    const [job] = await t.db.withTenant(tenantId, (tx) => tx.query<{ id: string }>('SELECT id FROM jobs WHERE tenant_id = $1 LIMIT 1', [tenantId]));
    // A task as a rule gives one, for the admin (B's admin may close any task of B's, none of A's).
    const taskId = '00000000-0000-4000-8000-0000000000aa';
    await t.db.withTenant(tenantId, (tx) =>
      tx.query(`INSERT INTO tasks (tenant_id, id, record_id, assignee_role, title, due_date, status, rule_set_id, rule_id, created_at) VALUES ($1, $2, $3, 'admin', $4::jsonb, '2030-01-01', 'open', 'rs', 'r', now())`, [
        tenantId, taskId, recordId, JSON.stringify({ 'zh-CN': marker, en: marker }),
      ]));
    // A's own job and notification, so the routes that take one are tried with a real id of A's.
    if (job === undefined || notification === undefined) throw new Error('Company A has no job or no notification: the set-up above must make one of each.');
    const ids: Record<string, string> = {
      formId: 'credit_application', kind: 'form', version: '1', instanceId: approval.id, jobId: job.id, webhookId: 'erp',
      userId: a.director.id, roleId: 'boss', tokenId: token.id, notificationId: notification.id, templateId: 'none', taskId, item: 'amount',
    };
    const secrets = [marker, a.admin.company.slug, a.admin.company.email, tenantId, a.sales.id, a.director.id, recordId, approval.id, token.id, job.id, notification.id, taskId];
    const before = await contents(t, tenantId);

    const b = await caller(t, ['admin']);
    const routes = t.registry.routes.filter((r) => r.path.startsWith('/api/') && r.path !== '/api/setup');
    expect(routes.length).toBeGreaterThan(60);
    for (const route of routes) {
      const path = route.path.replace(/:(\w+)/g, (_, name: string) => {
        const value = name === 'id' ? (route.path.startsWith('/api/definitions') ? 'credit_application' : recordId) : ids[name];
        if (value === undefined) throw new Error(`The tenant matrix does not know which of A's ids to send as :${name} (${route.method} ${route.path}): add it.`);
        return encodeURIComponent(value);
      });
      const res = await b.call(route.method.toUpperCase(), path, route.method === 'get' || route.method === 'delete' ? undefined : {}, { 'If-Match': '"1"' });
      const text = await res.text();
      const what = `${route.method.toUpperCase()} ${route.path} → ${res.status}`;
      expect(res.status, what).toBeLessThan(500);
      const shown = secrets.filter((s) => !path.includes(encodeURIComponent(s)) && text.includes(s));
      expect(shown, `${what} shows A's ${shown.join(', ')}`).toEqual([]);
      // A kind of definition is nobody's id: B's own list of a kind is B's to read.
      if (/:(?!kind\b)\w+/.test(route.path) && res.status < 300) {
        // Only routes that create B's own thing at that id may succeed (a webhook endpoint named like A's).
        expect(`${route.method} ${route.path}`, what).toBe('put /api/admin/webhooks/:webhookId');
      }
    }
    expect(await contents(t, tenantId)).toEqual(before);
    expect((await a.sales.call('GET', `${APPLICATIONS}/${recordId}`)).status).toBe(200);
  });
});
