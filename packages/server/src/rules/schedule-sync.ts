/** @module A scheduled rule set's schedule: registered when a version with a schedule trigger is published, removed when one without is. */
import type { Trigger } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { validationFailed } from '../http/app-error.js';
import { checkCron, DEFAULT_TIMEZONE } from '../schedules/cron.js';
import { deleteSchedule, upsertSchedule } from '../schedules/store.js';
import type { Schedule } from '../schedules/store.js';

/** The payload of a `rules.scheduled` job: the rule set, and how far the run has come. */
export interface ScheduledRulesJob {
  readonly ruleSetId: string;
  /** The version published when the job started, pinned by its first step; null before. */
  readonly version: number | null;
  /** "today" in the schedule's time zone when the job started (`YYYY-MM-DD`); null before. */
  readonly today: string | null;
  /** Records run in id order; the job resumes after this one. Null before the first. */
  readonly afterId: string | null;
  /** Records whose run was rolled back; each is kept in `rule_runs` with its error. */
  readonly failed: number;
}

/**
 * The id of a rule set's schedule in its tenant.
 *
 * @example
 * ruleScheduleId('overdue_check') // 'ruleset:overdue_check'
 */
const ruleScheduleId = (ruleSetId: string): string => `ruleset:${ruleSetId}`;

/**
 * Called in the transaction that publishes a rule set version: with a schedule trigger, the
 * tenant's schedule `ruleset:<id>` is registered (its next run kept when the cron and time zone
 * did not change) to queue a `rules.scheduled` job; without one, that schedule is removed
 * (jobs already queued find no schedule trigger and end at once). A cron the scheduler cannot
 * read is a 422 at `/trigger/...`. Returns the schedule, or undefined when there is none.
 *
 * @example
 * await syncRuleSchedule(tx, tenantId, 'overdue_check', body, by.now);
 */
export async function syncRuleSchedule(tx: Queryable, tenantId: string, ruleSetId: string, body: Readonly<Record<string, unknown>>, now: Date): Promise<Schedule | undefined> {
  const id = ruleScheduleId(ruleSetId);
  const trigger = body['trigger'] as Trigger | undefined;
  if (trigger?.kind !== 'schedule') {
    await deleteSchedule(tx, tenantId, id);
    return undefined;
  }
  const timezone = trigger.timezone ?? DEFAULT_TIMEZONE;
  const problems = checkCron(trigger.cron, timezone, '/trigger');
  if (problems.length > 0) throw validationFailed(problems);
  const payload: ScheduledRulesJob = { ruleSetId, version: null, today: null, afterId: null, failed: 0 };
  return upsertSchedule(tx, tenantId, { id, cron: trigger.cron, timezone, jobKind: 'rules.scheduled', payload }, now);
}
