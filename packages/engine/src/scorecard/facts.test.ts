import { describe, expect, it } from 'vitest';
import { creditScorecard } from './fixtures/credit-scorecard.js';
import { gradeTrend, policiesReading, policyFacts, scoreChangeFacts, scoreChangeValues } from './facts.js';

describe('what score rules read of a scorecard', () => {
  it('names each policy output policy_<id>, typed as the policy', () => {
    expect(scoreChangeFacts(creditScorecard).map((f) => [f.id, f.type, f.kind])).toEqual([['policy_limit', 'money', 'number'], ['policy_terms', 'number', 'number']]);
    expect(scoreChangeFacts({ policies: [{ id: 'settle', name: { 'zh-CN': '结算', en: 'Settle' }, type: 'text', byGrade: {} }] })[0]).toMatchObject({ id: 'policy_settle', kind: 'text' });
    expect(scoreChangeFacts({})).toEqual([]);
  });

  it('names the policies whose formulas read a field the reader may not see', () => {
    // The limit is a share of annual sales; the terms are fixed days.
    expect(policiesReading(creditScorecard, new Set(['annual_sales']))).toEqual(['limit']);
    expect(policiesReading(creditScorecard, new Set(['risk_notes']))).toEqual([]);
    expect(policiesReading(creditScorecard, new Set())).toEqual([]);
  });

  it('gives every policy a value, null where the score has none', () => {
    expect(policyFacts(creditScorecard, { limit: 200000 })).toEqual({ policy_limit: 200000, policy_terms: null });
    expect(policyFacts(creditScorecard, null)).toEqual({ policy_limit: null, policy_terms: null });
  });

  it('says how the grade moved on the scale, a higher band being better', () => {
    const grades = creditScorecard.grades;
    const at = (grade: string | null, on = grades) => ({ total: null, grade, grades: on });
    expect(gradeTrend(at('A'), at('D'), true)).toBe('up');
    expect(gradeTrend(at('C'), at('B'), true)).toBe('down');
    expect(gradeTrend(at('B'), at('B'), true)).toBe('same');
    expect(gradeTrend(at(null), at('B'), true)).toBe('none');
  });

  it('calls only a grade no score had before a first; a score before without one, or on another scale, compares as the same', () => {
    const grades = creditScorecard.grades;
    const at = (grade: string | null, on = grades) => ({ total: null, grade, grades: on });
    expect(gradeTrend(at('A'), null, false)).toBe('first');
    expect(gradeTrend(at('A'), at(null), false)).toBe('first');
    // Rated, then incomplete for a while, then rated again: not a first rating.
    expect(gradeTrend(at('A'), at(null), true)).toBe('same');
    // AAA–B before, A–D now: an old A (600–699) now a B is not a downgrade.
    const fico = [{ ...grades[0]!, grade: 'AAA', min: 800 }, { ...grades[1]!, grade: 'AA', min: 700 }, { ...grades[2]!, grade: 'A', min: 600 }, { ...grades[3]!, grade: 'B', min: 0 }];
    expect(gradeTrend(at('B'), at('A', fico), true)).toBe('same');
    // New bounds, the same grades in the same order: comparable.
    expect(gradeTrend(at('D'), at('A', grades.map((g) => ({ ...g, min: g.min + 1 }))), true)).toBe('down');
  });

  it('builds every fact of a score change', () => {
    const before = { total: 72, grade: 'B', grades: creditScorecard.grades };
    expect(scoreChangeValues(creditScorecard, { total: 55, grade: 'C', outputs: { limit: 100000, terms: 30 } }, before, true)).toEqual({
      policy_limit: 100000, policy_terms: 30, score: 55, grade: 'C', previous_score: 72, previous_grade: 'B', grade_trend: 'down', factor_changes: { 'zh-CN': '未记录各指标的变化', en: 'the factors\' moves were not recorded' },
    });
  });
});
