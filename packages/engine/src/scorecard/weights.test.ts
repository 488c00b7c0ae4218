import { describe, expect, it } from 'vitest';
import { smallCard } from './test-kit.js';
import type { Factor, WeightModifier } from './types.js';
import { FULL_WEIGHT, normaliseWeights, weightTable } from './weights.js';

const factors = smallCard().factors;
const byIndustry: WeightModifier = {
  id: 'industry',
  dimension: 'industry',
  values: [
    { value: 'construction', multipliers: { debt: 1.5 } },
    { value: 'technology', multipliers: { coop: 0 } },
  ],
};
const byRegion: WeightModifier = { id: 'region', dimension: 'region', values: [{ value: 'north', multipliers: { lawsuit: 2 } }] };

describe('normaliseWeights', () => {
  it('scales weights to exactly 100%', () => {
    const four = [4000, 2500, 2000, 1000].map((weight, i) => ({ ...(factors[0] as Factor), id: `f${i}`, weight }));
    const w = normaliseWeights(four).map((f) => f.weight);
    expect(w).toEqual([4210, 2632, 2105, 1053]);
    expect(w.reduce((a, b) => a + b)).toBe(FULL_WEIGHT);
  });

  it('shares equally when every weight is 0', () => {
    expect(normaliseWeights(factors.map((f) => ({ ...f, weight: 0 }))).map((f) => f.weight)).toEqual([3334, 3333, 3333]);
  });
});

describe('weightTable', () => {
  it("gives each modifier's value positions and stride, as its combinations use them", () => {
    const t = weightTable(factors, [byIndustry, byRegion]);
    expect(t.positions.map((p) => [[...p.index], p.stride])).toEqual([
      [[['construction', 1], ['technology', 2]], 1],
      [[['north', 1]], 3],
    ]);
    expect(t.combo(['technology', 'north'])).toBe(2 + 1 * 3);
    expect(t.weights(5)).toBe(t.weights(5));
  });

  it('keeps the base weights when no modifier applies', () => {
    const t = weightTable(factors, [byIndustry]);
    expect(Array.from(t.weights(t.combo(['retail'])))).toEqual([5000, 3000, 2000]);
    expect(t.combo([undefined])).toBe(0);
  });

  it('multiplies and brings the weights back to 10000', () => {
    const t = weightTable(factors, [byIndustry]);
    // 5000 × 1.5 = 7500, 3000, 2000: 12500 in all, scaled by 0.8.
    expect(Array.from(t.weights(t.combo(['construction'])))).toEqual([6000, 2400, 1600]);
    // 5000, 3000, 0: scaled by 1.25.
    expect(Array.from(t.weights(t.combo(['technology'])))).toEqual([6250, 3750, 0]);
  });

  it('combines modifiers of several dimensions', () => {
    const t = weightTable(factors, [byIndustry, byRegion]);
    expect(t.size).toBe(6);
    // 7500, 6000, 2000 → 15500.
    const w = Array.from(t.weights(t.combo(['construction', 'north'])));
    expect(w).toEqual([4839, 3871, 1290]);
    expect(w.reduce((a, b) => a + b)).toBe(FULL_WEIGHT);
  });

  it('hands an excluded factor’s weight to the others', () => {
    const t = weightTable(factors, [byIndustry]);
    expect(Array.from(t.without(0, [false, true, false]))).toEqual([7143, 0, 2857]);
    expect(Array.from(t.without(0, [true, true, true]))).toEqual([0, 0, 0]);
  });

  it('returns the same table for the same combination', () => {
    const t = weightTable(factors, [byIndustry]);
    expect(t.weights(1)).toBe(t.weights(1));
    expect(t.without(1, [true, false, false])).toBe(t.without(1, [true, false, false]));
  });
});

describe('weightTable with odd ids', () => {
  it('does not take inherited properties for multipliers', () => {
    const odd = factors.map((f, i) => (i === 0 ? { ...f, id: 'constructor' } : f));
    const t = weightTable(odd, [{ id: 'm', dimension: 'industry', values: [{ value: 'retail', multipliers: { lawsuit: 2 } }] }]);
    // constructor 5000 × 1, lawsuit 3000 × 2, coop 2000 × 1 → 13000.
    expect(Array.from(t.weights(t.combo(['retail'])))).toEqual([3846, 4615, 1539]);
  });
});
