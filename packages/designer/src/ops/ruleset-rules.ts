/** @module Pure edits of a rule set's rules: add, remove, duplicate, move, rename, prioritise, set conditions. */
import type { Condition, LocalizedText, Rule, RuleConditions, RuleSetDefinition } from '@heng/engine';
import { moveById, removeById, replaceById, uniqueId } from './ids.js';

/** A rule set after an edit that created something, with the new item's id. */
export interface Added {
  readonly def: RuleSetDefinition;
  readonly id: string;
}

/**
 * A rule's conditions as json-rules-engine takes them: a group at the root. A lone comparison
 * (left when a `not` around it is removed) is wrapped in "all of".
 *
 * @example
 * asRuleConditions({ fact: 'blacklisted', operator: 'equal', value: true }) // { all: [{ fact: 'blacklisted', ... }] }
 */
export function asRuleConditions(c: Condition): RuleConditions {
  return 'fact' in c ? { all: [c] } : c;
}

/**
 * Appends a rule that always holds (an empty "all of") and has no action yet, with a fresh id.
 *
 * @example
 * addRule(def, { 'zh-CN': '新规则', en: 'New rule' }).id // 'rule_1'
 */
export function addRule(def: RuleSetDefinition, name: LocalizedText): Added {
  const id = uniqueId('rule', def.rules.map((r) => r.id));
  const rule: Rule = { id, name, conditions: { all: [] }, actions: [] };
  return { def: { ...def, rules: [...def.rules, rule] }, id };
}

/**
 * A copy of rule `id` right after it, with a fresh id and the name marked as a copy.
 *
 * @example
 * duplicateRule(def, 'legal', { 'zh-CN': '（副本）', en: ' (copy)' }).id // 'legal_1'
 */
export function duplicateRule(def: RuleSetDefinition, id: string, suffix: LocalizedText): Added | undefined {
  const i = def.rules.findIndex((r) => r.id === id);
  const rule = def.rules[i];
  if (rule === undefined) return undefined;
  const copyId = uniqueId(rule.id, def.rules.map((r) => r.id));
  const copy: Rule = { ...rule, id: copyId, name: { 'zh-CN': rule.name['zh-CN'] + suffix['zh-CN'], en: rule.name.en + suffix.en } };
  return { def: { ...def, rules: [...def.rules.slice(0, i + 1), copy, ...def.rules.slice(i + 1)] }, id: copyId };
}

/**
 * The rule set without rule `id`.
 *
 * @example
 * removeRule(def, 'reminder').rules.map((r) => r.id) // ['legal', 'notice']
 */
export function removeRule(def: RuleSetDefinition, id: string): RuleSetDefinition {
  const rules = removeById(def.rules, id);
  return rules === def.rules ? def : { ...def, rules };
}

/**
 * Moves rule `from` to the place of rule `to` (drag and drop, or the keyboard).
 *
 * @example
 * moveRule(def, 'reminder', 'legal').rules.map((r) => r.id) // ['reminder', 'legal', 'notice']
 */
export function moveRule(def: RuleSetDefinition, from: string, to: string): RuleSetDefinition {
  const rules = moveById(def.rules, from, to);
  return rules === def.rules ? def : { ...def, rules };
}

/**
 * Replaces rule `id` by `update(rule)`.
 *
 * @example
 * updateRule(def, 'legal', (r) => ({ ...r, name }))
 */
export function updateRule(def: RuleSetDefinition, id: string, update: (rule: Rule) => Rule): RuleSetDefinition {
  const rules = replaceById(def.rules, id, update);
  return rules === def.rules ? def : { ...def, rules };
}

/**
 * Renames rule `id`.
 *
 * @example
 * setRuleName(def, 'legal', { 'zh-CN': '法务催收', en: 'Legal collection' })
 */
export function setRuleName(def: RuleSetDefinition, id: string, name: LocalizedText): RuleSetDefinition {
  return updateRule(def, id, (r) => ({ ...r, name }));
}

/**
 * Sets rule `id`'s priority; `undefined` removes it, so the rule runs at the default, 1.
 *
 * @example
 * setRulePriority(def, 'legal', 30).rules[0].priority // 30
 */
export function setRulePriority(def: RuleSetDefinition, id: string, priority: number | undefined): RuleSetDefinition {
  return updateRule(def, id, ({ priority: _old, ...rest }) => (priority === undefined ? rest : { ...rest, priority }));
}

/**
 * Sets rule `id`'s conditions, kept a group at the root (see {@link asRuleConditions}).
 *
 * @example
 * setRuleConditions(def, 'legal', { any: [debtHigh, lawsuit] })
 */
export function setRuleConditions(def: RuleSetDefinition, id: string, conditions: Condition): RuleSetDefinition {
  return updateRule(def, id, (r) => ({ ...r, conditions: asRuleConditions(conditions) }));
}

/**
 * The order json-rules-engine runs the rules in, as the engine's compile sorts them: higher
 * priority first (absent = 1), then as written. Maps rule id → 1-based place.
 *
 * @example
 * runOrder({ ...def, rules: [{ id: 'a' }, { id: 'b', priority: 5 }] }) // Map { 'b' => 1, 'a' => 2 }
 */
export function runOrder(def: RuleSetDefinition): Map<string, number> {
  const sorted = def.rules.map((r, i) => ({ id: r.id, p: r.priority ?? 1, i })).sort((a, b) => b.p - a.p || a.i - b.i);
  return new Map(sorted.map((r, place) => [r.id, place + 1]));
}
