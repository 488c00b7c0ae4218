import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant } from '../test-support/store-fixtures.js';
import { claimJobs, failAttempt, finishJob, reapExpiredJobs, releaseJob, renewLease, tokenOf } from './lease.js';
import { getJob, insertJobs } from './queue.js';
import { backends } from './test-backends.js';
import type { OpenBackend } from './test-backends.js';

const t0 = new Date('2025-03-01T08:00:00.000Z');
const at = (ms: number): Date => new Date(t0.getTime() + ms);
const LEASE = 30_000;

describe.each(backends)('leases on $name', (backend) => {
  let b: OpenBackend;
  beforeAll(async () => {
    b = await backend.open();
  });
  afterAll(() => b.dispose());

  // Each test uses its own kind, so jobs of other tests (same database) are never claimed.
  const claim = (kind: string, now: Date, workerId = 'w1', limit = 10) => claimJobs(b.db, { workerId, kinds: [kind], now, leaseMs: LEASE, limit });

  it('claims due jobs only, highest priority then longest due first, as a new attempt under a lease', async () => {
    const tenantId = await newTenant(b.db);
    const [low, high, old, future] = await insertJobs(b.db, [
      { tenantId, kind: 'lease.order', payload: { n: 'low' }, runAt: at(-1_000) },
      { tenantId, kind: 'lease.order', payload: { n: 'high' }, runAt: at(0), priority: 5 },
      { tenantId, kind: 'lease.order', payload: { n: 'old' }, runAt: at(-60_000) },
      { tenantId, kind: 'lease.order', payload: { n: 'future' }, runAt: at(1) },
    ], t0);
    await insertJobs(b.db, [{ tenantId, kind: 'lease.other', payload: {} }], t0);
    const claimed = await claim('lease.order', t0);
    expect(claimed.map((j) => j.id)).toEqual([high!.id, old!.id, low!.id]);
    expect(claimed[0]).toMatchObject({ status: 'running', attempts: 1, lockedBy: 'w1', leaseUntil: at(LEASE).toISOString(), updatedAt: t0.toISOString() });
    expect(await claim('lease.order', t0, 'w2')).toEqual([]);
    expect((await claim('lease.order', at(1), 'w2')).map((j) => j.id)).toEqual([future!.id]);
  });

  it('takes a job back once its lease runs out, as the next attempt, and fences off the old holder', async () => {
    const tenantId = await newTenant(b.db);
    await insertJobs(b.db, [{ tenantId, kind: 'lease.expiry', payload: {} }], t0);
    const [first] = await claim('lease.expiry', t0, 'dies');
    expect(await claim('lease.expiry', at(LEASE - 1), 'w2')).toEqual([]);
    const [again] = await claim('lease.expiry', at(LEASE), 'w2');
    expect(again).toMatchObject({ id: first!.id, attempts: 2, lockedBy: 'w2' });
    const stale = tokenOf(first!, 'dies');
    expect(await renewLease(b.db, stale, at(LEASE), LEASE)).toBe(false);
    expect(await finishJob(b.db, stale, at(LEASE))).toBe(false);
    expect(await failAttempt(b.db, stale, at(LEASE), 'late', null)).toBeUndefined();
    expect(await releaseJob(b.db, stale, at(LEASE))).toBe(false);
    expect(await getJob(b.db, tenantId, first!.id)).toMatchObject({ status: 'running', lockedBy: 'w2', attempts: 2 });
  });

  it('renews a lease for its holder, which keeps the job from being taken', async () => {
    const tenantId = await newTenant(b.db);
    await insertJobs(b.db, [{ tenantId, kind: 'lease.renew', payload: {} }], t0);
    const [job] = await claim('lease.renew', t0);
    expect(await renewLease(b.db, tokenOf(job!, 'w1'), at(20_000), LEASE)).toBe(true);
    expect(await claim('lease.renew', at(LEASE), 'w2')).toEqual([]);
    expect((await getJob(b.db, tenantId, job!.id))!.leaseUntil).toBe(at(20_000 + LEASE).toISOString());
  });

  it('ends attempts: succeeded, failed until its retry time, dead, or released as it was', async () => {
    const tenantId = await newTenant(b.db);
    const [ok, retry, dead, released] = await insertJobs(b.db, ['ok', 'retry', 'dead', 'released'].map((n) => ({ tenantId, kind: 'lease.end', payload: { n } })), t0);
    await claim('lease.end', t0);
    const token = (id: string) => ({ tenantId, jobId: id, workerId: 'w1', attempt: 1 });
    expect(await finishJob(b.db, token(ok!.id), at(1))).toBe(true);
    expect(await failAttempt(b.db, token(retry!.id), at(1), 'Error: flaky', at(10_001))).toBe('failed');
    expect(await failAttempt(b.db, token(dead!.id), at(1), 'Error: hopeless', null)).toBe('dead');
    expect(await releaseJob(b.db, token(released!.id), at(1))).toBe(true);
    const rows = await Promise.all([ok, retry, dead, released].map((j) => getJob(b.db, tenantId, j!.id)));
    expect(rows.map((j) => [j!.status, j!.attempts, j!.runAt, j!.leaseUntil, j!.lastError, j!.finishedAt])).toEqual([
      ['succeeded', 1, t0.toISOString(), null, null, at(1).toISOString()],
      ['failed', 1, at(10_001).toISOString(), null, 'Error: flaky', null],
      ['dead', 1, t0.toISOString(), null, 'Error: hopeless', at(1).toISOString()],
      ['queued', 0, at(1).toISOString(), null, null, null],
    ]);
    expect((await claim('lease.end', at(10_000))).map((j) => j.id)).toEqual([released!.id]);
    expect((await claim('lease.end', at(10_001))).map((j) => [j.id, j.attempts])).toEqual([[retry!.id, 2]]);
  });

  it('sends a job whose last attempt never finished to the dead letters instead of claiming it', async () => {
    const tenantId = await newTenant(b.db);
    const [job] = await insertJobs(b.db, [{ tenantId, kind: 'lease.reap', payload: {}, maxAttempts: 1 }], t0);
    await claim('lease.reap', t0, 'dies');
    expect(await claim('lease.reap', at(LEASE), 'w2')).toEqual([]);
    expect(await reapExpiredJobs(b.db, at(LEASE))).toBeGreaterThanOrEqual(1);
    expect(await getJob(b.db, tenantId, job!.id)).toMatchObject({
      status: 'dead', leaseUntil: null, finishedAt: at(LEASE).toISOString(),
      lastError: 'Attempt 1 of 1 never finished: its worker stopped and its lease ran out.',
    });
  });
});
