/** @module notify: the outbox. In-app notifications, and the deliveries and jobs that send them, in the caller's transaction. */
import { randomUUID } from 'node:crypto';
import { json } from '../db/port.js';
import type { Queryable } from '../db/port.js';
import { validationFailed } from '../http/app-error.js';
import { insertJobs } from '../jobs/queue.js';
import type { NewJob } from '../jobs/queue.js';
import type { JobKind } from '../jobs/kinds.js';
import { composeEmail, composeEvent, notificationProblems } from './compose.js';
import type { Channel, NotificationInput } from './types.js';

/** What one `notify` wrote. */
export interface NotifyResult {
  readonly eventId: string;
  /** The recipients notified, with the id of each one's notification. */
  readonly notified: readonly { readonly userId: string; readonly notificationId: string }[];
  /** Recipients left out: not users of the tenant, or inactive. */
  readonly skipped: readonly string[];
  /** The delivery jobs queued (one per email while email is sent, one per webhook endpoint). */
  readonly jobIds: readonly string[];
}

interface DeliveryDraft {
  readonly id: string;
  readonly channel: Channel;
  readonly target: string;
  readonly body: object;
  /** null for a delivery stored as skipped, with `detail` saying why. */
  readonly job_id: string | null;
  readonly detail?: string;
}

/** Why an email is not sent while SMTP is not configured. */
export const EMAIL_OFF = 'Email is not configured: set HENG_SMTP_URL and HENG_SMTP_FROM to send it.';

let emailOn = false;

/**
 * Whether this process sends email: the server turns it on at start when SMTP is configured.
 * While it is off, each recipient's email is stored as a skipped delivery saying why, and no
 * job is queued to find that out.
 *
 * @example
 * sendEmails(loadMailConfig() !== undefined);
 */
export function sendEmails(on: boolean): void {
  emailOn = on;
}

const jobKindOf: Readonly<Record<Channel, JobKind>> = { email: 'notification.email', webhook: 'notification.webhook' };

/** What the first statement of a notify answers: a user notified, or a webhook endpoint to deliver to. */
interface Reached {
  readonly kind: 'user' | 'webhook';
  readonly id: string;
}

/**
 * Inserts a notification, with the id given, for each active user of the tenant among `ids`'
 * keys; stores `skipped` (emails not sent, with the reason) to those of them it notified; and
 * answers the users notified and the tenant's enabled webhook endpoints subscribed to the topic
 * (in id order): one statement.
 */
async function insertNotifications(
  tx: Queryable, tenantId: string, input: NotificationInput, eventId: string, ids: ReadonlyMap<string, string>, skipped: readonly DeliveryDraft[], now: Date,
): Promise<Reached[]> {
  return tx.query<Reached>(
    `WITH notified AS (
       INSERT INTO notifications (tenant_id, id, user_id, event_id, topic, title, message, link, data, created_at)
       SELECT $1, x.id, u.id, $4, $5, $6::jsonb, $7::jsonb, $8, $9::jsonb, $10
       FROM unnest($2::text[], $3::text[]) AS x (user_id, id) JOIN users u ON u.tenant_id = $1 AND u.id = x.user_id AND u.active
       RETURNING user_id
     ), skipped AS (
       INSERT INTO notification_deliveries (tenant_id, id, event_id, channel, target, body, job_id, status, detail, created_at, updated_at)
       SELECT $1, x.id, $4, x.channel, x.target, x.body, NULL, 'skipped', x.detail, $10, $10
       FROM jsonb_to_recordset($11::jsonb) AS x(id text, channel text, target text, body jsonb, detail text)
       WHERE x.target IN (SELECT user_id FROM notified)
     )
     SELECT 'user' AS kind, user_id AS id FROM notified
     UNION ALL
     SELECT 'webhook', id FROM webhook_endpoints WHERE tenant_id = $1 AND enabled AND (cardinality(topics) = 0 OR $5 = ANY(topics))
     ORDER BY kind, id`,
    [tenantId, [...ids.keys()], [...ids.values()], eventId, input.topic, input.title === undefined ? null : json(input.title), json(input.message), input.link ?? null, json(input.data ?? {}), now, json(skipped)],
  );
}

/** Stores deliveries that are sent: pending, each with its job id. */
async function storeDeliveries(tx: Queryable, tenantId: string, eventId: string, deliveries: readonly DeliveryDraft[], now: Date): Promise<void> {
  await tx.query(
    `INSERT INTO notification_deliveries (tenant_id, id, event_id, channel, target, body, job_id, status, detail, created_at, updated_at)
     SELECT $1, x.id, $2, x.channel, x.target, x.body, x.job_id, 'pending', NULL, $4, $4
     FROM jsonb_to_recordset($3::jsonb) AS x(id text, channel text, target text, body jsonb, job_id text)`,
    [tenantId, eventId, json(deliveries), now],
  );
}

/**
 * Notifies users, in the transaction given (their tenant's, from `db.withTenant`): each
 * recipient gets an in-app notification; each gets an email delivery, and each of the
 * tenant's enabled webhook endpoints subscribed to the topic a webhook delivery, with the
 * job that sends it. All of it exists only if the transaction commits, so a rolled-back
 * change notifies nobody, and a committed one is delivered even if the process dies now.
 * A bad input is a 422 with every problem.
 *
 * @example
 * await db.withTenant(tenantId, async (tx) => {
 *   await tx.query('UPDATE ...');
 *   await notify(tx, tenantId, { topic: 'overdue.alert', to: [salesId], message: { 'zh-CN': '…', en: '…' } }, clock.now());
 * });
 */
export async function notify(tx: Queryable, tenantId: string, input: NotificationInput, now: Date): Promise<NotifyResult> {
  const problems = notificationProblems(input);
  if (problems.length > 0) throw validationFailed(problems);
  const eventId = randomUUID();
  const to = [...new Set(input.to)];
  const ids = new Map(to.map((userId) => [userId, randomUUID()]));
  const draft = (channel: Channel, target: string, body: object, sent = true): DeliveryDraft =>
    sent ? { id: randomUUID(), channel, target, body, job_id: randomUUID() } : { id: randomUUID(), channel, target, body, job_id: null, detail: EMAIL_OFF };
  // While email is off its deliveries need no job, so they go with the notifications: without
  // webhooks, one statement in all. Otherwise the deliveries and their jobs follow in a second round trip.
  const skippedEmails = emailOn ? [] : to.map((userId) => draft('email', userId, composeEmail(input, ids.get(userId)!), false));
  const reached = await insertNotifications(tx, tenantId, input, eventId, ids, skippedEmails, now);
  const notified = new Set(reached.filter((r) => r.kind === 'user').map((r) => r.id));
  const recipients = to.filter((id) => notified.has(id));
  const event = composeEvent(input, eventId, tenantId, recipients, now);
  const deliveries = [
    ...(emailOn ? recipients.map((userId) => draft('email', userId, composeEmail(input, ids.get(userId)!))) : []),
    ...reached.filter((r) => r.kind === 'webhook').map((e) => draft('webhook', e.id, event)),
  ];
  if (deliveries.length > 0) {
    const jobs: NewJob[] = deliveries.map((d) => ({ tenantId, id: d.job_id!, kind: jobKindOf[d.channel], payload: { deliveryId: d.id } }));
    await Promise.all([storeDeliveries(tx, tenantId, eventId, deliveries, now), insertJobs(tx, jobs, now)]);
  }
  return {
    eventId,
    notified: recipients.map((userId) => ({ userId, notificationId: ids.get(userId)! })),
    skipped: to.filter((id) => !notified.has(id)),
    jobIds: deliveries.map((d) => d.job_id!),
  };
}
