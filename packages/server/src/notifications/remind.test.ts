import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertJobs } from '../jobs/queue.js';
import { createJobHandlers } from '../jobs/registry.js';
import { backends, fakeTimers, tenantWithUsers } from '../jobs/test-backends.js';
import type { OpenBackend } from '../jobs/test-backends.js';
import { Worker } from '../jobs/worker.js';
import { Scheduler } from '../schedules/scheduler.js';
import { upsertSchedule } from '../schedules/store.js';
import { manualClock } from '../test-support/manual-clock.js';

describe.each(backends)('scheduled reminders on $name', (backend) => {
  let b: OpenBackend;
  beforeAll(async () => {
    b = await backend.open();
  });
  afterAll(() => b.dispose());

  it('notifies the people a quarterly schedule names, once per quarter', async () => {
    const clock = manualClock('2025-03-31T00:00:00.000Z');
    const { tenantId, userIds } = await tenantWithUsers(b.db, 2);
    const payload = { topic: 'review.quarterly', to: userIds, message: { 'zh-CN': '请开始季度信用复审。', en: 'Start the quarterly credit review.' } };
    await b.db.withTenant(tenantId, (tx) => upsertSchedule(tx, tenantId, { id: 'quarterly_review', cron: '0 9 1 1,4,7,10 *', jobKind: 'notification.remind', payload }, clock.now()));
    const scheduler = new Scheduler({ db: b.db, clock });
    const worker = new Worker({ db: b.db, clock, timers: fakeTimers(), handlers: createJobHandlers({ db: b.db, clock }) });
    const notifications = () => b.db.query<{ user_id: string; created_at: string }>('SELECT user_id, created_at FROM notifications WHERE tenant_id = $1 ORDER BY created_at, user_id', [tenantId]);
    // Every hour of two days around 1 April, both ticking and working.
    for (let hour = 0; hour < 48; hour += 1) {
      await scheduler.tick();
      while ((await worker.runOnce()).length > 0);
      clock.advance(3_600_000);
    }
    const rows = await notifications();
    expect(rows.map((r) => r.user_id).sort()).toEqual([...userIds].sort());
    expect(new Set(rows.map((r) => r.created_at))).toEqual(new Set(['2025-04-01T01:00:00.000Z']));
    const [reminder] = await b.db.query("SELECT status, run_at FROM jobs WHERE tenant_id = $1 AND kind = 'notification.remind'", [tenantId]);
    expect(reminder).toEqual({ status: 'succeeded', run_at: '2025-04-01T01:00:00.000Z' });
  });

  it('sends a reminder that cannot be sent to the dead letters at once', async () => {
    const clock = manualClock();
    const { tenantId } = await tenantWithUsers(b.db, 0);
    await insertJobs(b.db, [{ tenantId, kind: 'notification.remind', payload: { topic: 'Bad Topic', to: [], message: { 'zh-CN': 'x', en: 'x' } } }], clock.now());
    const worker = new Worker({ db: b.db, clock, timers: fakeTimers(), handlers: createJobHandlers({ db: b.db, clock }) });
    expect((await worker.runOnce()).map((o) => o.result)).toEqual(['dead']);
    const [job] = await b.db.query<{ last_error: string }>("SELECT last_error FROM jobs WHERE tenant_id = $1 AND kind = 'notification.remind'", [tenantId]);
    expect(job!.last_error).toMatch(/^PermanentJobError: The reminder cannot be sent: \/topic Topic "Bad Topic"/);
  });
});
