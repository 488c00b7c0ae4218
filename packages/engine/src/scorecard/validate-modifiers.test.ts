import { describe, expect, it } from 'vitest';
import { creditCatalog, smallCard } from './test-kit.js';
import type { WeightModifier } from './types.js';
import { validateModifiers } from './validate-modifiers.js';

const factors = smallCard().factors;
const check = (modifiers: WeightModifier[]) => validateModifiers(modifiers, factors, 'customer', creditCatalog);

describe('validateModifiers', () => {
  it('accepts industry weighting', () => {
    expect(check([{ id: 'ind', dimension: 'industry', values: [{ value: 'construction', multipliers: { debt: 1.5, coop: 0.8 } }] }])).toEqual([]);
  });

  it('reports unknown factors and options, repeats, fine multipliers and all-zero weights', () => {
    const problems = check([
      {
        id: 'ind',
        dimension: 'industry',
        values: [
          { value: 'construction', multipliers: { det: 1.5 } },
          { value: 'constructon', multipliers: { debt: 1.23456 } },
          { value: 'construction', multipliers: { debt: 0, lawsuit: 0, coop: 0 } },
        ],
      },
    ]);
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['/modifiers/0/values/0/multipliers/det', 'scorecard.modifiers.factor'],
      ['/modifiers/0/values/1/value', 'scorecard.modifiers.option'],
      ['/modifiers/0/values/1/multipliers/debt', 'scorecard.modifiers.decimals'],
      ['/modifiers/0/values/2/value', 'scorecard.modifiers.duplicate'],
      ['/modifiers/0/values/2/multipliers', 'scorecard.modifiers.zero'],
    ]);
    expect(problems[0]?.message).toBe('Modifier "ind" multiplies the weight of "det", which is not a factor. Did you mean "debt"?');
    expect(problems[1]?.message).toBe('Modifier "ind": field "industry" has no option "constructon". Did you mean "construction"?');
  });

  it('needs a text or choice dimension, once per dimension', () => {
    const m: WeightModifier = { id: 'a', dimension: 'debt_ratio', values: [{ value: 'x', multipliers: {} }] };
    expect(check([m, { ...m, id: 'b' }]).map((p) => p.code)).toEqual(['scorecard.field.kind', 'scorecard.modifiers.dimension', 'scorecard.field.kind']);
  });
});
