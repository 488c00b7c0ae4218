import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newTenant, rejection } from '../test-support/store-fixtures.js';
import { enqueue, getJob, insertJobs } from './queue.js';
import { backends } from './test-backends.js';
import type { OpenBackend } from './test-backends.js';
import { JOB_STATUSES } from './types.js';

const now = new Date('2025-03-01T08:00:00.000Z');

describe.each(backends)('job queue on $name', (backend) => {
  let b: OpenBackend;
  beforeAll(async () => {
    b = await backend.open();
  });
  afterAll(() => b.dispose());

  it('queues jobs in the order given, with defaults filled in from the clock', async () => {
    const tenantId = await newTenant(b.db);
    const later = new Date(now.getTime() + 60_000);
    const jobs = await b.db.withTenant(tenantId, (tx) =>
      insertJobs(tx, [
        { tenantId, kind: 'test.first', payload: { n: 1, text: 'quote " and \\ backslash' } },
        { tenantId, kind: 'test.second', payload: { n: 2 }, runAt: later, priority: 7, maxAttempts: 2 },
      ], now),
    );
    expect(jobs.map((j) => [j.kind, j.payload, j.status, j.runAt, j.priority, j.attempts, j.maxAttempts, j.progress, j.createdAt])).toEqual([
      ['test.first', { n: 1, text: 'quote " and \\ backslash' }, 'queued', now.toISOString(), 0, 0, 5, { done: 0, total: null }, now.toISOString()],
      ['test.second', { n: 2 }, 'queued', later.toISOString(), 7, 0, 2, { done: 0, total: null }, now.toISOString()],
    ]);
    expect(await getJob(b.db, tenantId, jobs[1]!.id)).toEqual(jobs[1]);
  });

  it('exists only if the transaction that queued it commits', async () => {
    const tenantId = await newTenant(b.db);
    const boom = new Error('boom');
    await expect(
      b.db.withTenant(tenantId, async (tx) => {
        await insertJobs(tx, [{ tenantId, id: 'rolled-back', kind: 'test.job', payload: {} }], now);
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(await getJob(b.db, tenantId, 'rolled-back')).toBeUndefined();
  });

  it('queues one job per dedupe key and kind, and enqueue returns the first', async () => {
    const tenantId = await newTenant(b.db);
    const payload = { deliveryId: 'd1' };
    const first = await b.db.withTenant(tenantId, (tx) => enqueue(tx, tenantId, { kind: 'notification.email', payload, dedupeKey: 'k1' }, now));
    const again = await b.db.withTenant(tenantId, (tx) => enqueue(tx, tenantId, { kind: 'notification.email', payload: { deliveryId: 'other' }, dedupeKey: 'k1' }, now));
    expect(again).toEqual(first);
    const batch = await b.db.withTenant(tenantId, (tx) =>
      insertJobs(tx, [
        { tenantId, kind: 'notification.email', payload, dedupeKey: 'k1' },
        { tenantId, kind: 'notification.webhook', payload, dedupeKey: 'k1' },
        { tenantId, kind: 'notification.webhook', payload, dedupeKey: 'k2' },
        { tenantId, kind: 'notification.webhook', payload, dedupeKey: 'k2' },
      ], now),
    );
    expect(batch.map((j) => [j.kind, j.dedupeKey])).toEqual([
      ['notification.webhook', 'k1'],
      ['notification.webhook', 'k2'],
    ]);
    const other = await newTenant(b.db);
    const elsewhere = await b.db.withTenant(other, (tx) => enqueue(tx, other, { kind: 'notification.email', payload, dedupeKey: 'k1' }, now));
    expect(elsewhere.id).not.toBe(first.id);
  });

  it("keeps each tenant's jobs to itself", async () => {
    const [a, c] = [await newTenant(b.db), await newTenant(b.db)];
    const [job] = await b.db.withTenant(a, (tx) => insertJobs(tx, [{ tenantId: a, kind: 'test.job', payload: {} }], now));
    expect(await b.db.withTenant(c, (tx) => getJob(tx, a, job!.id))).toBeUndefined();
    const sneak = b.db.withTenant(c, (tx) => insertJobs(tx, [{ tenantId: a, kind: 'test.job', payload: {} }], now));
    expect((await rejection(sneak)).code).toBe('forbidden');
  });

  it('mirrors the status union in the CHECK constraint, and refuses bad kinds and payloads', async () => {
    const tenantId = await newTenant(b.db);
    const [job] = await insertJobs(b.db, [{ tenantId, kind: 'test.job', payload: {} }], now);
    for (const status of JOB_STATUSES) {
      const lease = status === 'running' ? now : null;
      await b.db.query('UPDATE jobs SET status = $1, lease_until = $2 WHERE id = $3', [status, lease, job!.id]);
    }
    const bad = [
      () => b.db.query("UPDATE jobs SET status = 'paused', lease_until = NULL WHERE id = $1", [job!.id]),
      () => b.db.query("UPDATE jobs SET status = 'running', lease_until = NULL WHERE id = $1", [job!.id]),
      () => insertJobs(b.db, [{ tenantId, kind: 'Bad Kind', payload: {} }], now),
      () => b.db.query("UPDATE jobs SET payload = '[1]'::jsonb WHERE id = $1", [job!.id]),
    ];
    for (const attempt of bad) expect((await rejection(attempt())).code).toBe('check_failed');
  });
});
