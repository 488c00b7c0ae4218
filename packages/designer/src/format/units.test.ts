import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromTyped, toTyped, unitOfType } from './units.js';

describe('units', () => {
  it('maps field types to units', () => {
    expect([unitOfType('percent'), unitOfType('money'), unitOfType('number'), unitOfType(undefined)]).toEqual(['percent', 'money', 'plain', 'plain']);
  });

  it('shows percent fractions as typed percentages without binary noise', () => {
    expect(toTyped(0.07, 'percent')).toBe(7);
    expect(toTyped(0.355, 'percent')).toBe(35.5);
    expect(fromTyped(57, 'percent')).toBe(0.57);
    expect(toTyped(1234.5, 'money')).toBe(1234.5);
  });

  it('round-trips percentages typed with up to 4 decimals', () => {
    fc.assert(fc.property(fc.integer({ min: -1_000_000, max: 1_000_000 }), (n) => toTyped(fromTyped(n / 10_000, 'percent'), 'percent') === n / 10_000));
  });
});
