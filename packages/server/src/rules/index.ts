/** @module Rules at runtime: rule sets run on record writes, their effects applied in the same transaction, a trace kept. */
export { ruleRoutes } from './routes.js';
export type { RuleRunView, RecordStatus } from './routes.js';
export { runRules, changedFields, MAX_RULE_DEPTH } from './run.js';
export type { RuleWriter } from './run.js';
export { applyEffect } from './effects.js';
export type { AppliedEffect, EffectScope } from './effects.js';
export { ruleSetCache, ruleSetsOf } from './rule-sets.js';
export type { LoadedRuleSet } from './rule-sets.js';
export { scoreChanges } from './score-events.js';
export type { ScoreChange } from './score-events.js';
