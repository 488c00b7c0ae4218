/** @module Pure edits of a rule set's trigger: its kind, the fields an update must touch, the scorecard, the schedule. */
import type { RuleSetDefinition, Trigger, TriggerKind } from '@heng/engine';

/** A new schedule starts every morning at 09:00, in China's time zone (DOMAIN.md's daily overdue check). */
export const DEFAULT_CRON = '0 9 * * *';
export const DEFAULT_TIMEZONE = 'Asia/Shanghai';

/**
 * A trigger of `kind`, keeping what the current one says when the kind is the same, else
 * starting from the first scorecard or the default schedule.
 *
 * @example
 * triggerOfKind({ kind: 'record_saved' }, 'schedule', []) // { kind: 'schedule', cron: '0 9 * * *', timezone: 'Asia/Shanghai' }
 */
export function triggerOfKind(current: Trigger, kind: TriggerKind, scorecards: readonly string[]): Trigger {
  if (current.kind === kind) return current;
  switch (kind) {
    case 'record_created':
    case 'record_updated':
    case 'record_saved':
      return { kind };
    case 'score_changed':
      return { kind, scorecard: scorecards[0] ?? '' };
    case 'schedule':
      return { kind, cron: DEFAULT_CRON, timezone: DEFAULT_TIMEZONE };
  }
}

/**
 * The rule set with `trigger` (the same rule set when it is the same trigger).
 *
 * @example
 * setTrigger(def, { kind: 'record_created' }).trigger // { kind: 'record_created' }
 */
export function setTrigger(def: RuleSetDefinition, trigger: Trigger): RuleSetDefinition {
  return trigger === def.trigger ? def : { ...def, trigger };
}

/**
 * Changes the trigger's kind (see {@link triggerOfKind}).
 *
 * @example
 * setTriggerKind(def, 'score_changed', ['credit_score']).trigger // { kind: 'score_changed', scorecard: 'credit_score' }
 */
export function setTriggerKind(def: RuleSetDefinition, kind: TriggerKind, scorecards: readonly string[]): RuleSetDefinition {
  return setTrigger(def, triggerOfKind(def.trigger, kind, scorecards));
}

/**
 * For a `record_updated` trigger: run only when one of `fields` changed; none means any change.
 *
 * @example
 * setUpdatedFields(def, ['status']).trigger // { kind: 'record_updated', fields: ['status'] }
 * setUpdatedFields(def, []).trigger // { kind: 'record_updated' }
 */
export function setUpdatedFields(def: RuleSetDefinition, fields: readonly string[]): RuleSetDefinition {
  if (def.trigger.kind !== 'record_updated') return def;
  return setTrigger(def, fields.length === 0 ? { kind: 'record_updated' } : { kind: 'record_updated', fields });
}

/**
 * For a `score_changed` trigger: the scorecard whose re-scoring runs the rules.
 *
 * @example
 * setScorecard(def, 'credit_score').trigger // { kind: 'score_changed', scorecard: 'credit_score' }
 */
export function setScorecard(def: RuleSetDefinition, scorecard: string): RuleSetDefinition {
  return def.trigger.kind === 'score_changed' ? setTrigger(def, { ...def.trigger, scorecard }) : def;
}

/**
 * For a `schedule` trigger: the cron expression and/or the time zone; an empty zone is removed,
 * so the server's default zone applies.
 *
 * @example
 * setSchedule(def, { cron: '0 9 * * 1-5' })
 * setSchedule(def, { timezone: '' }).trigger // { kind: 'schedule', cron: '0 9 * * *' }
 */
export function setSchedule(def: RuleSetDefinition, patch: { readonly cron?: string; readonly timezone?: string }): RuleSetDefinition {
  if (def.trigger.kind !== 'schedule') return def;
  const { timezone: oldZone, ...rest } = def.trigger;
  const cron = patch.cron ?? rest.cron;
  const timezone = patch.timezone ?? oldZone;
  return setTrigger(def, timezone === undefined || timezone === '' ? { ...rest, cron } : { ...rest, cron, timezone });
}
