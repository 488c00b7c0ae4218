import { describe, expect, it } from 'vitest';
import type { BandsMethod } from '../types.js';
import { bandsMethod } from './bands.js';
import { creditCatalog, outcome } from '../test-kit.js';

const debt: BandsMethod = {
  kind: 'bands',
  field: 'debt_ratio',
  bands: [
    { id: 'low', max: 0.3, points: 100 },
    { id: 'mid', min: 0.3, max: 0.5, points: 70 },
    { id: 'high', min: 0.5, max: 0.7, points: 40 },
    { id: 'over', min: 0.7, points: 0 },
  ],
};
const env = { today: '2024-06-30' };

function score(method: BandsMethod, value: unknown, record: Record<string, unknown> = {}) {
  const out = outcome();
  bandsMethod.compile(method, creditCatalog)(value, record, env, out);
  return out;
}

describe('bands: scoring', () => {
  it('takes min inclusive and max exclusive', () => {
    expect(score(debt, 0.3)).toMatchObject({ raw: 0.3, points: 7000, band: 'mid' });
    expect(score(debt, 0.2999)).toMatchObject({ points: 10000, band: 'low' });
    expect(score(debt, 0.7)).toMatchObject({ points: 0, band: 'over' });
    expect(score(debt, -5)).toMatchObject({ band: 'low' });
  });

  it('lets the first matching band win', () => {
    const m: BandsMethod = { kind: 'bands', field: 'debt_ratio', bands: [{ id: 'a', max: 0.5, points: 1 }, { id: 'b', max: 0.6, points: 2 }] };
    expect(score(m, 0.4).band).toBe('a');
    expect(score(m, 0.55).band).toBe('b');
  });

  it('reports empty values and values no band matches', () => {
    expect(score(debt, null)).toMatchObject({ raw: null, missing: 'empty', band: undefined });
    expect(score(debt, 'high')).toMatchObject({ missing: 'empty' });
    const closed: BandsMethod = { kind: 'bands', field: 'debt_ratio', bands: [{ id: 'a', min: 0, max: 1, points: 1 }] };
    expect(score(closed, 1.5)).toMatchObject({ raw: 1.5, missing: 'unmatched' });
  });

  it('bands a date by its age', () => {
    const age: BandsMethod = { kind: 'bands', field: 'founded', unit: 'years', bands: [{ id: 'young', max: 3, points: 20 }, { id: 'old', min: 3, points: 100 }] };
    expect(score(age, '2021-07-01')).toMatchObject({ raw: 2, band: 'young' });
    expect(score(age, '2021-06-30')).toMatchObject({ raw: 3, band: 'old' });
    expect(score(age, 'soon')).toMatchObject({ raw: 'soon', missing: 'empty' });
  });

  it('picks the first condition band that holds, showing the field as raw', () => {
    const legal: BandsMethod = {
      kind: 'bands',
      field: 'lawsuit_pending',
      bands: [
        { id: 'clean', when: { all: [{ fact: 'lawsuit_pending', operator: 'equal', value: false }, { fact: 'abnormal_operation', operator: 'equal', value: false }] }, points: 100 },
        { id: 'sued', when: { fact: 'lawsuit_pending', operator: 'equal', value: true }, points: 20 },
      ],
    };
    expect(score(legal, false, { lawsuit_pending: false, abnormal_operation: false })).toMatchObject({ raw: false, points: 10000, band: 'clean' });
    expect(score(legal, true, { lawsuit_pending: true })).toMatchObject({ points: 2000, band: 'sued' });
    expect(score(legal, false, { lawsuit_pending: false, abnormal_operation: true })).toMatchObject({ missing: 'unmatched' });
  });

  it('knows its points range and field', () => {
    expect(bandsMethod.range(debt)).toEqual({ lo: 0, hi: 10000 });
    expect(bandsMethod.field(debt)).toBe('debt_ratio');
  });
});
