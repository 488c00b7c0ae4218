/** @module The kinds of job and the payload each takes. */
import type { TimeoutJob } from '../approvals/timeout-job.js';
import type { DeliveryJob, ReminderJob } from '../notifications/types.js';
import type { ScheduledRulesJob } from '../rules/schedule-sync.js';
import type { RuleWebhookJob } from '../rules/webhook.js';
import type { RescoreJob } from '../scoring/enqueue.js';

/**
 * Payload by job kind. Payloads are JSON objects (stored as jsonb). Adding a kind: its payload
 * type here, its handler in `registry.ts`, which fails to compile until it has one.
 */
export interface JobPayloads {
  /** Sends one email of the notifications outbox. */
  'notification.email': DeliveryJob;
  /** POSTs one event of the notifications outbox to one webhook endpoint. */
  'notification.webhook': DeliveryJob;
  /** Notifies users (in-app, and email and webhooks as configured): what a schedule sends as a reminder. */
  'notification.remind': ReminderJob;
  /** Re-scores every record of a form with a newly published scorecard version, in resumable batches. */
  rescore: RescoreJob;
  /** Fires an approval node's timeout at its deadline. */
  'approval.timeout': TimeoutJob;
  /** POSTs the fields a rule's call_webhook chose, signed, to its URL. */
  'rules.webhook': RuleWebhookJob;
  /** Runs a scheduled rule set over every live record of its form, one transaction per record, resumable. */
  'rules.scheduled': ScheduledRulesJob;
}

/** A registered kind of job. */
export type JobKind = keyof JobPayloads;
