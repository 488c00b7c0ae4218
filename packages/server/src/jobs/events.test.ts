import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/port.js';
import { newTenant } from '../test-support/store-fixtures.js';
import { createTestApp } from '../test-support/test-app.js';
import type { TestApp } from '../test-support/test-app.js';
import { createJobContext } from './context.js';
import { claimJobs } from './lease.js';
import { insertJobs } from './queue.js';
import { jobRoutes } from './routes.js';
import { as, backends, testGuards } from './test-backends.js';
import type { OpenBackend } from './test-backends.js';
import { eventBlocks } from './test-events.js';

const POLL = 10;

/** The database, counting the tenant transactions made on it (each poll of a stream is one). */
function counting(db: Db): { db: Db; reads: () => number } {
  let n = 0;
  const wrapped: Db = {
    kind: db.kind,
    query: (sql, params) => db.query(sql, params),
    exec: (script) => db.exec(script),
    transaction: (fn, options) => db.transaction(fn, options),
    withTenant: (tenantId, fn, options) => {
      n += 1;
      return db.withTenant(tenantId, fn, options);
    },
    close: () => db.close(),
  };
  return { db: wrapped, reads: () => n };
}

describe.each(backends)('job events on $name', (backend) => {
  let b: OpenBackend;
  let t: TestApp;
  let reads: () => number;
  let tenantId: string;
  beforeAll(async () => {
    b = await backend.open();
    const counted = counting(b.db);
    reads = counted.reads;
    t = await createTestApp({ db: counted.db, modules: [jobRoutes({ requireAdmin: testGuards.requireAdmin, events: { pollMs: POLL, heartbeatMs: 3 * POLL } })] });
    tenantId = await newTenant(b.db);
  });
  afterAll(async () => {
    await t.close();
    await b.dispose();
  });
  const admin = () => ({ headers: as(tenantId, 'u1', true) });
  const follow = async (jobId: string) => {
    const res = await t.app.request(`/api/admin/jobs/${jobId}/events`, admin());
    expect([res.status, res.headers.get('content-type')]).toEqual([200, 'text/event-stream']);
    return eventBlocks(res);
  };

  it('streams the job at each change of status and progress, then its end, and closes', async () => {
    const now = t.clock.now();
    const [queued] = await insertJobs(b.db, [{ tenantId, kind: 'events.work', payload: {} }], now);
    const stream = await follow(queued!.id);
    expect(await stream.event()).toMatchObject({ event: 'progress', job: { id: queued!.id, status: 'queued', progress: { done: 0, total: null } } });
    const [job] = await claimJobs(b.db, { workerId: 'w', kinds: ['events.work'], now, leaseMs: 30_000, limit: 1 });
    expect(await stream.event()).toMatchObject({ event: 'progress', job: { status: 'running', attempts: 1 } });
    const running = createJobContext({ db: b.db, clock: t.clock, job: job!, workerId: 'w', leaseMs: 30_000 });
    await running.ctx.inTenant((tx) => running.ctx.checkpoint(tx, { done: 40, total: 100 }));
    expect(await stream.event()).toMatchObject({ event: 'progress', job: { status: 'running', progress: { done: 40, total: 100 } } });
    await running.ctx.inTenant(async () => undefined, { final: true });
    expect(await stream.event()).toMatchObject({ event: 'end', job: { status: 'succeeded', progress: { done: 40, total: 100 } } });
    expect(await stream.next()).toBeUndefined();
  });

  it('sends heartbeat comments while nothing changes, and stops reading the job when the client leaves', async () => {
    const [queued] = await insertJobs(b.db, [{ tenantId, kind: 'events.idle', payload: {} }], t.clock.now());
    const stream = await follow(queued!.id);
    expect(await stream.event()).toMatchObject({ event: 'progress', job: { status: 'queued' } });
    expect(await stream.next()).toBe(': heartbeat');
    await stream.cancel();
    await new Promise((r) => setTimeout(r, 5 * POLL));
    const after = reads();
    await new Promise((r) => setTimeout(r, 10 * POLL));
    expect(reads()).toBe(after);
  });

  it('ends at once for a job already done, and answers 404, 401 and 403 before any stream', async () => {
    const [dead] = await insertJobs(b.db, [{ tenantId, kind: 'events.dead', payload: {}, maxAttempts: 1 }], t.clock.now());
    await b.db.query("UPDATE jobs SET status = 'dead', last_error = 'Error: gone' WHERE id = $1", [dead!.id]);
    const stream = await follow(dead!.id);
    expect(await stream.event()).toMatchObject({ event: 'end', job: { status: 'dead', lastError: 'Error: gone' } });
    expect(await stream.next()).toBeUndefined();
    const other = await newTenant(b.db);
    const foreign = await t.app.request(`/api/admin/jobs/${dead!.id}/events`, { headers: as(other, 'u2', true) });
    expect([foreign.status, foreign.headers.get('content-type')]).toEqual([404, 'application/problem+json']);
    expect((await t.app.request(`/api/admin/jobs/${dead!.id}/events`)).status).toBe(401);
    expect((await t.app.request(`/api/admin/jobs/${dead!.id}/events`, { headers: as(tenantId, 'u1') })).status).toBe(403);
  });

  it('is documented in OpenAPI as an event stream', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as { paths: Record<string, Record<string, { operationId: string; responses: Record<string, { content: object }> }>> };
    const op = doc.paths['/api/admin/jobs/{jobId}/events']?.get;
    expect(op?.operationId).toBe('followJob');
    expect(Object.keys(op?.responses['200']?.content ?? {})).toEqual(['text/event-stream']);
  });
});
