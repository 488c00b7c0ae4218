import { describe, expect, it } from 'vitest';
import { scopeOf } from '../test-kit.js';
import type { BandsMethod } from '../types.js';
import { isConditionBands, validateBands } from './bands-check.js';

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
describe('validateBands', () => {
  const check = (m: BandsMethod) => validateBands(m, scopeOf('debt'));
  const codes = (m: BandsMethod) => check(m).map((p) => p.code);

  it('accepts contiguous bands', () => {
    expect(check(debt)).toEqual([]);
  });

  it('finds a gap and says where to close it', () => {
    const m: BandsMethod = { ...debt, bands: [{ id: 'low', max: 0.3, points: 100 }, { id: 'mid', min: 0.35, points: 70 }] };
    const [p] = check(m);
    expect(p).toMatchObject({ path: '/factors/0/method/bands/1/min', code: 'scorecard.bands.gap' });
    expect(p?.message).toBe('Factor "debt": bands 1 and 2 leave a gap, where values from 30% up to 35% match no band. Set the min of band 2 to 30%.');
    expect(p?.messageZh).toBe('指标 "debt"：第 1 与第 2 个区间之间有空缺：30% 至 35% 之间的值不落入任何区间。请将第 2 个区间的下限设为 30%。');
  });

  it('finds overlaps, including an open-ended band followed by another', () => {
    expect(codes({ ...debt, bands: [{ id: 'a', max: 0.5, points: 1 }, { id: 'b', min: 0.4, points: 2 }] })).toEqual(['scorecard.bands.overlap']);
    const open = check({ ...debt, bands: [{ id: 'a', min: 0, points: 1 }, { id: 'b', min: 0.5, max: 1, points: 2 }] });
    expect(open[0]?.message).toContain('Give band 1 a max');
    expect(open[0]?.message).not.toContain('"a"');
  });

  it('rejects empty bands, duplicate ids and points with 3 decimals', () => {
    expect(codes({ ...debt, bands: [{ id: 'a', min: 0.5, max: 0.5, points: 1 }] })).toEqual(['scorecard.bands.empty']);
    expect(codes({ ...debt, bands: [{ id: 'a', max: 0.5, points: 1.005 }, { id: 'a', min: 0.5, points: 2 }] }).sort()).toEqual(['scorecard.id.duplicate', 'scorecard.points.decimals']);
  });

  it('needs a number or date field for ranges, and a unit only for dates', () => {
    expect(codes({ ...debt, field: 'industry' })).toEqual(['scorecard.field.kind']);
    expect(codes({ ...debt, field: 'debt_ratoi' })).toEqual(['scorecard.field.unknown']);
    expect(check({ ...debt, field: 'debt_ratoi' })[0]?.message).toContain('Did you mean "debt_ratio"?');
    expect(codes({ kind: 'bands', bands: debt.bands })).toEqual(['scorecard.bands.field']);
    expect(codes({ ...debt, unit: 'years' })).toEqual(['scorecard.unit.unused']);
  });

  it('rejects a mix of range and condition bands', () => {
    const m = { kind: 'bands', field: 'debt_ratio', bands: [{ id: 'a', max: 1, points: 1 }, { id: 'b', when: { all: [] }, points: 2 }] } as unknown as BandsMethod;
    expect(codes(m)).toEqual(['scorecard.bands.mixed']);
  });

  it('checks condition bands against the form', () => {
    const m: BandsMethod = { kind: 'bands', bands: [{ id: 'a', when: { fact: 'lawsuit_pendng', operator: 'equal', value: true }, points: 1 }] };
    const [p] = check(m);
    expect(p?.path.startsWith('/factors/0/method/bands/0/when')).toBe(true);
  });

  it('skips field checks when the form is unknown', () => {
    expect(validateBands({ ...debt, field: 'nothing' }, scopeOf('debt', null))).toEqual([]);
  });
});

describe('isConditionBands', () => {
  it('tells condition bands from ranges by the first band', () => {
    expect(isConditionBands([{ id: 'x', when: { all: [] }, points: 1 }])).toBe(true);
    expect(isConditionBands(debt.bands)).toBe(false);
    expect(isConditionBands([])).toBe(false);
  });
});
