/** @module Compiling a valid rule set: rules in run order, actions as effect builders. */
import { withFacts } from '../core/catalog.js';
import type { ReferenceContext } from '../core/context.js';
import { compileAction } from './actions/index.js';
import { triggerFacts } from './triggers.js';
import type { CompiledRule, CompiledRuleSet, RuleSetDefinition } from './types.js';

/**
 * Compiles a rule set that validated without problems against the same context. Rules are put
 * in the order json-rules-engine runs them (higher priority first, then as written), which is
 * also the order of their effects. Throws when given an invalid definition.
 *
 * @example
 * const compiled = compileRuleSet(def, ctx);
 * compiled.rules.map((r) => r.id) // ['legal', 'notice', 'reminder']
 */
export function compileRuleSet(def: RuleSetDefinition, ctx: ReferenceContext): CompiledRuleSet {
  const fields = ctx.forms.get(def.form);
  if (fields === undefined) throw new Error(`Form "${def.form}" is not in the context: validate the rule set before compiling it.`);
  const facts = withFacts(fields, triggerFacts(def.trigger, fields, ctx));
  const rules = def.rules
    .map((rule, order): CompiledRule & { order: number } => ({
      order,
      id: rule.id,
      name: rule.name,
      priority: rule.priority ?? 1,
      conditions: rule.conditions,
      actions: rule.actions.map((a) => compileAction(a, { form: def.form, fields, facts, forms: ctx.forms, rule: rule.id })),
    }))
    .sort((a, b) => b.priority - a.priority || a.order - b.order)
    .map(({ order: _, ...rule }) => rule);
  return { id: def.id, form: def.form, trigger: def.trigger, rules };
}
