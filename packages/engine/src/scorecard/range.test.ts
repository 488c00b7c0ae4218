import { describe, expect, it } from 'vitest';
import { factorRange, totalRange } from './range.js';
import { smallCard } from './test-kit.js';
import type { Factor, ScorecardDefinition } from './types.js';

const card = smallCard();

describe('factorRange', () => {
  it('widens the method range by the missing points', () => {
    const f = card.factors[2] as Factor;
    expect(factorRange(f)).toEqual({ lo: 2000, hi: 10000 });
    expect(factorRange({ ...f, missing: { policy: 'points', points: 0 } })).toEqual({ lo: 0, hi: 10000 });
  });
});

describe('totalRange', () => {
  it('is the weighted extremes at the precision', () => {
    // debt 0–100 (50%), lawsuit 20–100 (30%, excludable), cooperation 20–100 (20%).
    // Lowest: all at their lows = 0 + 6 + 4 = 10, or lawsuit excluded: 0 × 5/7 + 20 × 2/7 = 5.7.
    expect(totalRange(card)).toEqual({ lo: 57, hi: 1000, exact: true });
  });

  it('follows the weight modifiers', () => {
    const def: ScorecardDefinition = {
      ...card,
      factors: card.factors.map((f) => ({ ...f, missing: { policy: 'fail' } })),
      modifiers: [{ id: 'm', dimension: 'industry', values: [{ value: 'retail', multipliers: { coop: 0 } }] }],
    };
    // Base: 0 × 0.5 + 20 × 0.3 + 20 × 0.2 = 10; retail: 0 × 0.625 + 20 × 0.375 = 7.5.
    expect(totalRange(def)).toEqual({ lo: 75, hi: 1000, exact: true });
  });

  it('is unbounded with a formula factor that has no min', () => {
    const def: ScorecardDefinition = { ...card, factors: [...card.factors.slice(0, 2), { ...(card.factors[2] as Factor), method: { kind: 'formula', formula: 'cooperation_years * 10', max: 100 } }] };
    expect(totalRange(def).lo).toBe(-Infinity);
  });

  it('falls back to plain bounds when there are too many combinations', () => {
    const values = Array.from({ length: 20 }, (_, i) => ({ value: `v${i}`, multipliers: { debt: 2 } }));
    const def: ScorecardDefinition = { ...card, modifiers: ['a', 'b', 'c'].map((id) => ({ id, dimension: id, values })) };
    expect(totalRange(def)).toEqual({ lo: 0, hi: 1000, exact: false });
  });
});
