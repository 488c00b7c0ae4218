import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../test-support/test-app.js';
import type { TestApp } from '../test-support/test-app.js';
import { newTenant } from '../test-support/store-fixtures.js';
import { claimJobs, failAttempt, tokenOf } from './lease.js';
import { insertJobs } from './queue.js';
import { jobRoutes } from './routes.js';
import { as, testGuards } from './test-backends.js';

describe('job admin routes', () => {
  let t: TestApp;
  let tenantId: string;
  let deadId: string;
  let queuedId: string;
  beforeAll(async () => {
    t = await createTestApp({ modules: [jobRoutes({ requireAdmin: testGuards.requireAdmin })] });
    tenantId = await newTenant(t.db);
    const now = t.clock.now();
    const [dead, queued] = await insertJobs(t.db, [
      { tenantId, kind: 'routes.dead', payload: { customer: 'c1' } },
      { tenantId, kind: 'routes.queued', payload: {} },
    ], now);
    await claimJobs(t.db, { workerId: 'w', kinds: ['routes.dead'], now, leaseMs: 1_000, limit: 1 });
    await failAttempt(t.db, tokenOf({ ...dead!, attempts: 1 }, 'w'), now, 'Error: gone', null);
    [deadId, queuedId] = [dead!.id, queued!.id];
  });
  afterAll(() => t.close());

  const admin = () => ({ headers: as(tenantId, 'u1', true) });

  it('lists the dead letters by default, and other statuses when asked', async () => {
    const res = await t.app.request('/api/admin/jobs', admin());
    expect(res.status).toBe(200);
    const body = (await res.json()) as { items: { id: string; status: string; lastError: string; payload: unknown }[]; nextCursor: string | null };
    expect(body.items.map((j) => [j.id, j.status, j.lastError, j.payload])).toEqual([[deadId, 'dead', 'Error: gone', { customer: 'c1' }]]);
    expect(body.nextCursor).toBeNull();
    const queued = (await (await t.app.request('/api/admin/jobs?status=queued', admin())).json()) as { items: { id: string }[] };
    expect(queued.items.map((j) => j.id)).toEqual([queuedId]);
  });

  it('reads one job with its progress, and retries a dead one', async () => {
    const one = await t.app.request(`/api/admin/jobs/${deadId}`, admin());
    expect(await one.json()).toMatchObject({ id: deadId, status: 'dead', progress: { done: 0, total: null } });
    const retried = await t.app.request(`/api/admin/jobs/${deadId}/retry`, { method: 'POST', ...admin() });
    expect([retried.status, ((await retried.json()) as { status: string }).status]).toEqual([200, 'queued']);
    const again = await t.app.request(`/api/admin/jobs/${deadId}/retry`, { method: 'POST', ...admin() });
    expect([again.status, ((await again.json()) as { code: string }).code]).toEqual([409, 'job_not_dead']);
  });

  it("answers 404 for another tenant's job, 401 and 403 without the admin role, 422 for bad queries", async () => {
    const other = await newTenant(t.db);
    const foreign = { headers: as(other, 'u2', true) };
    expect((await t.app.request(`/api/admin/jobs/${queuedId}`, foreign)).status).toBe(404);
    expect((await t.app.request(`/api/admin/jobs/${queuedId}/retry`, { method: 'POST', ...foreign })).status).toBe(404);
    expect((await t.app.request('/api/admin/jobs')).status).toBe(401);
    expect((await t.app.request('/api/admin/jobs', { headers: as(tenantId, 'u1') })).status).toBe(403);
    const bad = await t.app.request('/api/admin/jobs?status=sleeping&limit=0&cursor=zzz', admin());
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { problems: { path: string }[] }).problems.map((p) => p.path)).toEqual(['/query/status', '/query/limit', '/query/cursor']);
  });

  it('documents its routes in OpenAPI', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, { operationId: string }>> };
    expect(doc.paths['/api/admin/jobs']?.get?.operationId).toBe('listJobs');
    expect(doc.paths['/api/admin/jobs/{jobId}/retry']?.post?.operationId).toBe('retryJob');
  });
});
