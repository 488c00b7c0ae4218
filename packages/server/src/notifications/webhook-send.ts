/** @module Webhook calls: a JSON POST signed with HMAC-SHA256, bounded in time, never following a redirect. */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { PermanentJobError } from '../jobs/errors.js';
import type { JobHandler } from '../jobs/types.js';
import { deliveryHandler } from './deliver.js';
import type { DeliveryJob } from './types.js';
import { webhookUrlProblems } from './webhooks.js';

/** `sha256=<hex>`: HMAC-SHA256, keyed by the endpoint's secret, of `<timestamp>.<body>`. */
export const SIGNATURE_HEADER = 'X-Heng-Signature';
/** Unix seconds when the request was signed; part of what is signed, so an old request cannot be replayed. */
export const TIMESTAMP_HEADER = 'X-Heng-Timestamp';
/** The delivery's id, the same on every retry: receivers drop repeats by it. */
export const DELIVERY_HEADER = 'X-Heng-Delivery';
/** The notification's topic. */
export const EVENT_HEADER = 'X-Heng-Event';

/**
 * The signature header value for a body sent at `timestamp` (unix seconds).
 *
 * @example
 * signWebhook('whsec_…', 1735689600, '{"id":"…"}') // 'sha256=5f0c…'
 */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * What a receiver checks: the signature matches the body and the timestamp is within
 * `toleranceSec` of `now`. Compares in constant time.
 *
 * @example
 * verifyWebhook(secret, { signature: req.headers['x-heng-signature'], timestamp: req.headers['x-heng-timestamp'] }, rawBody, new Date())
 */
export function verifyWebhook(secret: string, headers: { signature?: string | null; timestamp?: string | null }, body: string, now: Date, toleranceSec = 300): boolean {
  const timestamp = Number(headers.timestamp);
  if (!Number.isSafeInteger(timestamp) || Math.abs(now.getTime() / 1000 - timestamp) > toleranceSec) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(headers.signature ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** One webhook call. */
export interface WebhookRequest {
  readonly url: string;
  readonly secret: string;
  readonly deliveryId: string;
  readonly topic: string;
  readonly body: string;
  readonly now: Date;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal;
}

const RETRYABLE = new Set([408, 425, 429]);

/**
 * POSTs one signed event. Resolves with `HTTP <status>` on a 2xx. A redirect is not followed
 * (its target was never checked) and, like any other 4xx but 408/425/429, fails for good;
 * 5xx, those three, timeouts and network errors throw to be retried.
 *
 * @example
 * await postWebhook({ url, secret, deliveryId, topic: 'overdue.alert', body: JSON.stringify(event), now: clock.now(), timeoutMs: 10_000 });
 */
export async function postWebhook(r: WebhookRequest): Promise<string> {
  const problems = webhookUrlProblems(r.url);
  if (problems.length > 0) throw new PermanentJobError(`Webhook URL refused: ${problems.map((p) => p.message).join(' ')}`);
  const timestamp = Math.floor(r.now.getTime() / 1000);
  const timeout = AbortSignal.timeout(r.timeoutMs);
  let res: Response;
  try {
    res = await fetch(r.url, {
      method: 'POST',
      redirect: 'manual',
      signal: r.signal === undefined ? timeout : AbortSignal.any([timeout, r.signal]),
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'Heng-Webhook/1',
        [SIGNATURE_HEADER]: signWebhook(r.secret, timestamp, r.body),
        [TIMESTAMP_HEADER]: String(timestamp),
        [DELIVERY_HEADER]: r.deliveryId,
        [EVENT_HEADER]: r.topic,
      },
      body: r.body,
    });
  } catch (error) {
    if (timeout.aborted) throw new Error(`${r.url} gave no answer within ${r.timeoutMs} ms.`, { cause: error });
    throw new Error(`${r.url} could not be reached: ${(error as Error).message}`, { cause: error });
  }
  // Only the status matters: drop the body without reading it.
  await res.body?.cancel().catch(() => undefined);
  const { status } = res;
  if (status >= 200 && status < 300) return `HTTP ${status}`;
  if (status >= 300 && status < 400) {
    throw new PermanentJobError(`${r.url} answered ${status}, redirecting to ${res.headers.get('location') ?? 'nowhere'}: redirects are not followed, set the webhook URL to the final address.`);
  }
  if (status >= 500 || RETRYABLE.has(status)) throw new Error(`${r.url} answered HTTP ${status}.`);
  throw new PermanentJobError(`${r.url} answered HTTP ${status}: check the URL and that the receiver accepts Heng's events.`);
}

/**
 * The job handler that sends one outbox event to one endpoint. A removed or disabled endpoint
 * is recorded as skipped; the URL and secret are read when it is sent.
 *
 * @example
 * const handler = webhookDelivery({ timeoutMs: 10_000 });
 */
export function webhookDelivery(options: { readonly timeoutMs?: number } = {}): JobHandler<DeliveryJob> {
  return deliveryHandler<{ url: string; secret: string }>({
    channel: 'webhook',
    prepare: async (tx, delivery) => {
      const [endpoint] = await tx.query<{ url: string; secret: string; enabled: boolean }>(
        'SELECT url, secret, enabled FROM webhook_endpoints WHERE tenant_id = $1 AND id = $2',
        [delivery.tenant_id, delivery.target],
      );
      if (endpoint === undefined) return { skip: `Webhook endpoint ${delivery.target} was removed.` };
      if (!endpoint.enabled) return { skip: `Webhook endpoint ${delivery.target} is disabled.` };
      return { send: { url: endpoint.url, secret: endpoint.secret } };
    },
    send: (endpoint, delivery, ctx) => {
      const topic = (delivery.body as { topic?: unknown }).topic;
      return postWebhook({
        ...endpoint,
        deliveryId: delivery.id,
        topic: typeof topic === 'string' ? topic : '',
        body: JSON.stringify(delivery.body),
        now: ctx.now(),
        timeoutMs: options.timeoutMs ?? 10_000,
        signal: ctx.signal,
      });
    },
  });
}
