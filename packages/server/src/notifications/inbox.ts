/** @module A user's in-app notifications: list them newest first, count the unread, mark them read. */
import type { LocalizedText } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { pageOf } from '../jobs/paging.js';
import type { Cursor, Page } from '../jobs/paging.js';
import type { Notification } from './types.js';

interface NotificationRow {
  readonly id: string;
  readonly user_id: string;
  readonly event_id: string;
  readonly topic: string;
  readonly title: LocalizedText | null;
  readonly message: LocalizedText;
  readonly link: string | null;
  readonly data: Readonly<Record<string, unknown>>;
  readonly read_at: string | null;
  readonly handled_at: string | null;
  readonly created_at: string;
  /** bigint: a number, or a string past 2^53. */
  readonly seq: number | string;
}

function fromRow(r: NotificationRow): Notification {
  return {
    id: r.id, userId: r.user_id, eventId: r.event_id, topic: r.topic, title: r.title, message: r.message, link: r.link, data: r.data,
    readAt: r.read_at, handledAt: r.handled_at, createdAt: r.created_at,
  };
}

/** Options of {@link listNotifications}. */
export interface InboxOptions {
  readonly unreadOnly?: boolean;
  readonly limit: number;
  readonly cursor?: Cursor | undefined;
}

/**
 * One user's notifications, newest first (of those made at one instant, the last made first), a
 * page at a time; the cursor holds the last one's time and insertion sequence. Run it in the
 * tenant's transaction.
 *
 * @example
 * const page = await db.withTenant(tenantId, (tx) => listNotifications(tx, tenantId, userId, { limit: 20 }));
 */
export async function listNotifications(q: Queryable, tenantId: string, userId: string, o: InboxOptions): Promise<Page<Notification>> {
  const rows = await q.query<NotificationRow>(
    `SELECT id, user_id, event_id, topic, title, message, link, data, read_at, handled_at, created_at, seq FROM notifications
     WHERE tenant_id = $1 AND user_id = $2 AND ($3::boolean IS NOT TRUE OR read_at IS NULL)
       AND ($4::timestamptz IS NULL OR (created_at, seq) < ($4::timestamptz, $5::bigint))
     ORDER BY created_at DESC, seq DESC LIMIT $6`,
    [tenantId, userId, o.unreadOnly ?? false, o.cursor?.at ?? null, o.cursor?.id ?? null, o.limit + 1],
  );
  const page = pageOf(rows, o.limit, (r) => ({ at: r.created_at, id: String(r.seq) }));
  return { ...page, items: page.items.map(fromRow) };
}

/** How many of a user's notifications are unread. */
export async function countUnread(q: Queryable, tenantId: string, userId: string): Promise<number> {
  const [row] = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM notifications WHERE tenant_id = $1 AND user_id = $2 AND read_at IS NULL', [tenantId, userId]);
  return row?.n ?? 0;
}

/**
 * Marks one of the user's notifications read (reading it twice keeps the first time). False
 * when the user has no such notification, which is also what another user's id gives.
 *
 * @example
 * if (!(await markRead(tx, tenantId, userId, id, clock.now()))) throw notFound('notification', id);
 */
export async function markRead(q: Queryable, tenantId: string, userId: string, id: string, now: Date): Promise<boolean> {
  const rows = await q.query(
    'UPDATE notifications SET read_at = COALESCE(read_at, $4) WHERE tenant_id = $1 AND user_id = $2 AND id = $3 RETURNING id',
    [tenantId, userId, id, now],
  );
  return rows.length === 1;
}

/** Marks every unread notification of the user read; returns how many. */
export async function markAllRead(q: Queryable, tenantId: string, userId: string, now: Date): Promise<number> {
  const rows = await q.query('UPDATE notifications SET read_at = $3 WHERE tenant_id = $1 AND user_id = $2 AND read_at IS NULL RETURNING id', [tenantId, userId, now]);
  return rows.length;
}
