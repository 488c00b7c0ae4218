import { describe, expect, it } from 'vitest';
import { creditScorecard } from './fixtures/credit-scorecard.js';
import { gradeTrend, policyFacts, scoreChangeFacts } from './facts.js';

describe('what score rules read of a scorecard', () => {
  it('names each policy output policy_<id>, typed as the policy', () => {
    expect(scoreChangeFacts(creditScorecard).map((f) => [f.id, f.type, f.kind])).toEqual([['policy_limit', 'money', 'number'], ['policy_terms', 'number', 'number']]);
    expect(scoreChangeFacts({ policies: [{ id: 'settle', name: { 'zh-CN': '结算', en: 'Settle' }, type: 'text', byGrade: {} }] })[0]).toMatchObject({ id: 'policy_settle', kind: 'text' });
    expect(scoreChangeFacts({})).toEqual([]);
  });

  it('gives every policy a value, null where the score has none', () => {
    expect(policyFacts(creditScorecard, { limit: 200000 })).toEqual({ policy_limit: 200000, policy_terms: null });
    expect(policyFacts(creditScorecard, null)).toEqual({ policy_limit: null, policy_terms: null });
  });

  it('says how the grade moved on the scale, a higher band being better', () => {
    const grades = creditScorecard.grades;
    const [best, , , worst] = grades.map((g) => g.grade);
    expect(gradeTrend(grades, worst!, best!)).toBe('up');
    expect(gradeTrend(grades, best!, worst!)).toBe('down');
    expect(gradeTrend(grades, best!, best!)).toBe('same');
    expect(gradeTrend(grades, null, best!)).toBe('first');
    expect(gradeTrend(grades, 'AAA', best!)).toBe('same');
    expect(gradeTrend(grades, best!, null)).toBe('none');
  });
});
