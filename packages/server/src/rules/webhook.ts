/**
 * @module A rule's `call_webhook`: a job queued in the write's transaction POSTs the chosen fields, signed.
 *
 * Where requests may go: the URL is written by the tenant's admins in a rule set. Only http and
 * https URLs without a user name, password or fragment are called (checked when the job is
 * queued and again when it is sent); redirects are never followed; each call is bounded in
 * time and its answer's body is never read, so only the status comes back (in the job's last
 * error). Private and loopback addresses are not refused: an SME's ERP usually sits on its own
 * network. A server shared by companies that must not reach its internal network should send
 * its outbound traffic through an egress proxy or firewall that refuses those addresses.
 */
import { randomUUID } from 'node:crypto';
import type { CallWebhookEffect } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { enqueue } from '../jobs/queue.js';
import type { JobHandler } from '../jobs/types.js';
import { postWebhook } from '../notifications/webhook-send.js';
import { webhookUrlProblems } from '../notifications/webhooks.js';
import type { AppliedEffect, EffectScope } from './effects.js';
import { ruleWebhookSecret } from './webhook-secret.js';

/** The `X-Heng-Event` of a rule's webhook call. */
const RULE_WEBHOOK_TOPIC = 'rule.webhook';

/** The JSON a rule's webhook receives. */
export interface RuleWebhookEvent {
  /** The job's id, also sent as `X-Heng-Delivery` and the same on every retry: receivers drop repeats by it. */
  readonly id: string;
  readonly topic: typeof RULE_WEBHOOK_TOPIC;
  readonly tenantId: string;
  readonly formId: string;
  readonly recordId: string;
  readonly ruleSet: string;
  readonly ruleSetVersion: number;
  readonly rule: string;
  readonly action: string;
  /** When the rule fired (the write's time), ISO in UTC. */
  readonly createdAt: string;
  /** The fields the action chose, as the record held them when the rule fired (null when empty). */
  readonly fields: Readonly<Record<string, unknown>>;
}

/** The payload of a `rules.webhook` job: where to POST, and the event, fixed when the rule fired. */
export interface RuleWebhookJob {
  readonly url: string;
  readonly event: RuleWebhookEvent;
}

/**
 * The `call_webhook` applier: queues, in `tx`, the job that POSTs the effect's fields, and
 * says so in the trace (`Queued as job <id>.`); a URL the server refuses is skipped with why.
 * A write rolled back queues nothing.
 *
 * @example
 * await queueWebhook(tx, { kind: 'call_webhook', rule: 'r', action: 'erp', url: 'https://erp.example.com/hook', payload: { name: 'Acme' } }, scope);
 */
export async function queueWebhook(tx: Queryable, effect: CallWebhookEffect, scope: EffectScope): Promise<AppliedEffect> {
  const refused = webhookUrlProblems(effect.url);
  if (refused.length > 0) return { effect, status: 'skipped', note: `Not called: ${refused.map((p) => p.message).join(' ')}` };
  const id = randomUUID();
  const event: RuleWebhookEvent = {
    id, topic: RULE_WEBHOOK_TOPIC, tenantId: scope.tenantId, formId: scope.formId, recordId: scope.recordId,
    ruleSet: scope.ruleSetId, ruleSetVersion: scope.ruleSetVersion, rule: effect.rule, action: effect.action,
    createdAt: scope.now.toISOString(), fields: effect.payload,
  };
  await enqueue(tx, scope.tenantId, { kind: 'rules.webhook', id, payload: { url: effect.url, event } }, scope.now);
  return { effect, status: 'applied', note: `Queued as job ${id}.`, jobId: id };
}

/**
 * The `rules.webhook` job handler: POSTs the event signed with the tenant's rule webhook
 * secret (as notification webhooks are signed). 5xx, 408/425/429, timeouts and network
 * errors are retried with the queue's backoff; other answers end the job as dead at once.
 *
 * @example
 * const handlers = { 'rules.webhook': ruleWebhookHandler({ timeoutMs: 10_000 }) };
 */
export function ruleWebhookHandler(options: { readonly timeoutMs?: number } = {}): JobHandler<RuleWebhookJob> {
  return {
    run: async (ctx) => {
      const { url, event } = ctx.job.payload;
      const secret = await ctx.inTenant((tx) => ruleWebhookSecret(tx, ctx.job.tenantId, ctx.now()));
      await postWebhook({
        url, secret, deliveryId: ctx.job.id, topic: RULE_WEBHOOK_TOPIC, body: JSON.stringify(event),
        now: ctx.now(), timeoutMs: options.timeoutMs ?? 10_000, signal: ctx.signal,
      });
    },
  };
}
