/** @module Rule sets: json-rules-engine rules with a trigger and actions as data, run into effects. */
export { rulesetKind, ruleSetReferences, renameRuleSetReferences } from './kind.js';
export { validateRuleSet } from './validate.js';
export { compileRuleSet } from './compile.js';
export { evaluateRuleSet, RULE_FIRED } from './evaluate.js';
export { ruleSetSchema, ruleSchema, MAX_RULES, MAX_ACTIONS, MAX_PRIORITY } from './schema.js';
export { triggerSpecs, triggerSchema, triggerFacts, triggerMatches, checkTrigger, TRIGGER_KINDS, COMMON_FACTS } from './triggers.js';
export type { TriggerSpec } from './triggers.js';
export { actionSpecs, actionSchema, checkAction, compileAction, ACTION_KINDS } from './actions/index.js';
export { FREEZE_SCOPES } from './actions/freeze.js';
export { appendLine } from './actions/set-field.js';
export { templateFields, templateWords, checkTemplate, renderTemplate, formatValue } from './template.js';
export { shownText, namedFields, WITHHELD } from './filled-text.js';
export type { FilledText, FieldSpan } from './filled-text.js';
export { checkCron, checkTimezone } from './cron.js';
export { closableTasks, ruleSetTasks, taskActionIds } from './task-actions.js';
export type {
  RuleSetDefinition,
  Rule,
  RuleConditions,
  Trigger,
  TriggerKind,
  TriggerEvent,
  RecordCreatedTrigger,
  RecordUpdatedTrigger,
  RecordSavedTrigger,
  ScoreChangedTrigger,
  ScheduleTrigger,
  CompiledRuleSet,
  CompiledRule,
  RuleSetResult,
  RuleTrace,
  RuleConditionTrace,
  RuleSetEnv,
} from './types.js';
export type {
  Action,
  ActionKind,
  ActionSpec,
  ActionSpecs,
  ActionCheckEnv,
  ActionCompileEnv,
  EffectBuilder,
  Effect,
  Recipient,
  ResolvedRecipient,
  RecordTarget,
  FreezeScope,
  SetFieldAction,
  AddFlagAction,
  RemoveFlagAction,
  NotifyAction,
  CreateTaskAction,
  CloseTasksAction,
  StartFlowAction,
  FreezeAction,
  UnfreezeAction,
  CallWebhookAction,
  SetFieldEffect,
  AddFlagEffect,
  RemoveFlagEffect,
  NotifyEffect,
  CreateTaskEffect,
  CloseTasksEffect,
  StartFlowEffect,
  FreezeEffect,
  UnfreezeEffect,
  CallWebhookEffect,
} from './actions/types.js';
