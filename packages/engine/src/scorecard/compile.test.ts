import { describe, expect, it } from 'vitest';
import { compileScorecard } from './compile.js';
import { creditCatalog, creditContext, smallCard } from './test-kit.js';
import type { Factor, ScorecardDefinition } from './types.js';
import { validateScorecard } from './validate.js';

const env = { today: '2024-06-30' };
const card = compileScorecard(smallCard(), creditCatalog);
const clean = { debt_ratio: 0.2, lawsuit_pending: false, cooperation_years: 10, annual_sales: 3_000_000, negative_news: false };

describe('compileScorecard: evaluators', () => {
  it('generates code by default, and compiles closures when asked', () => {
    expect(card.evaluator).toBe('generated');
    const closures = compileScorecard(smallCard(), creditCatalog, { generate: false });
    expect(closures.evaluator).toBe('closures');
    expect(closures.evaluate(clean, env)).toStrictEqual(card.evaluate(clean, env));
  });
});

describe('compileScorecard: totals and grades', () => {
  it('explains every factor', () => {
    const r = card.evaluate({ debt_ratio: 0.35, lawsuit_pending: false, cooperation_years: 5, annual_sales: 1_000_000 }, env);
    // debt 70 × 50% = 35, lawsuit 100 × 30% = 30, cooperation 20 + 5/10 × 80 = 60 × 20% = 12.
    expect(r.factors).toEqual([
      { id: 'debt', raw: 0.35, points: 70, weight: 5000, contribution: 35, band: 'mid', missing: undefined },
      { id: 'lawsuit', raw: false, points: 100, weight: 3000, contribution: 30, band: undefined, missing: undefined },
      { id: 'coop', raw: 5, points: 60, weight: 2000, contribution: 12, band: undefined, missing: undefined },
    ]);
    expect(r).toMatchObject({ scorecard: 'small', total: 77, grade: 'B', bandGrade: 'B', color: '#1565c0', label: { en: 'Good' } });
    expect(r.outputs).toEqual({ limit: 100_000, terms: 60 });
    expect(r.problems).toBeUndefined();
  });

  it('rounds the exact total half up at the precision before it meets a band', () => {
    // 4.3 years → 20 + 0.43 × 80 = 54.4 points; 35 + 30 + 10.88 = 75.88 → 75.9.
    expect(card.evaluate({ ...clean, debt_ratio: 0.4, cooperation_years: 4.3 }, env).total).toBe(75.9);
    // 0.0625 years → 20.5 points: 35 + 30 + 4.1 = 69.1 (C).
    expect(card.evaluate({ ...clean, debt_ratio: 0.4, cooperation_years: 0.0625 }, env)).toMatchObject({ total: 69.1, grade: 'C' });
  });

  it('reaches 61.5 exactly where floating point gives 61.49999999999999', () => {
    const ptsOf = (id: string, field: string, weight: number): Factor => ({
      id,
      name: { 'zh-CN': id, en: id },
      weight,
      method: { kind: 'formula', formula: field, min: 0, max: 100 },
      missing: { policy: 'fail' },
    });
    const edge: ScorecardDefinition = {
      ...smallCard(),
      precision: 0,
      factors: [ptsOf('x', 'current_ratio', 1500), ptsOf('y', 'quick_ratio', 2800), ptsOf('z', 'cooperation_years', 5700)],
      grades: [
        { id: 'c', grade: 'C', label: { 'zh-CN': 'C', en: 'C' }, color: '#f9a825', min: 0, max: 61 },
        { id: 'b', grade: 'B', label: { 'zh-CN': 'B', en: 'B' }, color: '#1565c0', min: 62, max: 100 },
      ],
      overrides: [],
      policies: [],
    };
    expect(validateScorecard(edge, creditContext())).toEqual([]);
    expect(50 * 0.15 + 30 * 0.28 + 80 * 0.57).toBe(61.49999999999999);
    const r = compileScorecard(edge, creditCatalog).evaluate({ current_ratio: 50, quick_ratio: 30, cooperation_years: 80 }, env);
    expect(r.factors.map((f) => f.contribution)).toEqual([7.5, 8.4, 45.6]);
    expect(r).toMatchObject({ total: 62, grade: 'B' });
  });
});

describe('compileScorecard: missing values', () => {
  it('gives fixed points', () => {
    const r = card.evaluate({ ...clean, debt_ratio: null, cooperation_years: undefined }, env);
    expect(r.factors[0]).toMatchObject({ raw: null, points: 0, missing: 'empty', contribution: 0 });
    expect(r.factors[2]).toMatchObject({ points: 20, missing: 'empty', contribution: 4 });
    expect(r.total).toBe(34);
  });

  it('excludes a factor and shares its weight', () => {
    const r = card.evaluate({ ...clean, lawsuit_pending: null }, env);
    expect(r.factors.map((f) => f.weight)).toEqual([7143, 0, 2857]);
    expect(r.factors[1]).toMatchObject({ missing: 'empty', points: 0, contribution: 0 });
    expect(r.total).toBe(100);
    // Without the lawsuit factor: 70 × 71.43% + 60 × 28.57% = 50.001 + 17.142 = 67.143 → 67.1.
    expect(card.evaluate({ debt_ratio: 0.4, cooperation_years: 5 }, env).total).toBe(67.1);
  });

  it('leaves the record unscored when a fail factor has no value, saying which field', () => {
    const def = smallCard();
    const strict = compileScorecard({ ...def, factors: def.factors.map((f) => ({ ...f, missing: { policy: 'fail' } })) }, creditCatalog);
    const r = strict.evaluate({ ...clean, debt_ratio: null, negative_news: true }, env);
    expect(r).toMatchObject({ total: null, grade: null, label: null, color: null, bandGrade: null, overrides: [], flags: [], outputs: {} });
    expect(r.problems?.map((p) => [p.path, p.code])).toEqual([['/debt_ratio', 'score.missing']]);
    expect(r.factors).toHaveLength(3);
  });

  it('reports a record where every factor is excluded', () => {
    const def = smallCard();
    const all = compileScorecard({ ...def, factors: def.factors.map((f) => ({ ...f, missing: { policy: 'exclude' } })) }, creditCatalog);
    expect(all.evaluate({}, env).problems?.map((p) => p.code)).toEqual(['score.nothing']);
  });
});

describe('compileScorecard: modifiers, overrides, policies', () => {
  const def = smallCard();
  const weighted = compileScorecard({ ...def, modifiers: [{ id: 'ind', dimension: 'industry', values: [{ value: 'construction', multipliers: { debt: 1.5 } }] }] }, creditCatalog);

  it('weights by industry', () => {
    expect(weighted.weightsFor({ industry: 'construction' })).toEqual({ debt: 6000, lawsuit: 2400, coop: 1600 });
    expect(weighted.weightsFor({ industry: 'retail' })).toEqual({ debt: 5000, lawsuit: 3000, coop: 2000 });
    // 40 × 60% + 100 × 24% + 100 × 16% = 64.
    expect(weighted.evaluate({ ...clean, debt_ratio: 0.6, industry: 'construction' }, env).total).toBe(64);
    expect(weighted.evaluate({ ...clean, debt_ratio: 0.6, industry: 'retail' }, env).total).toBe(70);
  });

  it('caps the grade and keeps the band grade for the explanation', () => {
    const r = card.evaluate({ ...clean, lawsuit_pending: true }, env);
    // 100 × 50% + 20 × 30% + 100 × 20% = 76 → B, capped at C.
    expect(r).toMatchObject({ total: 76, bandGrade: 'B', grade: 'C', label: { en: 'Average' } });
    expect(r.overrides).toEqual([{ id: 'lawsuit_cap', action: { kind: 'cap', grade: 'C' } }]);
    expect(r.outputs).toEqual({ limit: 150_000, terms: 30 });
  });

  it('never raises a grade by capping', () => {
    const r = card.evaluate({ ...clean, debt_ratio: 0.8, lawsuit_pending: true, cooperation_years: 0 }, env);
    expect(r).toMatchObject({ total: 10, bandGrade: 'D', grade: 'D' });
  });

  it('applies overrides in order, each seeing the grade the earlier ones left', () => {
    const chained = compileScorecard(
      {
        ...def,
        overrides: [
          { id: 'force_b', when: { fact: 'negative_news', operator: 'equal', value: true }, action: { kind: 'force', grade: 'B' } },
          { id: 'flag_b', when: { fact: 'grade', operator: 'equal', value: 'B' }, action: { kind: 'flag', flag: 'was_b', label: { 'zh-CN': 'B', en: 'B' } } },
          { id: 'again', when: { fact: 'grade', operator: 'equal', value: 'B' }, action: { kind: 'flag', flag: 'was_b', label: { 'zh-CN': 'B', en: 'B' } } },
          { id: 'cap_low', when: { fact: 'score', operator: 'greaterThan', value: 99 }, action: { kind: 'cap', grade: 'D' } },
        ],
      },
      creditCatalog,
    );
    const r = chained.evaluate({ ...clean, negative_news: true }, env);
    expect(r.overrides.map((o) => o.id)).toEqual(['force_b', 'flag_b', 'again', 'cap_low']);
    expect(r.flags).toEqual(['was_b']);
    expect(r).toMatchObject({ bandGrade: 'A', grade: 'D', outputs: { limit: 0, terms: 0 } });
  });

  it('adds flags', () => {
    expect(card.evaluate({ ...clean, negative_news: true }, env).flags).toEqual(['watch']);
    expect(card.evaluate(clean, env).flags).toEqual([]);
  });

  it('gives null for a policy whose formula has no value', () => {
    expect(card.evaluate({ ...clean, annual_sales: null }, env).outputs).toEqual({ limit: null, terms: 90 });
  });

  it('scores the same record the same way every time', () => {
    const a = card.evaluate({ ...clean, negative_news: true }, env);
    card.evaluate({ debt_ratio: 0.9 }, env);
    expect(card.evaluate({ ...clean, negative_news: true }, env)).toEqual(a);
  });

  it('ignores inherited properties of odd records', () => {
    const rec = Object.assign(Object.create({ debt_ratio: 0.1 }) as Record<string, unknown>, { lawsuit_pending: false, cooperation_years: 10 });
    expect(card.evaluate(rec, env).factors[0]).toMatchObject({ raw: undefined, missing: 'empty' });
  });
});
