import { creditScorecard } from '@heng/engine';
import type { RuleSetDefinition, ScorecardDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { highRisk } from '../ops/ruleset-test-kit.js';
import { ruleFlagLabel } from './flag-words.js';

const watched: ScorecardDefinition = {
  ...creditScorecard,
  overrides: [{ id: 'news', when: { fact: 'lawsuits_pending', operator: 'equal', value: true }, action: { kind: 'flag', flag: 'watch', label: { en: 'On watch', 'zh-CN': '关注' } } }],
};
const labelled: RuleSetDefinition = {
  ...highRisk,
  rules: highRisk.rules.map((r, i) => (i === 0 ? { ...r, actions: [{ kind: 'add_flag', id: 'flag', flag: 'high_risk', label: { en: 'High risk', 'zh-CN': '高风险' } }] } : r)),
};

describe('ruleFlagLabel', () => {
  it('reads a removed flag as the add_flag of the rule set raises it', () => {
    expect(ruleFlagLabel(labelled, [watched], 'high_risk', 'zh-CN')).toBe('高风险');
    expect(ruleFlagLabel(labelled, [], 'high_risk', 'en')).toBe('High risk');
  });

  it('else as a scorecard override labels it, else as the flag itself', () => {
    expect(ruleFlagLabel(labelled, [watched], 'watch', 'zh-CN')).toBe('关注');
    expect(ruleFlagLabel(highRisk, [watched], 'high_risk', 'en')).toBe('high_risk');
  });

  it('puts the effect’s own label first', () => {
    expect(ruleFlagLabel(labelled, [watched], 'high_risk', 'en', { en: 'Sued', 'zh-CN': '涉诉' })).toBe('Sued');
  });
});
