/** @module A tenant's webhook endpoints: where its notifications are POSTed, each with its own signing secret. */
import { randomBytes } from 'node:crypto';
import type { Queryable } from '../db/port.js';
import { validationFailed } from '../http/app-error.js';
import type { FieldProblem } from '../http/app-error.js';

/** An endpoint as admins see it: never its secret. */
export interface Webhook {
  readonly id: string;
  readonly url: string;
  /** Topics it receives; empty: every topic. */
  readonly topics: readonly string[];
  readonly enabled: boolean;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What an admin sets on an endpoint. */
export interface WebhookSpec {
  readonly id: string;
  readonly url: string;
  readonly topics?: readonly string[];
  readonly enabled?: boolean;
  /** Make a new secret (the old one stops working at once). */
  readonly rotateSecret?: boolean;
}

interface WebhookRow {
  readonly id: string;
  readonly url: string;
  readonly topics: string[];
  readonly enabled: boolean;
  readonly created_at: string;
  readonly updated_at: string;
  readonly secret: string;
  readonly created: boolean;
}

const fromRow = (r: WebhookRow): Webhook => ({ id: r.id, url: r.url, topics: r.topics, enabled: r.enabled, createdAt: r.created_at, updatedAt: r.updated_at });

const ID = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const TOPIC = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/;

/**
 * Every problem with an endpoint URL: only http and https, no user name or password in it
 * (they would end up in logs), no fragment, at most 2,000 characters.
 *
 * @example
 * webhookUrlProblems('ftp://example.com/hook')[0].code // 'webhook.url'
 */
export function webhookUrlProblems(url: string, path = '/url'): FieldProblem[] {
  const bad = (en: string, zh: string): FieldProblem[] => [{ path, code: 'webhook.url', message: en, messageZh: zh }];
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return bad(`"${url}" is not a URL: give a full address such as https://erp.example.com/heng-hook.`, `"${url}" 不是网址，请填写完整地址，例如 https://erp.example.com/heng-hook。`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return bad('Only http and https URLs can receive webhooks.', '只有 http 和 https 网址可以接收 Webhook。');
  if (parsed.username !== '' || parsed.password !== '') return bad('Put no user name or password in the URL: verify requests with the signature instead.', '网址中不要包含用户名或密码，请改用签名校验请求。');
  if (parsed.hash !== '' || url.length > 2000) return bad('The URL must have no #fragment and at most 2,000 characters.', '网址不能包含 # 片段，且不超过 2000 个字符。');
  return [];
}

function specProblems(spec: WebhookSpec): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!ID.test(spec.id)) problems.push({ path: '/id', code: 'webhook.id', message: `"${spec.id}" is not a usable id: start with a letter, then letters, digits or _.`, messageZh: `"${spec.id}" 不是有效 ID：以字母开头，其后为字母、数字或 _。` });
  problems.push(...webhookUrlProblems(spec.url));
  (spec.topics ?? []).forEach((t, i) => {
    if (!TOPIC.test(t)) problems.push({ path: `/topics/${i}`, code: 'webhook.topic', message: `Topic "${t}" must be dotted lower-case words, such as approval.task.`, messageZh: `主题 "${t}" 应为以点分隔的小写单词，例如 approval.task。` });
  });
  return problems;
}

/** A new signing secret: 32 random bytes, base64url. */
export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64url')}`;

/**
 * Creates or updates an endpoint (`created` says which). The secret is made by the server and returned only when it
 * is new (on creation, or with `rotateSecret`): show it to the admin once. Bad input is a 422.
 *
 * @example
 * const { webhook, secret } = await db.withTenant(tenantId, (tx) =>
 *   upsertWebhook(tx, tenantId, { id: 'erp', url: 'https://erp.example.com/hook', topics: ['overdue.alert'] }, clock.now()));
 */
export async function upsertWebhook(q: Queryable, tenantId: string, spec: WebhookSpec, now: Date): Promise<{ webhook: Webhook; created: boolean; secret?: string }> {
  const problems = specProblems(spec);
  if (problems.length > 0) throw validationFailed(problems);
  const [row] = await q.query<WebhookRow>(
    `INSERT INTO webhook_endpoints (tenant_id, id, url, secret, topics, enabled, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5::text[], $6, $7, $7)
     ON CONFLICT (tenant_id, id) DO UPDATE SET url = EXCLUDED.url, topics = EXCLUDED.topics, enabled = EXCLUDED.enabled, updated_at = EXCLUDED.updated_at,
       secret = CASE WHEN $8 THEN EXCLUDED.secret ELSE webhook_endpoints.secret END
     RETURNING id, url, topics, enabled, created_at, updated_at, secret, (xmax = 0) AS created`,
    [tenantId, spec.id, spec.url, newWebhookSecret(), [...new Set(spec.topics ?? [])], spec.enabled ?? true, now, spec.rotateSecret ?? false],
  );
  if (row === undefined) throw new Error('INSERT ... RETURNING gave no row');
  const result = { webhook: fromRow(row), created: row.created };
  return row.created || spec.rotateSecret === true ? { ...result, secret: row.secret } : result;
}

/** A tenant's endpoints by id, without secrets. */
export async function listWebhooks(q: Queryable, tenantId: string): Promise<Webhook[]> {
  const rows = await q.query<WebhookRow>('SELECT id, url, topics, enabled, created_at, updated_at FROM webhook_endpoints WHERE tenant_id = $1 ORDER BY id', [tenantId]);
  return rows.map(fromRow);
}

/** Deletes an endpoint; false when there was none. Its pending deliveries are then skipped. */
export async function deleteWebhook(q: Queryable, tenantId: string, id: string): Promise<boolean> {
  return (await q.query('DELETE FROM webhook_endpoints WHERE tenant_id = $1 AND id = $2 RETURNING id', [tenantId, id])).length === 1;
}
