/** @module The notifications outbox's types: what is notified, what a user reads, what is delivered outside. */
import type { LocalizedText } from '@heng/engine';

/** Something to tell users: shown in-app to each, and sent by email and to webhooks as configured. */
export interface NotificationInput {
  /** What it is about, dotted lower case: `approval.task`, `overdue.alert`. Webhooks subscribe by topic. */
  readonly topic: string;
  /** Recipients: user ids of the tenant. Unknown or inactive users are left out. */
  readonly to: readonly string[];
  readonly message: LocalizedText;
  readonly title?: LocalizedText;
  /** Where to look: a path in the app (`/records/…`) or an http(s) URL. */
  readonly link?: string;
  /** Machine-readable details for webhooks and the app (ids, amounts). */
  readonly data?: Readonly<Record<string, unknown>>;
}

/** One user's in-app notification. Times are ISO strings in UTC. */
export interface Notification {
  readonly id: string;
  readonly userId: string;
  /** Shared by the notifications (and deliveries) one `notify` made. */
  readonly eventId: string;
  readonly topic: string;
  readonly title: LocalizedText | null;
  readonly message: LocalizedText;
  readonly link: string | null;
  readonly data: Readonly<Record<string, unknown>>;
  readonly readAt: string | null;
  /** When the work it asked for was done, by its user or another (an approval task decided): it is then read too. */
  readonly handledAt: string | null;
  readonly createdAt: string;
}

/** The outside channels; in-app needs no delivery. Mirrored by a CHECK. */
export const CHANNELS = ['email', 'webhook'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * `pending`: not sent yet (or retrying). `sent`. `skipped`: nothing to send to (SMTP not
 * configured, endpoint removed or disabled, user inactive). `failed`: gave up. Mirrored by a CHECK.
 */
export const DELIVERY_STATUSES = ['pending', 'sent', 'skipped', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** The payload of a delivery job: the outbox row to send. */
export interface DeliveryJob {
  readonly deliveryId: string;
}

/** The payload of a reminder job (what a schedule queues to notify people). */
export type ReminderJob = NotificationInput;

/** An email as stored in the outbox; the address is looked up when it is sent. */
export interface EmailBody {
  readonly notificationId: string;
  readonly subject: string;
  readonly text: string;
  readonly link: string | null;
}

/** The JSON a webhook endpoint receives. */
export interface WebhookEvent {
  /** The event id, the same for every endpoint; `X-Heng-Delivery` names the one delivery. */
  readonly id: string;
  readonly topic: string;
  readonly tenantId: string;
  readonly createdAt: string;
  readonly recipients: readonly string[];
  readonly title: LocalizedText | null;
  readonly message: LocalizedText;
  readonly link: string | null;
  readonly data: Readonly<Record<string, unknown>>;
}
