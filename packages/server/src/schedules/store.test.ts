import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../jobs/test-backends.js';
import type { OpenBackend } from '../jobs/test-backends.js';
import type { ReminderJob } from '../notifications/types.js';
import { newTenant, rejection } from '../test-support/store-fixtures.js';
import { deleteSchedule, listSchedules, setScheduleEnabled, upsertSchedule } from './store.js';

const payload: ReminderJob = { topic: 'review.quarterly', to: [], message: { 'zh-CN': '请开始季度复审。', en: 'Start the quarterly review.' } };
const now = new Date('2025-01-01T00:00:00.000Z');
const spec = { id: 'quarterly_review', cron: '0 9 1 1,4,7,10 *', jobKind: 'notification.remind' as const, payload };

describe.each(backends)('schedules on $name', (backend) => {
  let b: OpenBackend;
  beforeAll(async () => {
    b = await backend.open();
  });
  afterAll(() => b.dispose());

  it('registers a schedule in Shanghai time by default, its first run after now', async () => {
    const tenantId = await newTenant(b.db);
    const s = await b.db.withTenant(tenantId, (tx) => upsertSchedule(tx, tenantId, spec, now));
    expect(s).toMatchObject({ id: 'quarterly_review', timezone: 'Asia/Shanghai', jobKind: 'notification.remind', payload, enabled: true, nextRunAt: '2025-01-01T01:00:00.000Z', lastRunAt: null });
    expect(await b.db.withTenant(tenantId, (tx) => listSchedules(tx, tenantId))).toEqual([s]);
  });

  it('keeps the next run when registered again unchanged, and starts afresh when the cron or zone changes', async () => {
    const tenantId = await newTenant(b.db);
    const upsert = (s: Parameters<typeof upsertSchedule>[2], at: Date) => b.db.withTenant(tenantId, (tx) => upsertSchedule(tx, tenantId, s, at));
    await upsert(spec, now);
    const later = new Date('2025-01-01T05:00:00.000Z');
    // A restart at 05:00 UTC registers it again: the 01:00 run, due and not yet fired, is kept.
    expect((await upsert(spec, later)).nextRunAt).toBe('2025-01-01T01:00:00.000Z');
    expect((await upsert({ ...spec, timezone: 'UTC' }, later)).nextRunAt).toBe('2025-01-01T09:00:00.000Z');
    expect((await upsert({ ...spec, timezone: 'UTC', cron: '0 12 2 * *' }, later)).nextRunAt).toBe('2025-01-02T12:00:00.000Z');
  });

  it('disables and enables a schedule, enabling counting from now', async () => {
    const tenantId = await newTenant(b.db);
    const set = (enabled: boolean, at: Date) => b.db.withTenant(tenantId, (tx) => setScheduleEnabled(tx, tenantId, spec.id, enabled, at));
    await b.db.withTenant(tenantId, (tx) => upsertSchedule(tx, tenantId, spec, now));
    expect(await set(false, now)).toMatchObject({ enabled: false, nextRunAt: '2025-01-01T01:00:00.000Z' });
    expect(await set(true, new Date('2025-02-01T00:00:00.000Z'))).toMatchObject({ enabled: true, nextRunAt: '2025-04-01T01:00:00.000Z' });
    expect((await rejection(b.db.withTenant(tenantId, (tx) => setScheduleEnabled(tx, tenantId, 'nope', true, now)))).status).toBe(404);
  });

  it('refuses a bad id, cron or time zone with every problem at once', async () => {
    const tenantId = await newTenant(b.db);
    const error = await rejection(b.db.withTenant(tenantId, (tx) => upsertSchedule(tx, tenantId, { ...spec, id: '1st', cron: '0 9 * *', timezone: 'Beijing' }, now)));
    expect([error.status, error.problems.map((p) => p.path)]).toEqual([422, ['/id', '/timezone', '/cron']]);
    expect(await b.db.withTenant(tenantId, (tx) => listSchedules(tx, tenantId))).toEqual([]);
  });

  it("deletes a schedule, and keeps each tenant's schedules to itself", async () => {
    const [a, c] = [await newTenant(b.db), await newTenant(b.db)];
    await b.db.withTenant(a, (tx) => upsertSchedule(tx, a, spec, now));
    expect(await b.db.withTenant(c, (tx) => listSchedules(tx, a))).toEqual([]);
    expect(await b.db.withTenant(c, (tx) => deleteSchedule(tx, a, spec.id))).toBe(false);
    expect(await b.db.withTenant(a, (tx) => deleteSchedule(tx, a, spec.id))).toBe(true);
    expect(await b.db.withTenant(a, (tx) => listSchedules(tx, a))).toEqual([]);
  });
});
