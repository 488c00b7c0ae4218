import { describe, expect, it } from 'vitest';
import type { LinearMethod } from '../types.js';
import { interpolate, linearMethod } from './linear.js';
import { creditCatalog, outcome, scopeOf } from '../test-kit.js';

const coop: LinearMethod = { kind: 'linear', field: 'cooperation_years', from: { value: 0, points: 20 }, to: { value: 10, points: 100 } };

function score(method: LinearMethod, value: unknown) {
  const out = outcome();
  linearMethod.compile(method, creditCatalog)(value, {}, { today: '2024-06-30' }, out);
  return out;
}

describe('interpolate', () => {
  it('rounds half up to a hundredth and clamps at both ends', () => {
    expect(interpolate(0.4, 0.3, 10000, 0.5, 0)).toBe(5000);
    expect(interpolate(0.35, 0.3, 10000, 0.5, 0)).toBe(7500);
    expect(interpolate(1, 0, 0, 8, 1)).toBe(0);
    expect(interpolate(4, 0, 0, 8, 1)).toBe(1);
    expect(interpolate(-1, 0, 2000, 10, 10000)).toBe(2000);
    expect(interpolate(99, 0, 2000, 10, 10000)).toBe(10000);
  });

  it('works on a falling scale', () => {
    expect(interpolate(30, 0, 10000, 90, 0)).toBe(6667);
  });
});

describe('linear', () => {
  it('scores along the line', () => {
    expect(score(coop, 5)).toMatchObject({ raw: 5, points: 6000 });
    expect(score(coop, 2.5)).toMatchObject({ points: 4000 });
    expect(score(coop, 12)).toMatchObject({ points: 10000 });
  });

  it('counts a missing value as missing', () => {
    expect(score(coop, null)).toMatchObject({ raw: null, missing: 'empty' });
  });

  it('scales a date by its age', () => {
    const age: LinearMethod = { kind: 'linear', field: 'founded', unit: 'years', from: { value: 0, points: 0 }, to: { value: 10, points: 100 } };
    expect(score(age, '2019-06-30')).toMatchObject({ raw: 5, points: 5000 });
  });

  it('validates the field, the points and two distinct ends', () => {
    const codes = (m: LinearMethod) => linearMethod.validate(m, scopeOf('coop')).map((p) => p.code);
    expect(codes(coop)).toEqual([]);
    expect(codes({ ...coop, to: { value: 0, points: 100 } })).toEqual(['scorecard.linear.flat']);
    expect(codes({ ...coop, field: 'industry' })).toEqual(['scorecard.field.kind']);
    expect(codes({ ...coop, from: { value: 0, points: 0.001 } })).toEqual(['scorecard.points.decimals']);
  });

  it('knows its range', () => {
    expect(linearMethod.range({ ...coop, from: { value: 0, points: 100 }, to: { value: 1, points: 20 } })).toEqual({ lo: 2000, hi: 10000 });
  });
});
