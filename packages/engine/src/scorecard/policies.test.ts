import { describe, expect, it } from 'vitest';
import { scoreCatalog } from './overrides.js';
import { compilePolicies, policyValue } from './policies.js';
import { creditCatalog, smallCard } from './test-kit.js';

const def = smallCard();
const env = { today: '2024-06-30' };

describe('policyValue', () => {
  it('rounds money to fen and days to whole days, half up', () => {
    expect(policyValue(1234.565, 'money')).toBe(1234.57);
    expect(policyValue(29.5, 'days')).toBe(30);
    expect(policyValue(0.125, 'number')).toBe(0.125);
  });

  it('turns values of the wrong type into null', () => {
    expect(policyValue('x', 'money')).toBeNull();
    expect(policyValue(3, 'text')).toBeNull();
    expect(policyValue(null, 'days')).toBeNull();
    expect(policyValue('现款现货', 'text')).toBe('现款现货');
  });
});

describe('compilePolicies', () => {
  const facts = scoreCatalog(creditCatalog, def.grades.map((g) => g.grade));

  it('evaluates the formula of the grade', () => {
    const p = compilePolicies(def.policies ?? [], facts, def.grades);
    expect(p.facts).toEqual(['annual_sales']);
    expect(p.outputs({ annual_sales: 5_000_000.5 }, 'A', env)).toEqual({ limit: 1_000_000.1, terms: 90 });
    expect(p.outputs({ annual_sales: 5_000_000 }, 'D', env)).toEqual({ limit: 0, terms: 0 });
  });

  it('may use the score and the grade', () => {
    const byScore = compilePolicies([{ id: 'p', name: { 'zh-CN': 'p', en: 'p' }, type: 'money', byGrade: { A: 'score * 1000', B: 'IF(grade = "B", 1, 2)', C: '0', D: '0' } }], facts, def.grades);
    expect(byScore.outputs({ score: 91.5, grade: 'A' }, 'A', env)).toEqual({ p: 91_500 });
    expect(byScore.outputs({ score: 72, grade: 'B' }, 'B', env)).toEqual({ p: 1 });
  });

  it('refuses a formula that does not compile', () => {
    expect(() => compilePolicies([{ id: 'p', name: { 'zh-CN': 'p', en: 'p' }, type: 'money', byGrade: { A: '1 +' } }], facts, def.grades)).toThrow(/policy "p"/);
  });
});
