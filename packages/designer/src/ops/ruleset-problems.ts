/** @module Problems of a rule set placed on its parts: JSON Pointers read back as rule and action ids. */
import { parsePointer } from '@heng/engine';
import type { RuleSetDefinition } from '@heng/engine';

/** Where a problem belongs in the rule editor. */
export interface RuleSetPlace {
  /** `set`: the rule set itself (name, form, the rule list); `trigger`; or one rule. */
  readonly section: 'set' | 'trigger' | 'rule';
  readonly ruleId?: string;
  readonly actionId?: string;
  /** The rest of the pointer below the rule or action: `['conditions', 'any', '0', 'value']`, `['flag']`. */
  readonly rest: readonly string[];
}

/**
 * Reads a problem's pointer back as the ids of the rule and action it names, which stay put
 * while rules and actions move.
 *
 * @example
 * placeOfRuleSet(def, '/rules/1/actions/0/flag') // { section: 'rule', ruleId: 'notice', actionId: 'mark', rest: ['flag'] }
 */
export function placeOfRuleSet(def: RuleSetDefinition, path: string): RuleSetPlace {
  const [head, index, ...rest] = parsePointer(path);
  if (head === 'trigger') return { section: 'trigger', rest: [index, ...rest].filter((x) => x !== undefined) };
  const rule = head === 'rules' && index !== undefined ? def.rules[Number(index)] : undefined;
  if (rule === undefined) return { section: 'set', rest: [head, index, ...rest].filter((x) => x !== undefined) };
  if (rest[0] === 'actions' && rest[1] !== undefined) {
    const action = rule.actions[Number(rest[1])];
    if (action !== undefined) return { section: 'rule', ruleId: rule.id, actionId: action.id, rest: rest.slice(2) };
  }
  return { section: 'rule', ruleId: rule.id, rest };
}

/**
 * The pointer of rule `ruleId`, or of its action `actionId` (`undefined` when it is gone).
 *
 * @example
 * ruleSetPath(def, 'notice') // '/rules/1'
 * ruleSetPath(def, 'notice', 'mark') // '/rules/1/actions/0'
 */
export function ruleSetPath(def: RuleSetDefinition, ruleId: string, actionId?: string): string | undefined {
  const i = def.rules.findIndex((r) => r.id === ruleId);
  const rule = def.rules[i];
  if (rule === undefined) return undefined;
  if (actionId === undefined) return `/rules/${i}`;
  const j = rule.actions.findIndex((a) => a.id === actionId);
  return j < 0 ? undefined : `/rules/${i}/actions/${j}`;
}
