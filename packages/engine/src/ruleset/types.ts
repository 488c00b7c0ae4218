/** @module The rule set definition, its compiled form and what an evaluation returns. */
import type { DefinitionBase } from '../core/kind.js';
import type { LocalizedText } from '../core/localized.js';
import type { Condition, FactCondition } from '../condition/types.js';
import type { FormulaEnv } from '../formula/types.js';
import type { Action, Effect, EffectBuilder } from './actions/types.js';

/** A record of the form was created. */
export interface RecordCreatedTrigger {
  readonly kind: 'record_created';
}
/** A record of the form was changed; with `fields`, only when one of them changed. */
export interface RecordUpdatedTrigger {
  readonly kind: 'record_updated';
  readonly fields?: readonly string[];
}
/** A record of the form was created or changed. */
export interface RecordSavedTrigger {
  readonly kind: 'record_saved';
}
/** A scorecard re-scored a record of the form. */
export interface ScoreChangedTrigger {
  readonly kind: 'score_changed';
  readonly scorecard: string;
}
/** Every record of the form, on a schedule: a 5-field cron expression read in `timezone` (absent: the server's default zone). */
export interface ScheduleTrigger {
  readonly kind: 'schedule';
  readonly cron: string;
  readonly timezone?: string;
}

/** When a rule set runs; each kind is one entry of the trigger registry. */
export type Trigger = RecordCreatedTrigger | RecordUpdatedTrigger | RecordSavedTrigger | ScoreChangedTrigger | ScheduleTrigger;
export type TriggerKind = Trigger['kind'];

/** What happened, as the server tells it, to find the rule sets it triggers. */
export type TriggerEvent =
  | { readonly kind: 'record_created' }
  | { readonly kind: 'record_updated'; readonly changedFields: readonly string[] }
  | { readonly kind: 'score_changed'; readonly scorecard: string }
  | { readonly kind: 'schedule' };

/** The root of a rule's conditions: a group, as json-rules-engine requires. */
export type RuleConditions = Extract<Condition, { all: unknown } | { any: unknown } | { not: unknown }>;

/**
 * One rule: when `conditions` (json-rules-engine's JSON, as is) hold, the actions' effects are
 * returned. Higher `priority` (default 1) runs first and its effects come first.
 */
export interface Rule {
  readonly id: string;
  readonly name: LocalizedText;
  readonly priority?: number;
  readonly conditions: RuleConditions;
  readonly actions: readonly Action[];
}

/**
 * A rule set: rules over the records of one form, run when `trigger` happens. Conditions and
 * templates may name the form's fields and the trigger's context facts (see `triggerFacts`).
 *
 * @example
 * { kind: 'ruleset', id: 'blacklist', name: { 'zh-CN': '黑名单', en: 'Blacklist' }, form: 'customer',
 *   trigger: { kind: 'record_saved' },
 *   rules: [{ id: 'refuse', name: { 'zh-CN': '拒单', en: 'Refuse orders' },
 *     conditions: { all: [{ fact: 'blacklisted', operator: 'equal', value: true }] },
 *     actions: [{ kind: 'freeze', id: 'stop', scope: 'orders', reason: { 'zh-CN': '黑名单客户', en: 'Blacklisted' } }] }] }
 */
export interface RuleSetDefinition extends DefinitionBase<'ruleset'> {
  readonly form: string;
  readonly trigger: Trigger;
  readonly rules: readonly Rule[];
}

/** A rule ready to run: its conditions as given, its actions as effect builders. */
export interface CompiledRule {
  readonly id: string;
  readonly name: LocalizedText;
  readonly priority: number;
  readonly conditions: RuleConditions;
  readonly actions: readonly EffectBuilder[];
}

/** A compiled rule set; `rules` are in the order they run (priority, then as written). */
export interface CompiledRuleSet {
  readonly id: string;
  readonly form: string;
  readonly trigger: Trigger;
  readonly rules: readonly CompiledRule[];
}

/**
 * json-rules-engine's evaluated condition tree as plain data, in the shape `traceCondition`
 * gives, so one view explains both. `result` is absent on a part json-rules-engine skipped
 * (it stops early only when conditions carry a `priority`).
 */
export type RuleConditionTrace =
  | { readonly all: readonly RuleConditionTrace[]; readonly result?: boolean }
  | { readonly any: readonly RuleConditionTrace[]; readonly result?: boolean }
  | { readonly not: RuleConditionTrace; readonly result?: boolean }
  | (FactCondition & { readonly factValue?: unknown; readonly result?: boolean });

/** Whether one rule fired, and why. */
export interface RuleTrace {
  readonly rule: string;
  readonly fired: boolean;
  readonly conditions: RuleConditionTrace;
}

/** Effects of the rules that fired, in run order, and a trace of every rule. */
export interface RuleSetResult {
  readonly effects: readonly Effect[];
  readonly trace: readonly RuleTrace[];
}

/** What an evaluation gets from its caller: the engine has no clock. */
export type RuleSetEnv = FormulaEnv;
