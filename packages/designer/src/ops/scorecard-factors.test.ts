import { validateScorecard } from '@heng/engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { creditScorecard as card, sampleContext } from '../samples/index.js';
import { addFactor, basisPointsToPercent, moveFactor, normalise, percentToBasisPoints, removeFactor, setFactorName, setMissing, setWeight, weightTotal } from './scorecard-factors.js';

const name = { 'zh-CN': '新指标', en: 'New factor' };
const ids = (d: typeof card) => d.factors.map((f) => f.id);

describe('addFactor', () => {
  it('appends a factor with weight 0 and a fresh id, leaving the input alone', () => {
    const { def, id } = addFactor(card, name, 'current_ratio');
    expect(id).toBe('factor_1');
    expect(ids(def)).toEqual([...ids(card), 'factor_1']);
    expect(def.factors.at(-1)).toMatchObject({ weight: 0, method: { kind: 'bands', field: 'current_ratio' } });
    expect(card.factors).toHaveLength(5);
    expect(addFactor(def, name).id).toBe('factor_2');
  });

  it('keeps a valid card valid (weights still add up to 100%)', () => {
    const { def } = addFactor(card, name, 'current_ratio');
    expect(validateScorecard(def, sampleContext())).toEqual([]);
  });
});

describe('removeFactor', () => {
  it('removes by id and drops modifier multipliers naming it', () => {
    const withModifier = { ...card, modifiers: [{ id: 'by_industry', dimension: 'industry', values: [{ value: 'steel', multipliers: { debt: 1.5, payment: 1.2 } }] }] };
    const def = removeFactor(withModifier, 'debt');
    expect(ids(def)).toEqual(['payment', 'lawsuits', 'industry', 'cooperation']);
    expect(def.modifiers?.[0]?.values[0]?.multipliers).toEqual({ payment: 1.2 });
  });

  it('returns the same card for an unknown id', () => {
    expect(removeFactor(card, 'nope')).toBe(card);
  });
});

describe('moveFactor', () => {
  it('moves a factor to the place of another', () => {
    expect(ids(moveFactor(card, 'cooperation', 'payment'))).toEqual(['cooperation', 'payment', 'debt', 'lawsuits', 'industry']);
    expect(ids(moveFactor(card, 'payment', 'debt'))).toEqual(['debt', 'payment', 'lawsuits', 'industry', 'cooperation']);
    expect(moveFactor(card, 'payment', 'payment')).toBe(card);
  });
});

describe('weights', () => {
  it('turns a typed percentage into basis points, half up, clamped', () => {
    expect(percentToBasisPoints(12.345)).toBe(1235);
    expect(percentToBasisPoints(1.005)).toBe(101);
    expect(percentToBasisPoints(40)).toBe(4000);
    expect(percentToBasisPoints(120)).toBe(10_000);
    expect(percentToBasisPoints(-3)).toBe(0);
    expect(percentToBasisPoints(Number.NaN)).toBe(0);
    expect(basisPointsToPercent(1235)).toBe(12.35);
  });

  it('round-trips every 2-decimal percentage exactly', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000 }), (bp) => percentToBasisPoints(basisPointsToPercent(bp)) === bp));
  });

  it('setWeight changes one factor and the total follows', () => {
    const def = setWeight(card, 'debt', 30);
    expect(def.factors.find((f) => f.id === 'debt')?.weight).toBe(3000);
    expect(weightTotal(def)).toBe(10_500);
    expect(setWeight(card, 'debt', 25)).toBe(card);
    const problems = validateScorecard(def, sampleContext());
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual(['/factors scorecard.weights.sum']);
  });

  it('normalise brings the total to exactly 100% with the engine', () => {
    const def = normalise(setWeight(card, 'debt', 30));
    expect(weightTotal(def)).toBe(10_000);
    expect(def.factors.map((f) => f.weight)).toEqual([3810, 2857, 952, 952, 1429]);
    expect(validateScorecard(def, sampleContext())).toEqual([]);
    expect(normalise(card)).toBe(card);
  });

  it('normalise always reaches 100% and keeps the order of weights', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 20 }), (ws) => {
        const def = normalise({ ...card, factors: ws.map((weight, i) => ({ ...(card.factors[0] as (typeof card.factors)[number]), id: `f${i}`, weight })) });
        const out = def.factors.map((f) => f.weight);
        const ordered = ws.every((w, i) => ws.every((v, j) => !(w > v) || (out[i] as number) >= (out[j] as number)));
        return weightTotal(def) === 10_000 && ordered;
      }),
    );
  });
});

describe('factor name and missing policy', () => {
  it('edits the factor by id', () => {
    const renamed = setFactorName(card, 'debt', { 'zh-CN': '负债率', en: 'Leverage' });
    expect(renamed.factors[1]?.name.en).toBe('Leverage');
    expect(setMissing(card, 'debt', { policy: 'exclude' }).factors[1]?.missing).toEqual({ policy: 'exclude' });
  });
});
