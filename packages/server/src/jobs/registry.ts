/** @module The handler of every job kind, in one registry that fails to compile while a kind lacks one. */
import { flowStarter } from '../approvals/starter.js';
import { approvalTimeoutHandler } from '../approvals/timeout-job.js';
import type { Db } from '../db/port.js';
import type { Clock } from '../http/clock.js';
import { emailDelivery, smtpMailer } from '../notifications/email.js';
import type { MailConfig, Mailer } from '../notifications/email.js';
import { reminderHandler } from '../notifications/remind.js';
import { webhookDelivery } from '../notifications/webhook-send.js';
import { scheduledRulesHandler } from '../rules/scheduled-run.js';
import { scoreRulesAfterRescore } from '../rules/rescored.js';
import { ruleWebhookHandler } from '../rules/webhook.js';
import { rescoreHandler } from '../scoring/rescore.js';
import type { JobKind, JobPayloads } from './kinds.js';
import type { JobHandler } from './types.js';

/** A handler for every kind, its payload typed by the kind. */
export type JobHandlers = { readonly [K in JobKind]: JobHandler<JobPayloads[K]> };

/** What handlers are built from. */
export interface JobHandlerDeps {
  readonly db: Db;
  readonly clock: Clock;
  /** SMTP settings (`loadMailConfig()`); without them emails are skipped and recorded. */
  readonly mail?: MailConfig | undefined;
  /** Sends email; an SMTP mailer for `mail` unless given (tests pass their own). */
  readonly mailer?: Mailer;
  /** How long a webhook endpoint (of notifications or of rules) may take to answer; 10 s unless given. */
  readonly webhookTimeoutMs?: number;
}

/**
 * The handlers a Worker runs.
 *
 * @example
 * const worker = new Worker({ db, clock, handlers: createJobHandlers({ db, clock, mail: loadMailConfig() }) });
 */
export function createJobHandlers(deps: JobHandlerDeps): JobHandlers {
  const mailer = deps.mailer ?? (deps.mail === undefined ? undefined : smtpMailer(deps.mail));
  const webhookTimeout = deps.webhookTimeoutMs === undefined ? {} : { timeoutMs: deps.webhookTimeoutMs };
  const handlers = {
    'notification.email': emailDelivery({ mailer, mail: deps.mail }),
    'notification.webhook': webhookDelivery(webhookTimeout),
    'notification.remind': reminderHandler(),
    rescore: rescoreHandler({ afterScored: scoreRulesAfterRescore(flowStarter) }),
    'approval.timeout': approvalTimeoutHandler(),
    'rules.webhook': ruleWebhookHandler(webhookTimeout),
    'rules.scheduled': scheduledRulesHandler({ flows: flowStarter }),
  } satisfies JobHandlers;
  return handlers;
}
