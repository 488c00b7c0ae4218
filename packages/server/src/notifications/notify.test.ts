import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends, tenantWithUsers } from '../jobs/test-backends.js';
import type { OpenBackend } from '../jobs/test-backends.js';
import { rejection } from '../test-support/store-fixtures.js';
import { EMAIL_OFF, notify, sendEmails } from './notify.js';
import { CHANNELS, DELIVERY_STATUSES } from './types.js';
import type { NotificationInput } from './types.js';
import { upsertWebhook } from './webhooks.js';

const now = new Date('2025-03-01T08:00:00.000Z');
const message = { 'zh-CN': '客户甲已逾期 30 天。', en: 'Customer A is 30 days overdue.' };

describe.each(backends)('notify on $name', (backend) => {
  let b: OpenBackend;
  beforeAll(async () => {
    b = await backend.open();
    sendEmails(true);
  });
  afterAll(async () => {
    sendEmails(false);
    await b.dispose();
  });

  const outbox = async (tenantId: string) => ({
    notifications: await b.db.query<{ user_id: string; topic: string; message: unknown; event_id: string }>('SELECT user_id, topic, message, event_id FROM notifications WHERE tenant_id = $1 ORDER BY user_id', [tenantId]),
    deliveries: await b.db.query<{ id: string; channel: string; target: string; status: string; job_id: string | null; body: Record<string, unknown> }>(
      'SELECT id, channel, target, status, job_id, body FROM notification_deliveries WHERE tenant_id = $1 ORDER BY channel, target', [tenantId]),
    jobs: await b.db.query<{ id: string; kind: string; payload: { deliveryId: string }; status: string }>('SELECT id, kind, payload, status FROM jobs WHERE tenant_id = $1', [tenantId]),
  });

  it('writes an in-app notification per recipient, and an email and a webhook delivery each with its job', async () => {
    const { tenantId, userIds } = await tenantWithUsers(b.db, 2);
    await b.db.withTenant(tenantId, async (tx) => {
      await upsertWebhook(tx, tenantId, { id: 'all', url: 'https://erp.example.com/all' }, now);
      await upsertWebhook(tx, tenantId, { id: 'overdue', url: 'https://erp.example.com/o', topics: ['overdue.alert'] }, now);
      await upsertWebhook(tx, tenantId, { id: 'other', url: 'https://erp.example.com/x', topics: ['approval.task'] }, now);
      await upsertWebhook(tx, tenantId, { id: 'off', url: 'https://erp.example.com/off', enabled: false }, now);
    });
    const input: NotificationInput = { topic: 'overdue.alert', to: [...userIds, userIds[0]!], message, title: { 'zh-CN': '逾期', en: 'Overdue' }, link: '/records/r1', data: { recordId: 'r1' } };
    const result = await b.db.withTenant(tenantId, (tx) => notify(tx, tenantId, input, now));
    const { notifications, deliveries, jobs } = await outbox(tenantId);
    expect(notifications.map((n) => [n.user_id, n.topic, n.message, n.event_id])).toEqual([...userIds].sort().map((u) => [u, 'overdue.alert', message, result.eventId]));
    expect(result.notified.map((n) => n.userId)).toEqual(userIds);
    expect(deliveries.map((d) => [d.channel, d.target, d.status])).toEqual([
      ...[...userIds].sort().map((u) => ['email', u, 'pending']),
      ['webhook', 'all', 'pending'],
      ['webhook', 'overdue', 'pending'],
    ]);
    expect(new Set(jobs.map((j) => `${j.id} ${j.kind} ${j.payload.deliveryId} ${j.status}`))).toEqual(
      new Set(deliveries.map((d) => `${d.job_id} notification.${d.channel} ${d.id} queued`)),
    );
    expect(new Set(result.jobIds)).toEqual(new Set(jobs.map((j) => j.id)));
    expect(deliveries.find((d) => d.target === 'all')!.body).toEqual({
      id: result.eventId, topic: 'overdue.alert', tenantId, createdAt: now.toISOString(), recipients: userIds,
      title: { 'zh-CN': '逾期', en: 'Overdue' }, message, link: '/records/r1', data: { recordId: 'r1' },
    });
    expect(deliveries.find((d) => d.channel === 'email')!.body).toMatchObject({ subject: '逾期 / Overdue', text: `${message['zh-CN']}\n\n${message.en}`, link: '/records/r1' });
  });

  it('stores each email as skipped, saying why and with no job, while the server sends no email', async () => {
    const { tenantId, userIds } = await tenantWithUsers(b.db, 2);
    await b.db.withTenant(tenantId, (tx) => upsertWebhook(tx, tenantId, { id: 'all', url: 'https://erp.example.com/all' }, now));
    sendEmails(false);
    try {
      const result = await b.db.withTenant(tenantId, (tx) => notify(tx, tenantId, { topic: 'overdue.alert', to: userIds, message }, now));
      const { deliveries, jobs } = await outbox(tenantId);
      expect(deliveries.map((d) => [d.channel, d.target, d.status, d.job_id])).toEqual([
        ...[...userIds].sort().map((u) => ['email', u, 'skipped', null]),
        ['webhook', 'all', 'pending', expect.any(String)],
      ]);
      expect(await b.db.query('SELECT DISTINCT detail FROM notification_deliveries WHERE tenant_id = $1 AND channel = $2', [tenantId, 'email'])).toEqual([{ detail: EMAIL_OFF }]);
      expect(jobs.map((j) => j.kind)).toEqual(['notification.webhook']);
      expect(result.jobIds).toEqual(jobs.map((j) => j.id));
    } finally {
      sendEmails(true);
    }
  });

  it('leaves out recipients who are not active users of the tenant', async () => {
    const { tenantId, userIds } = await tenantWithUsers(b.db, 2);
    const stranger = (await tenantWithUsers(b.db, 1)).userIds[0]!;
    await b.db.query('UPDATE users SET active = false WHERE tenant_id = $1 AND id = $2', [tenantId, userIds[1]!]);
    const result = await b.db.withTenant(tenantId, (tx) => notify(tx, tenantId, { topic: 'overdue.alert', to: [userIds[0]!, userIds[1]!, stranger, 'ghost'], message }, now));
    expect(result.notified.map((n) => n.userId)).toEqual([userIds[0]]);
    expect(result.skipped).toEqual([userIds[1], stranger, 'ghost']);
    expect((await outbox(tenantId)).deliveries.map((d) => d.target)).toEqual([userIds[0]]);
  });

  it('stores a skipped email only for the recipients it notified, while the server sends no email', async () => {
    const { tenantId, userIds } = await tenantWithUsers(b.db, 2);
    const stranger = (await tenantWithUsers(b.db, 1)).userIds[0]!;
    await b.db.query('UPDATE users SET active = false WHERE tenant_id = $1 AND id = $2', [tenantId, userIds[1]!]);
    sendEmails(false);
    try {
      await b.db.withTenant(tenantId, (tx) => notify(tx, tenantId, { topic: 'overdue.alert', to: [userIds[0]!, userIds[1]!, stranger, 'ghost'], message }, now));
      expect((await outbox(tenantId)).deliveries.map((d) => [d.channel, d.target, d.status])).toEqual([['email', userIds[0], 'skipped']]);
    } finally {
      sendEmails(true);
    }
  });

  it('writes nothing, no notification, delivery or job, when the transaction rolls back', async () => {
    const { tenantId, userIds } = await tenantWithUsers(b.db, 1);
    await b.db.withTenant(tenantId, (tx) => upsertWebhook(tx, tenantId, { id: 'all', url: 'https://erp.example.com/all' }, now));
    const boom = new Error('the change that caused it failed');
    await expect(
      b.db.withTenant(tenantId, async (tx) => {
        await notify(tx, tenantId, { topic: 'overdue.alert', to: userIds, message }, now);
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(await outbox(tenantId)).toEqual({ notifications: [], deliveries: [], jobs: [] });
  });

  it('refuses a bad notification with every problem at once', async () => {
    const { tenantId } = await tenantWithUsers(b.db, 0);
    const bad = { topic: 'Overdue Alert', to: [''], message: { 'zh-CN': '', en: 'x' }, link: '//evil.example.com' };
    const error = await rejection(b.db.withTenant(tenantId, (tx) => notify(tx, tenantId, bad, now)));
    expect([error.status, error.problems.map((p) => p.path)]).toEqual([422, ['/topic', '/to/0', '/message/zh-CN', '/link']]);
  });

  it('mirrors the delivery status and channel unions in CHECK constraints', async () => {
    const { tenantId, userIds } = await tenantWithUsers(b.db, 1);
    await b.db.withTenant(tenantId, (tx) => notify(tx, tenantId, { topic: 'test.check', to: userIds, message }, now));
    for (const status of DELIVERY_STATUSES) await b.db.query('UPDATE notification_deliveries SET status = $1 WHERE tenant_id = $2', [status, tenantId]);
    for (const channel of CHANNELS) await b.db.query('UPDATE notification_deliveries SET channel = $1 WHERE tenant_id = $2', [channel, tenantId]);
    expect((await rejection(b.db.query("UPDATE notification_deliveries SET status = 'lost' WHERE tenant_id = $1", [tenantId]))).code).toBe('check_failed');
    expect((await rejection(b.db.query("UPDATE notification_deliveries SET channel = 'sms' WHERE tenant_id = $1", [tenantId]))).code).toBe('check_failed');
  });
});
