import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../test-support/manual-clock.js';
import { newTenant } from '../test-support/store-fixtures.js';
import { createJobContext } from './context.js';
import { LeaseLostError } from './errors.js';
import { claimJobs } from './lease.js';
import { getJob, insertJobs } from './queue.js';
import { backends } from './test-backends.js';
import type { OpenBackend } from './test-backends.js';
import type { Job } from './types.js';

const LEASE = 30_000;

describe.each(backends)('job context on $name', (backend) => {
  let b: OpenBackend;
  beforeAll(async () => {
    b = await backend.open();
    await b.db.exec('CREATE TABLE context_effects (tenant_id text, job_id text, step int)');
  });
  afterAll(() => b.dispose());

  async function claimed(kind: string, workerId: string, now: Date): Promise<Job<{ step: number }>> {
    const [job] = await claimJobs(b.db, { workerId, kinds: [kind], now, leaseMs: LEASE, limit: 1 });
    if (job === undefined) throw new Error(`no ${kind} job to claim`);
    return job as Job<{ step: number }>;
  }

  it('saves a checkpoint with the work, renewing the lease, and ends the job in the final transaction', async () => {
    const clock = manualClock('2025-03-01T08:00:00.000Z');
    const tenantId = await newTenant(b.db);
    await insertJobs(b.db, [{ tenantId, kind: 'ctx.checkpoint', payload: { step: 0 } }], clock.now());
    const job = await claimed('ctx.checkpoint', 'w1', clock.now());
    const running = createJobContext({ db: b.db, clock, job, workerId: 'w1', leaseMs: LEASE });
    clock.advance(5_000);
    await running.ctx.inTenant(async (tx) => {
      await tx.query('INSERT INTO context_effects VALUES ($1, $2, 1)', [tenantId, job.id]);
      await running.ctx.checkpoint(tx, { payload: { step: 1 }, done: 50, total: 200 });
    });
    expect(await getJob(b.db, tenantId, job.id)).toMatchObject({ payload: { step: 1 }, progress: { done: 50, total: 200 }, leaseUntil: '2025-03-01T08:00:35.000Z', status: 'running' });
    expect(running.completed()).toBe(false);
    await running.ctx.inTenant((tx) => tx.query('INSERT INTO context_effects VALUES ($1, $2, 2)', [tenantId, job.id]), { final: true });
    expect(running.completed()).toBe(true);
    expect(await getJob(b.db, tenantId, job.id)).toMatchObject({ status: 'succeeded', leaseUntil: null, finishedAt: '2025-03-01T08:00:05.000Z' });
  });

  it('rolls back the work of a worker that lost its lease, and tells it so', async () => {
    const clock = manualClock('2025-03-01T08:00:00.000Z');
    const tenantId = await newTenant(b.db);
    await insertJobs(b.db, [{ tenantId, kind: 'ctx.fence', payload: { step: 0 } }], clock.now());
    const slow = createJobContext({ db: b.db, clock, job: await claimed('ctx.fence', 'slow', clock.now()), workerId: 'slow', leaseMs: LEASE });
    clock.advance(LEASE);
    const job = await claimed('ctx.fence', 'fast', clock.now());
    expect(job.attempts).toBe(2);
    const work = slow.ctx.inTenant((tx) => tx.query('INSERT INTO context_effects VALUES ($1, $2, 99)', [tenantId, job.id]));
    await expect(work).rejects.toBeInstanceOf(LeaseLostError);
    await expect(slow.ctx.heartbeat()).rejects.toBeInstanceOf(LeaseLostError);
    expect([slow.lost(), slow.ctx.signal.aborted]).toEqual([true, true]);
    expect(await b.db.query('SELECT step FROM context_effects WHERE job_id = $1', [job.id])).toEqual([]);
    expect(await getJob(b.db, tenantId, job.id)).toMatchObject({ lockedBy: 'fast', status: 'running' });
  });

  it('runs its transactions as the tenant, under row-level security', async () => {
    const clock = manualClock();
    const [tenantId, other] = [await newTenant(b.db), await newTenant(b.db)];
    await insertJobs(b.db, [{ tenantId, kind: 'ctx.tenant', payload: { step: 0 } }], clock.now());
    const running = createJobContext({ db: b.db, clock, job: await claimed('ctx.tenant', 'w1', clock.now()), workerId: 'w1', leaseMs: LEASE });
    const seen = await running.ctx.inTenant((tx) => tx.query<{ id: string }>('SELECT id FROM tenants'));
    expect(seen).toEqual([{ id: tenantId }]);
    expect(seen).not.toContainEqual({ id: other });
  });

  it('refuses a progress that is not a whole number of at least 0', async () => {
    const clock = manualClock();
    const tenantId = await newTenant(b.db);
    await insertJobs(b.db, [{ tenantId, kind: 'ctx.progress', payload: { step: 0 } }], clock.now());
    const running = createJobContext({ db: b.db, clock, job: await claimed('ctx.progress', 'w1', clock.now()), workerId: 'w1', leaseMs: LEASE });
    await expect(running.ctx.inTenant((tx) => running.ctx.checkpoint(tx, { done: -1 }))).rejects.toThrow(/at least 0/);
    await expect(running.ctx.inTenant((tx) => running.ctx.checkpoint(tx, { total: 1.5 }))).rejects.toThrow(/whole number/);
  });
});
