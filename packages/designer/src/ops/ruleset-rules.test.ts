import { compileRuleSet, validateRuleSet } from '@heng/engine';
import type { RuleSetDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { addRule, asRuleConditions, duplicateRule, moveRule, removeRule, runOrder, setRuleConditions, setRuleName, setRulePriority } from './ruleset-rules.js';
import { highRisk, testContext } from './ruleset-test-kit.js';

const ctx = testContext();
const codes = (d: RuleSetDefinition) => validateRuleSet(d, ctx).map((p) => `${p.path} ${p.code}`);
const ids = (d: RuleSetDefinition) => d.rules.map((r) => r.id);
const lawsuit = { fact: 'lawsuits_pending', operator: 'equal', value: true } as const;

describe('rules', () => {
  it('starts valid', () => {
    expect(codes(highRisk)).toEqual([]);
  });

  it('adds a rule that always holds, and asks for an action on it', () => {
    const { def, id } = addRule(highRisk, { 'zh-CN': '新规则', en: 'New rule' });
    expect(id).toBe('rule_1');
    expect(def.rules.at(-1)).toEqual({ id, name: { 'zh-CN': '新规则', en: 'New rule' }, conditions: { all: [] }, actions: [] });
    expect(codes(def)).toEqual(['/rules/2/actions schema.minItems']);
    expect(addRule(def, { 'zh-CN': '又一条', en: 'Another' }).id).toBe('rule_2');
  });

  it('duplicates a rule right after it, with its own id and a marked name', () => {
    const copy = duplicateRule(highRisk, 'debt_or_lawsuit', { 'zh-CN': '（副本）', en: ' (copy)' });
    expect(copy?.id).toBe('debt_or_lawsuit_1');
    expect(ids(copy?.def as RuleSetDefinition)).toEqual(['debt_or_lawsuit', 'debt_or_lawsuit_1', 'abnormal']);
    expect(copy?.def.rules[1]?.name).toEqual({ 'zh-CN': '负债率高或有诉讼（副本）', en: 'High debt or a lawsuit (copy)' });
    expect(codes(copy?.def as RuleSetDefinition)).toEqual([]);
    expect(duplicateRule(highRisk, 'nope', { 'zh-CN': '', en: '' })).toBeUndefined();
  });

  it('removes and moves by id, unchanged for unknown ids', () => {
    expect(ids(removeRule(highRisk, 'abnormal'))).toEqual(['debt_or_lawsuit']);
    expect(removeRule(highRisk, 'nope')).toBe(highRisk);
    expect(ids(moveRule(highRisk, 'abnormal', 'debt_or_lawsuit'))).toEqual(['abnormal', 'debt_or_lawsuit']);
    expect(moveRule(highRisk, 'abnormal', 'nope')).toBe(highRisk);
  });

  it('renames and sets or clears the priority', () => {
    expect(setRuleName(highRisk, 'abnormal', { 'zh-CN': '异常', en: 'Abnormal' }).rules[1]?.name.en).toBe('Abnormal');
    expect(setRulePriority(highRisk, 'debt_or_lawsuit', 40).rules[0]?.priority).toBe(40);
    expect(setRulePriority(highRisk, 'abnormal', undefined).rules[1]).not.toHaveProperty('priority');
    expect(codes(setRulePriority(highRisk, 'abnormal', 5000))).toEqual(['/rules/1/priority schema.maximum']);
  });

  it('keeps a group at the root of the conditions', () => {
    expect(asRuleConditions(lawsuit)).toEqual({ all: [lawsuit] });
    expect(asRuleConditions({ not: lawsuit })).toEqual({ not: lawsuit });
    const def = setRuleConditions(highRisk, 'abnormal', lawsuit);
    expect(def.rules[1]?.conditions).toEqual({ all: [lawsuit] });
    expect(codes(def)).toEqual([]);
  });

  it('gives the run order the engine compiles: priority first, then as written', () => {
    expect(runOrder(highRisk)).toEqual(new Map([['abnormal', 1], ['debt_or_lawsuit', 2]]));
    const tied = setRulePriority(highRisk, 'debt_or_lawsuit', 5);
    expect(runOrder(tied)).toEqual(new Map([['debt_or_lawsuit', 1], ['abnormal', 2]]));
    for (const def of [highRisk, tied, moveRule(tied, 'abnormal', 'debt_or_lawsuit')]) {
      const order = runOrder(def);
      expect(compileRuleSet(def, ctx).rules.map((r) => r.id)).toEqual([...order.keys()].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0)));
    }
  });
});
