import type { RuleSetDefinition, Trigger } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { tIn } from '../i18n/testing.js';
import { ruleSetsText, scoreRuleSets } from './score-rule-sets.js';

const ruleSet = (id: string, form: string, trigger: Trigger, en: string, zh: string): RuleSetDefinition => ({
  kind: 'ruleset', id, form, name: { en, 'zh-CN': zh }, trigger,
  rules: [{ id: 'tell', name: { en: 'Tell', 'zh-CN': '通知' }, conditions: { all: [] }, actions: [] }],
});
const downgrade = ruleSet('downgrade', 'customer', { kind: 'score_changed', scorecard: 'credit_score' }, 'Downgrade', '降级处理');
const limits = ruleSet('limits', 'customer', { kind: 'score_changed', scorecard: 'credit_score' }, 'Credit limits', '信用额度');

describe('scoreRuleSets', () => {
  it('picks the rule sets of the form that run on a change of this scorecard’s score, not on a write, another card or another form', () => {
    const others = [
      ruleSet('on_save', 'customer', { kind: 'record_saved' }, 'On save', '保存时'),
      ruleSet('other_card', 'customer', { kind: 'score_changed', scorecard: 'trial_score' }, 'Trial', '试用'),
      ruleSet('other_form', 'supplier', { kind: 'score_changed', scorecard: 'credit_score' }, 'Suppliers', '供应商'),
    ];
    expect(scoreRuleSets([downgrade, ...others, limits], 'credit_score', 'customer').map((r) => r.id)).toEqual(['downgrade', 'limits']);
    expect(scoreRuleSets([downgrade, ...others], 'no_rules_score', 'customer')).toEqual([]);
  });
});

describe('ruleSetsText', () => {
  it('names the rule sets in the language of the page, one or many', () => {
    expect(ruleSetsText([downgrade], 'en', tIn('en'))).toBe('Then the rule set “Downgrade” runs for the records whose score or grade changes.');
    expect(ruleSetsText([downgrade, limits], 'en', tIn('en'))).toBe('Then the rule sets “Downgrade”, “Credit limits” run for the records whose score or grade changes.');
    expect(ruleSetsText([downgrade, limits], 'zh-CN', tIn('zh-CN'))).toBe('之后，规则集“降级处理”、“信用额度”将对评分或等级变化的记录运行。');
  });

  it('says so when none runs', () => {
    expect(ruleSetsText([], 'en', tIn('en'))).toBe('No rule set runs when this scorecard changes a score.');
    expect(ruleSetsText([], 'zh-CN', tIn('zh-CN'))).toBe('此评分卡的评分变化不会触发任何规则集。');
  });
});
