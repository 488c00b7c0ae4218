/** @module Validation of a rule set: structure by JSON Schema, then every semantic problem, never a throw. */
import { schemaChecker } from '../core/ajv.js';
import { withFacts, type FieldCatalog } from '../core/catalog.js';
import type { ReferenceContext } from '../core/context.js';
import { pointer } from '../core/json-pointer.js';
import { dedupeProblems, problem, type Problem } from '../core/problem.js';
import { validateCondition } from '../condition/index.js';
import { checkAction } from './actions/index.js';
import type { Action, ActionCheckEnv } from './actions/types.js';
import { checkKnown } from './refs.js';
import { closableTasks } from './task-actions.js';
import { ruleSetSchema } from './schema.js';
import { checkTrigger, triggerFacts } from './triggers.js';
import type { Rule, RuleSetDefinition } from './types.js';

const checkStructure = schemaChecker(ruleSetSchema);

/** Whether a problem sits at, above or below a path: then that part is not safe to read as typed. */
const touches = (at: string, path: string): boolean => at === path || path.startsWith(`${at}/`) || at.startsWith(`${path}/`) || at === '';

/**
 * Every problem with a rule set, structural and semantic: unknown form, fields, roles, flows or
 * scorecard; a bad cron or time zone; condition facts, operators and values that do not fit the
 * form; `set_field` on a formula field or with a value of the wrong type; template placeholders
 * naming unknown fields; duplicate rule or action ids. Parts with structural problems are not
 * checked further, so every problem reported is one to fix. Never throws.
 *
 * @example
 * validateRuleSet({ ...def, form: 'custmer' }, ctx)
 * // [{ path: '/form', code: 'ruleset.form.unknown', message: 'Unknown form "custmer". Did you mean "customer"?', ... }]
 */
export function validateRuleSet(input: unknown, ctx: ReferenceContext): Problem[] {
  const structural = checkStructure(input);
  // Too deep to check at all: the depth problem stands alone, and nothing else may be read.
  if (structural.some((p) => p.code === 'schema.depth')) return structural;
  const sound = (path: string): boolean => !structural.some((p) => touches(p.path, path));
  if (!sound('/rules') && !sound('/form') && !sound('/trigger')) return structural;
  const def = input as RuleSetDefinition;
  const out = [...structural];

  let fields: FieldCatalog | null = null;
  if (sound('/form')) {
    fields = ctx.forms.get(def.form) ?? null;
    if (fields === null) out.push(...checkKnown('form', def.form, ctx.forms, '/form'));
  }
  let facts: FieldCatalog | null = null;
  if (sound('/trigger')) {
    out.push(...checkTrigger(def.trigger, { form: fields === null ? null : def.form, fields, ctx }, '/trigger'));
    if (fields !== null) facts = withFacts(fields, triggerFacts(def.trigger, fields, ctx));
  }
  // `facts` stays null when the trigger is broken: a condition naming its facts would look wrong.
  const env: ActionCheckEnv = { fields, facts, ctx, tasks: sound('/form') ? closableTasks(def, ctx) : null };
  if (Array.isArray(def.rules)) {
    out.push(...duplicates(def.rules, '/rules', sound, 'rule'));
    def.rules.forEach((rule, i) => out.push(...checkRule(rule, env, pointer('/rules', i), sound)));
  }
  return dedupeProblems(out);
}

function checkRule(rule: Rule, env: ActionCheckEnv, path: string, sound: (p: string) => boolean): Problem[] {
  if (rule === null || typeof rule !== 'object') return [];
  const out: Problem[] = [];
  const at = pointer(path, 'conditions');
  if (sound(at)) {
    const c = rule.conditions as object;
    if (!('all' in c) && !('any' in c) && !('not' in c)) {
      out.push(problem(at, 'ruleset.conditions.root', 'A rule\'s conditions must start with a group: wrap the condition as {"all": [ … ]}.', '规则的条件必须以条件组开头：请将其包在 {"all": [ … ]} 中。'));
    } else if (env.facts !== null) {
      out.push(...validateCondition(rule.conditions, env.facts, at));
    }
  }
  if (Array.isArray(rule.actions)) {
    const actions: readonly Action[] = rule.actions;
    out.push(...duplicates(actions, pointer(path, 'actions'), sound, 'action'));
    actions.forEach((a, j) => {
      const ap = pointer(path, 'actions', j);
      if (sound(ap)) out.push(...checkAction(a, env, ap));
    });
  }
  return out;
}

function duplicates(items: readonly { readonly id: string }[], path: string, sound: (p: string) => boolean, what: 'rule' | 'action'): Problem[] {
  const first = new Map<string, number>();
  const out: Problem[] = [];
  items.forEach((item, i) => {
    const at = pointer(path, i, 'id');
    if (!sound(at) || typeof item?.id !== 'string') return;
    const seen = first.get(item.id);
    if (seen === undefined) first.set(item.id, i);
    else {
      const zh = what === 'rule' ? '规则' : '动作';
      out.push(problem(at, `ruleset.${what}.id.duplicate`, `The ${what} id "${item.id}" is already used by ${what} ${seen + 1}: give this one its own id.`, `${zh} ID "${item.id}" 已被第 ${seen + 1} 个${zh}使用，请另取一个 ID。`));
    }
  });
  return out;
}
