import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonLogger } from '../http/logger.js';
import { backends, fakeTimers } from '../jobs/test-backends.js';
import type { OpenBackend } from '../jobs/test-backends.js';
import type { ReminderJob } from '../notifications/types.js';
import { manualClock } from '../test-support/manual-clock.js';
import { newTenant } from '../test-support/store-fixtures.js';
import { Scheduler, fireDueSchedules, runKey } from './scheduler.js';
import { listSchedules, upsertSchedule } from './store.js';

const payload: ReminderJob = { topic: 'overdue.check', to: [], message: { 'zh-CN': '检查逾期。', en: 'Check overdue payments.' } };

describe.each(backends)('scheduler on $name', (backend) => {
  let b: OpenBackend;
  beforeAll(async () => {
    b = await backend.open();
  });
  afterAll(() => b.dispose());

  const jobsOf = (tenantId: string) =>
    b.db.query<{ run_at: string; kind: string; payload: unknown; dedupe_key: string }>('SELECT run_at, kind, payload, dedupe_key FROM jobs WHERE tenant_id = $1 ORDER BY run_at', [tenantId]);

  it('queues the job of a due schedule for its due time, once, and moves its next run on', async () => {
    const clock = manualClock('2025-01-01T00:00:00.000Z');
    const tenantId = await newTenant(b.db);
    await b.db.withTenant(tenantId, (tx) => upsertSchedule(tx, tenantId, { id: 'overdue_daily', cron: '0 9 * * *', jobKind: 'notification.remind', payload }, clock.now()));
    const scheduler = new Scheduler({ db: b.db, clock });
    expect((await scheduler.tick()).filter((f) => f.tenantId === tenantId)).toEqual([]);
    clock.set('2025-01-01T01:00:00.000Z');
    const fired = (await scheduler.tick()).filter((f) => f.tenantId === tenantId);
    expect(fired).toEqual([{ tenantId, scheduleId: 'overdue_daily', dueAt: '2025-01-01T01:00:00.000Z', jobId: expect.any(String), nextRunAt: '2025-01-02T01:00:00.000Z' }]);
    expect((await scheduler.tick()).filter((f) => f.tenantId === tenantId)).toEqual([]);
    expect(await jobsOf(tenantId)).toEqual([{ run_at: '2025-01-01T01:00:00.000Z', kind: 'notification.remind', payload, dedupe_key: runKey('overdue_daily', '2025-01-01T01:00:00.000Z') }]);
    expect((await listSchedules(b.db, tenantId))[0]).toMatchObject({ lastRunAt: '2025-01-01T01:00:00.000Z', lastJobId: fired[0]!.jobId, nextRunAt: '2025-01-02T01:00:00.000Z' });
  });

  it('makes up runs missed while no scheduler ran with one run, not one per missed time', async () => {
    const clock = manualClock('2025-01-01T00:00:00.000Z');
    const tenantId = await newTenant(b.db);
    await b.db.withTenant(tenantId, (tx) => upsertSchedule(tx, tenantId, { id: 'overdue_daily', cron: '0 9 * * *', jobKind: 'notification.remind', payload }, clock.now()));
    clock.set('2025-01-05T03:00:00.000Z');
    const fired = (await fireDueSchedules(b.db, clock.now())).fired.filter((f) => f.tenantId === tenantId);
    expect(fired.map((f) => [f.dueAt, f.nextRunAt])).toEqual([['2025-01-01T01:00:00.000Z', '2025-01-06T01:00:00.000Z']]);
    expect(await jobsOf(tenantId)).toHaveLength(1);
  });

  it('fires each due time exactly once across two schedulers ticking at the same moments', async () => {
    const clock = manualClock('2025-01-01T00:00:00.000Z');
    const tenants = await Promise.all(Array.from({ length: 6 }, () => newTenant(b.db)));
    for (const [i, tenantId] of tenants.entries()) {
      await b.db.withTenant(tenantId, async (tx) => {
        await upsertSchedule(tx, tenantId, { id: 'hourly', cron: `${i} * * * *`, timezone: 'UTC', jobKind: 'notification.remind', payload }, clock.now());
        await upsertSchedule(tx, tenantId, { id: 'daily', cron: '0 9 * * *', jobKind: 'notification.remind', payload }, clock.now());
      });
    }
    const one = new Scheduler({ db: b.db, clock, batch: 3 });
    const two = new Scheduler({ db: await b.another(), clock, batch: 3 });
    let fired = 0;
    // Two days, an hour at a time: 48 hourly runs and 2 daily runs per tenant.
    for (let hour = 1; hour <= 48; hour += 1) {
      clock.set(new Date(Date.UTC(2025, 0, 1, hour, 30)));
      const [a, c] = await Promise.all([one.tick(), two.tick()]);
      fired += [...a, ...c].filter((f) => tenants.includes(f.tenantId)).length;
    }
    expect(fired).toBe(6 * 50);
    const [counts] = await b.db.query<{ jobs: number; distinct_runs: number }>(
      'SELECT count(*)::int AS jobs, count(DISTINCT (tenant_id, dedupe_key))::int AS distinct_runs FROM jobs WHERE tenant_id = ANY($1::text[])',
      [tenants],
    );
    expect(counts).toEqual({ jobs: 300, distinct_runs: 300 });
  });

  it('disables a schedule whose next run cannot be computed, and says so', async () => {
    const clock = manualClock('2025-01-01T00:00:00.000Z');
    const tenantId = await newTenant(b.db);
    await b.db.withTenant(tenantId, (tx) => upsertSchedule(tx, tenantId, { id: 'broken', cron: '0 9 * * *', jobKind: 'notification.remind', payload }, clock.now()));
    await b.db.query("UPDATE schedules SET timezone = 'Nowhere/Atlantis' WHERE tenant_id = $1", [tenantId]);
    clock.set('2025-01-02T00:00:00.000Z');
    const logs: Record<string, unknown>[] = [];
    const logger = jsonLogger({ clock, write: (l) => logs.push(JSON.parse(l) as Record<string, unknown>) });
    const { fired } = await fireDueSchedules(b.db, clock.now(), { logger });
    expect(fired.filter((f) => f.tenantId === tenantId)).toEqual([]);
    expect((await listSchedules(b.db, tenantId))[0]).toMatchObject({ enabled: false });
    expect(await jobsOf(tenantId)).toEqual([]);
    expect(logs).toContainEqual(expect.objectContaining({ level: 'error', msg: 'schedule disabled: its next run cannot be computed', tenantId, scheduleId: 'broken' }));
  });

  it('ticks when started and on every interval, and stops', async () => {
    const clock = manualClock('2025-01-01T00:00:00.000Z');
    const timers = fakeTimers();
    const tenantId = await newTenant(b.db);
    await b.db.withTenant(tenantId, (tx) => upsertSchedule(tx, tenantId, { id: 'minutely', cron: '* * * * *', jobKind: 'notification.remind', payload }, clock.now()));
    const scheduler = new Scheduler({ db: b.db, clock, timers, intervalMs: 30_000 });
    clock.advance(60_000);
    scheduler.start();
    await timers.armed(30_000);
    clock.advance(60_000);
    await timers.fire(30_000);
    await timers.armed(30_000);
    await scheduler.stop();
    expect(timers.pending(30_000)).toBe(0);
    expect((await jobsOf(tenantId)).map((j) => j.run_at)).toEqual(['2025-01-01T00:01:00.000Z', '2025-01-01T00:02:00.000Z']);
  });
});
