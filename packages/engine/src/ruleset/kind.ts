/** @module The rule set kind: its pipeline (validate → compile), references and renaming. */
import { pointer } from '../core/json-pointer.js';
import type { DefinitionKind, DefinitionRef, KindSpec } from '../core/kind.js';
import { actionReferences, renameAction } from './actions/index.js';
import { compileRuleSet } from './compile.js';
import { ruleSetSchema } from './schema.js';
import { renameTrigger, triggerReferences } from './triggers.js';
import type { CompiledRuleSet, RuleSetDefinition } from './types.js';
import { validateRuleSet } from './validate.js';

/**
 * Where a rule set names other definitions: its form, its trigger's scorecard, the flows its
 * actions start.
 *
 * @example
 * ruleSetReferences(def) // [{ path: '/form', kind: 'form', id: 'receivable' }, { path: '/rules/2/actions/0/flow', kind: 'flow', id: 'legal_review' }]
 */
export function ruleSetReferences(def: RuleSetDefinition): DefinitionRef[] {
  return [
    { path: '/form', kind: 'form', id: def.form },
    ...triggerReferences(def.trigger, '/trigger'),
    ...def.rules.flatMap((rule, i) => rule.actions.flatMap((a, j) => actionReferences(a, pointer('/rules', i, 'actions', j)))),
  ];
}

/**
 * A copy of a rule set with its own id and every definition it names passed through `rename`
 * (used when a template is imported under new ids).
 *
 * @example
 * renameRuleSetReferences(def, (kind, id) => `${id}_v2`).form // 'receivable_v2'
 */
export function renameRuleSetReferences(def: RuleSetDefinition, rename: (kind: DefinitionKind, id: string) => string): RuleSetDefinition {
  return {
    ...def,
    id: rename('ruleset', def.id),
    form: rename('form', def.form),
    trigger: renameTrigger(def.trigger, rename),
    rules: def.rules.map((rule) => ({ ...rule, actions: rule.actions.map((a) => renameAction(a, rename)) })),
  };
}

/**
 * The rule set's pipeline, registered with the other kinds.
 *
 * @example
 * const problems = rulesetKind.validate(input, ctx);
 * if (problems.length === 0) await evaluateRuleSet(rulesetKind.compile(input as RuleSetDefinition, ctx), facts, { today });
 */
export const rulesetKind: KindSpec<RuleSetDefinition, CompiledRuleSet> = {
  kind: 'ruleset',
  schema: ruleSetSchema,
  validate: validateRuleSet,
  compile: compileRuleSet,
  references: ruleSetReferences,
  renameReferences: renameRuleSetReferences,
};
