/** @module Routes: a user's notifications (list, mark read), and an admin's webhook endpoints. */
import type { Context } from 'hono';
import { notFound } from '../http/app-error.js';
import type { FieldProblem } from '../http/app-error.js';
import type { RouteModule } from '../http/app.js';
import type { JsonSchema } from '../http/schema-check.js';
import type { ActorGuard } from '../jobs/actor.js';
import { pageQuery, queryProblem } from '../jobs/paging.js';
import { countUnread, listNotifications, markAllRead, markRead } from './inbox.js';
import { deleteWebhook, listWebhooks, upsertWebhook } from './webhooks.js';

const text = { type: 'object', required: ['zh-CN', 'en'], properties: { 'zh-CN': { type: 'string' }, en: { type: 'string' } } } as const;
const nullable = (schema: JsonSchema): JsonSchema => ({ oneOf: [schema, { type: 'null' }] });

const notificationSchema: JsonSchema = {
  type: 'object',
  required: ['id', 'topic', 'message', 'readAt', 'createdAt'],
  properties: {
    id: { type: 'string' }, userId: { type: 'string' }, eventId: { type: 'string' }, topic: { type: 'string' }, title: nullable(text), message: text,
    link: nullable({ type: 'string' }), data: { type: 'object' }, readAt: nullable({ type: 'string' }), handledAt: nullable({ type: 'string' }), createdAt: { type: 'string' },
  },
};

const webhookSchema: JsonSchema = {
  type: 'object',
  required: ['id', 'url', 'topics', 'enabled'],
  properties: { id: { type: 'string' }, url: { type: 'string' }, topics: { type: 'array', items: { type: 'string' } }, enabled: { type: 'boolean' }, createdAt: { type: 'string' }, updatedAt: { type: 'string' } },
};

/** The body of `PUT /api/admin/webhooks/{webhookId}`. */
interface WebhookBody {
  readonly url: string;
  readonly topics?: string[];
  readonly enabled?: boolean;
  readonly rotateSecret?: boolean;
}

const webhookBody: JsonSchema = {
  type: 'object',
  required: ['url'],
  additionalProperties: false,
  properties: {
    url: { type: 'string', minLength: 1, maxLength: 2000 },
    topics: { type: 'array', maxItems: 100, items: { type: 'string', maxLength: 100 } },
    enabled: { type: 'boolean' },
    rotateSecret: { type: 'boolean' },
  },
};

function unreadOnly(c: Context): { unread: boolean; problems: FieldProblem[] } {
  const value = c.req.query('unread');
  if (value === undefined || value === 'false' || value === 'true') return { unread: value === 'true', problems: [] };
  return { unread: false, problems: [queryProblem('unread', 'unread must be true or false.', 'unread 应为 true 或 false。')] };
}

/** What {@link notificationRoutes} needs from authentication. */
export interface NotificationRoutesOptions {
  /** Any signed-in user: they see only their own notifications. */
  readonly requireUser: ActorGuard;
  /** A tenant's admins: they manage its webhook endpoints. */
  readonly requireAdmin: ActorGuard;
}

/**
 * The notification routes.
 *
 * @example
 * createApp(deps, [notificationRoutes({ requireUser, requireAdmin })]);
 */
export function notificationRoutes(options: NotificationRoutesOptions): RouteModule {
  return (routes, deps) => {
    const { db, clock } = deps;
    routes.add(
      {
        method: 'get', path: '/api/notifications', operationId: 'listNotifications', summary: 'My notifications, newest first', tags: ['notifications'],
        query: { unread: { schema: { type: 'boolean' }, description: 'only unread ones' }, limit: { schema: { type: 'integer', minimum: 1, maximum: 200 } }, cursor: { schema: { type: 'string' } } },
        responses: { 200: { description: 'A page of notifications and the unread count', schema: { type: 'object', required: ['items', 'nextCursor', 'unread'], properties: { items: { type: 'array', items: notificationSchema }, nextCursor: nullable({ type: 'string' }), unread: { type: 'integer' } } } } },
      },
      async (c) => {
        const me = await options.requireUser(c);
        const { unread, problems } = unreadOnly(c);
        const { limit, cursor } = pageQuery(c.req.query('limit'), c.req.query('cursor'), { problems, key: /^\d+$/ });
        return c.json(
          await db.withTenant(me.tenantId, async (tx) => ({
            ...(await listNotifications(tx, me.tenantId, me.userId, { unreadOnly: unread, limit, cursor })),
            unread: await countUnread(tx, me.tenantId, me.userId),
          })),
        );
      },
    );
    routes.add(
      { method: 'post', path: '/api/notifications/:notificationId/read', operationId: 'markNotificationRead', summary: 'Mark one of my notifications read', tags: ['notifications'], responses: { 204: { description: 'Read' } } },
      async (c) => {
        const me = await options.requireUser(c);
        const id = c.req.param('notificationId') ?? '';
        const found = await db.withTenant(me.tenantId, (tx) => markRead(tx, me.tenantId, me.userId, id, clock.now()));
        if (!found) throw notFound('notification', id);
        return c.body(null, 204);
      },
    );
    routes.add(
      { method: 'post', path: '/api/notifications/read-all', operationId: 'markAllNotificationsRead', summary: 'Mark all my notifications read', tags: ['notifications'], responses: { 200: { description: 'How many were unread', schema: { type: 'object', properties: { updated: { type: 'integer' } } } } } },
      async (c) => {
        const me = await options.requireUser(c);
        return c.json({ updated: await db.withTenant(me.tenantId, (tx) => markAllRead(tx, me.tenantId, me.userId, clock.now())) });
      },
    );
    routes.add(
      { method: 'get', path: '/api/admin/webhooks', operationId: 'listWebhooks', summary: "The tenant's webhook endpoints (never their secrets)", tags: ['notifications'], responses: { 200: { description: 'Endpoints', schema: { type: 'object', properties: { items: { type: 'array', items: webhookSchema } } } } } },
      async (c) => {
        const admin = await options.requireAdmin(c);
        return c.json({ items: await db.withTenant(admin.tenantId, (tx) => listWebhooks(tx, admin.tenantId)) });
      },
    );
    routes.add<WebhookBody>(
      {
        method: 'put', path: '/api/admin/webhooks/:webhookId', operationId: 'putWebhook', summary: 'Create or update a webhook endpoint', tags: ['notifications'],
        description: 'The signing secret is in the response only when it is new (creation, or rotateSecret): keep it then.',
        body: webhookBody,
        responses: {
          200: { description: 'Updated', schema: { type: 'object', properties: { webhook: webhookSchema, secret: { type: 'string' } } } },
          201: { description: 'Created, with its secret', schema: { type: 'object', properties: { webhook: webhookSchema, secret: { type: 'string' } } } },
        },
      },
      async (c, { body }) => {
        const admin = await options.requireAdmin(c);
        const spec = { ...body, id: c.req.param('webhookId') ?? '' };
        const { created, ...result } = await db.withTenant(admin.tenantId, (tx) => upsertWebhook(tx, admin.tenantId, spec, clock.now()));
        return c.json(result, created ? 201 : 200);
      },
    );
    routes.add(
      { method: 'delete', path: '/api/admin/webhooks/:webhookId', operationId: 'deleteWebhook', summary: 'Remove a webhook endpoint', tags: ['notifications'], responses: { 204: { description: 'Removed' } } },
      async (c) => {
        const admin = await options.requireAdmin(c);
        const id = c.req.param('webhookId') ?? '';
        if (!(await db.withTenant(admin.tenantId, (tx) => deleteWebhook(tx, admin.tenantId, id)))) throw notFound('webhook', id);
        return c.body(null, 204);
      },
    );
  };
}
