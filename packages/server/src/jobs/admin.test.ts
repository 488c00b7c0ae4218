import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, rejection } from '../test-support/store-fixtures.js';
import { listJobs, retryDeadJob } from './admin.js';
import { claimJobs, failAttempt, tokenOf } from './lease.js';
import { insertJobs } from './queue.js';
import { backends } from './test-backends.js';
import type { OpenBackend } from './test-backends.js';
import type { Job } from './types.js';

const t0 = new Date('2025-03-01T08:00:00.000Z');
const at = (ms: number): Date => new Date(t0.getTime() + ms);

describe.each(backends)('dead letters on $name', (backend) => {
  let b: OpenBackend;
  beforeAll(async () => {
    b = await backend.open();
  });
  afterAll(() => b.dispose());

  async function deadJobs(tenantId: string, n: number): Promise<Job[]> {
    const kind = `admin.dead${n}`;
    await insertJobs(b.db, Array.from({ length: n }, (_, i) => ({ tenantId, kind, payload: { i } })), t0);
    const claimed = await claimJobs(b.db, { workerId: 'w', kinds: [kind], now: t0, leaseMs: 1_000, limit: n });
    // Each dies a second apart, so the newest first order is known.
    for (const [i, job] of claimed.entries()) await failAttempt(b.db, tokenOf(job, 'w'), at(i * 1_000), `Error: no ${i}`, null);
    return claimed;
  }

  it("lists a tenant's dead jobs newest first, a page at a time, and no other tenant's", async () => {
    const tenantId = await newTenant(b.db);
    const jobs = await deadJobs(tenantId, 5);
    await deadJobs(await newTenant(b.db), 1);
    const first = await b.db.withTenant(tenantId, (tx) => listJobs(tx, tenantId, { status: 'dead', limit: 2 }));
    expect(first.items.map((j) => j.lastError)).toEqual(['Error: no 4', 'Error: no 3']);
    const cursor = (text: string | null) => JSON.parse(Buffer.from(text!, 'base64url').toString()) as [string, string];
    const second = await b.db.withTenant(tenantId, (tx) => listJobs(tx, tenantId, { status: 'dead', limit: 2, cursor: { at: cursor(first.nextCursor)[0], id: cursor(first.nextCursor)[1] } }));
    expect(second.items.map((j) => j.lastError)).toEqual(['Error: no 2', 'Error: no 1']);
    const all = await b.db.withTenant(tenantId, (tx) => listJobs(tx, tenantId, { status: 'dead', limit: 10 }));
    expect([all.items.length, all.nextCursor]).toEqual([5, null]);
    expect(new Set(all.items.map((j) => j.id))).toEqual(new Set(jobs.map((j) => j.id)));
    expect((await b.db.withTenant(tenantId, (tx) => listJobs(tx, tenantId, { status: 'queued', limit: 10 }))).items).toEqual([]);
  });

  it('puts a dead job back in the queue with its attempts reset, so a worker runs it again', async () => {
    const tenantId = await newTenant(b.db);
    const [job] = await deadJobs(tenantId, 1);
    const retried = await b.db.withTenant(tenantId, (tx) => retryDeadJob(tx, tenantId, job!.id, at(60_000)));
    expect(retried).toMatchObject({ status: 'queued', attempts: 0, runAt: at(60_000).toISOString(), lastError: 'Error: no 0', finishedAt: null });
    const [again] = await claimJobs(b.db, { workerId: 'w2', kinds: [job!.kind], now: at(60_000), leaseMs: 1_000, limit: 1 });
    expect(again).toMatchObject({ id: job!.id, attempts: 1 });
  });

  it('refuses to retry a job that is not dead (409), or is unknown or another tenant’s (404)', async () => {
    const tenantId = await newTenant(b.db);
    const [queued] = await insertJobs(b.db, [{ tenantId, kind: 'admin.live', payload: {} }], t0);
    const notDead = await rejection(b.db.withTenant(tenantId, (tx) => retryDeadJob(tx, tenantId, queued!.id, t0)));
    expect([notDead.status, notDead.code, notDead.message]).toEqual([409, 'job_not_dead', `Job "${queued!.id}" is queued, not dead: only dead jobs can be retried.`]);
    expect((await rejection(b.db.withTenant(tenantId, (tx) => retryDeadJob(tx, tenantId, 'nope', t0)))).status).toBe(404);
    const other = await newTenant(b.db);
    const [foreign] = await deadJobs(other, 1);
    expect((await rejection(b.db.withTenant(tenantId, (tx) => retryDeadJob(tx, other, foreign!.id, t0)))).status).toBe(404);
  });
});
