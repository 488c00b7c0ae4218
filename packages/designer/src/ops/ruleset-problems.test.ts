import { validateRuleSet } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { setAction } from './ruleset-actions.js';
import { placeOfRuleSet, ruleSetPath } from './ruleset-problems.js';
import { moveRule } from './ruleset-rules.js';
import { highRisk, testContext } from './ruleset-test-kit.js';

describe('problem places', () => {
  it('reads pointers back as rule and action ids', () => {
    expect(placeOfRuleSet(highRisk, '/rules/1/actions/1/flow')).toEqual({ section: 'rule', ruleId: 'abnormal', actionId: 'review', rest: ['flow'] });
    expect(placeOfRuleSet(highRisk, '/rules/0/conditions/any/1/value')).toEqual({ section: 'rule', ruleId: 'debt_or_lawsuit', rest: ['conditions', 'any', '1', 'value'] });
    expect(placeOfRuleSet(highRisk, '/trigger/cron')).toEqual({ section: 'trigger', rest: ['cron'] });
    expect(placeOfRuleSet(highRisk, '/rules')).toEqual({ section: 'set', rest: ['rules'] });
    expect(placeOfRuleSet(highRisk, '/rules/9/id')).toEqual({ section: 'set', rest: ['rules', '9', 'id'] });
    expect(placeOfRuleSet(highRisk, '')).toEqual({ section: 'set', rest: [] });
  });

  it('follows a rule as it moves', () => {
    const moved = moveRule(highRisk, 'abnormal', 'debt_or_lawsuit');
    const bad = setAction(moved, 'abnormal', { kind: 'start_flow', id: 'review', flow: 'nope' });
    const [p] = validateRuleSet(bad, testContext());
    expect(p?.path).toBe('/rules/0/actions/1/flow');
    expect(placeOfRuleSet(bad, p?.path ?? '')).toMatchObject({ ruleId: 'abnormal', actionId: 'review' });
    expect(ruleSetPath(bad, 'abnormal', 'review')).toBe('/rules/0/actions/1');
    expect(ruleSetPath(bad, 'debt_or_lawsuit')).toBe('/rules/1');
    expect(ruleSetPath(bad, 'abnormal', 'nope')).toBeUndefined();
    expect(ruleSetPath(bad, 'nope')).toBeUndefined();
  });
});
