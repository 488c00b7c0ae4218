import { describe, expect, it } from 'vitest';
import { compileScorecard } from './compile.js';
import { evaluatorSource } from './generate.js';
import { scorecardParts } from './parts.js';
import { creditCatalog, smallCard } from './test-kit.js';
import type { ScorecardDefinition } from './types.js';

const env = { today: '2024-06-30' };
const fixed: ScorecardDefinition = { ...smallCard(), factors: smallCard().factors.map((f) => ({ ...f, missing: { policy: 'points', points: 0 } })) };
const source = (def: ScorecardDefinition) => evaluatorSource(scorecardParts(def, creditCatalog)).source;

describe('weightsCode', () => {
  it('writes weights that never change as literals, and the exact sum of products', () => {
    expect(source(fixed)).toContain('const w0 = 5000, w1 = 3000, w2 = 2000;');
    expect(source(fixed)).toContain('const s = 0 + p0 * w0 + p1 * w1 + p2 * w2;');
  });

  it('reads weights by modifier combination, comparing a few values one by one', () => {
    const def: ScorecardDefinition = { ...fixed, modifiers: [{ id: 'ind', dimension: 'industry', values: [{ value: 'construction', multipliers: { debt: 1.5 } }] }] };
    expect(source(def)).toMatch(/combo \+= v\d+ === c\d+ \? 1 : 0;\nlet W = c\d+\.weights\(combo\);/);
    const card = compileScorecard(def, creditCatalog);
    expect(card.evaluate({ debt_ratio: 0.6, lawsuit_pending: false, cooperation_years: 10, industry: 'construction' }, env).factors.map((f) => f.weight)).toEqual([6000, 2400, 1600]);
  });

  it('shares a frozen explanation between records with the same fixed outcome and weights', () => {
    const card = compileScorecard(fixed, creditCatalog);
    const a = card.evaluate({ debt_ratio: 0.1, lawsuit_pending: true }, env);
    const b = card.evaluate({ debt_ratio: 0.9, lawsuit_pending: true }, env);
    expect(a.factors[1]).toBe(b.factors[1]);
    expect(Object.isFrozen(a.factors[1])).toBe(true);
    expect(a.factors[1]).toStrictEqual({ id: 'lawsuit', raw: true, points: 20, weight: 3000, contribution: 6, band: undefined, missing: undefined });
    // The raw value of a range band is the record's: always a fresh object.
    expect(a.factors[0]).not.toBe(b.factors[0]);
  });

  it('makes fresh explanations when an exclusion changes the weights', () => {
    const def: ScorecardDefinition = { ...fixed, factors: fixed.factors.map((f) => (f.id === 'coop' ? { ...f, missing: { policy: 'exclude' } } : f)) };
    const card = compileScorecard(def, creditCatalog);
    const kept = card.evaluate({ debt_ratio: 0.1, lawsuit_pending: true, cooperation_years: 5 }, env).factors[1];
    const left = card.evaluate({ debt_ratio: 0.1, lawsuit_pending: true, cooperation_years: null }, env).factors[1];
    expect(Object.isFrozen(kept)).toBe(true);
    expect(Object.isFrozen(left)).toBe(false);
    expect(left).toStrictEqual({ id: 'lawsuit', raw: true, points: 20, weight: 3750, contribution: 7.5, band: undefined, missing: undefined });
  });
});
