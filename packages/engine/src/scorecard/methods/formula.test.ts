import { describe, expect, it } from 'vitest';
import type { FormulaMethod } from '../types.js';
import { formulaMethod } from './formula.js';
import { creditCatalog, outcome, scopeOf } from '../test-kit.js';

const liquidity: FormulaMethod = { kind: 'formula', formula: 'current_ratio * 40', min: 0, max: 100 };

function score(method: FormulaMethod, record: Record<string, unknown>) {
  const out = outcome();
  formulaMethod.compile(method, creditCatalog)(undefined, record, { today: '2024-06-30' }, out);
  return out;
}

describe('formula', () => {
  it('gives the formula result as points, rounded half up to 2 decimals and clamped', () => {
    expect(score(liquidity, { current_ratio: 1.5 })).toMatchObject({ raw: 60, points: 6000 });
    expect(score(liquidity, { current_ratio: 3 })).toMatchObject({ raw: 120, points: 10000 });
    expect(score({ ...liquidity, formula: 'current_ratio / 3' }, { current_ratio: 1 }).points).toBe(33);
    expect(score({ kind: 'formula', formula: 'current_ratio * 1000000' }, { current_ratio: 5 }).points).toBe(100_000_000);
  });

  it('counts a null result as missing', () => {
    expect(score(liquidity, {})).toMatchObject({ missing: 'empty' });
  });

  it('validates the formula against the form and wants a number', () => {
    const codes = (m: FormulaMethod) => formulaMethod.validate(m, scopeOf('liq')).map((p) => p.code);
    expect(codes(liquidity)).toEqual([]);
    expect(codes({ ...liquidity, formula: 'industry' })).toEqual(['scorecard.formula.kind']);
    expect(codes({ ...liquidity, min: 100, max: 0 })).toEqual(['scorecard.formula.range']);
    expect(formulaMethod.validate({ ...liquidity, formula: 'curent_ratio * 40' }, scopeOf('liq')).length).toBeGreaterThan(0);
  });

  it('is unbounded without min and max', () => {
    expect(formulaMethod.range({ kind: 'formula', formula: '1' })).toEqual({ lo: -Infinity, hi: Infinity });
    expect(formulaMethod.range(liquidity)).toEqual({ lo: 0, hi: 10000 });
  });
});
