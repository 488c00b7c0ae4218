import { describe, expect, it } from 'vitest';
import type { LookupMethod } from '../types.js';
import { lookupMethod } from './lookup.js';
import { outcome, scopeOf } from '../test-kit.js';

const type: LookupMethod = {
  kind: 'lookup',
  field: 'enterprise_type',
  entries: [
    { value: 'state', points: 100 },
    { value: 'foreign', points: 85 },
    { value: 'private', points: 70 },
  ],
};

function score(method: LookupMethod, value: unknown) {
  const out = outcome();
  lookupMethod.compile(method)(value, {}, { today: '2024-06-30' }, out);
  return out;
}

describe('lookup: scoring', () => {
  it('gives the points of the matching entry', () => {
    expect(score(type, 'foreign')).toMatchObject({ raw: 'foreign', points: 8500, missing: undefined });
  });

  it('gives otherwise to other values, or counts them unmatched', () => {
    expect(score(type, 'collective')).toMatchObject({ missing: 'unmatched' });
    expect(score({ ...type, otherwise: 50 }, 'collective')).toMatchObject({ points: 5000, missing: undefined });
  });

  it('counts empty values as missing even with otherwise', () => {
    expect(score({ ...type, otherwise: 50 }, '')).toMatchObject({ missing: 'empty' });
    expect(score(type, null)).toMatchObject({ missing: 'empty' });
  });

  it('matches booleans by value, not by truthiness', () => {
    const sued: LookupMethod = { kind: 'lookup', field: 'lawsuit_pending', entries: [{ value: false, points: 100 }, { value: true, points: 20 }] };
    expect(score(sued, false).points).toBe(10000);
    expect(score(sued, 0)).toMatchObject({ missing: 'unmatched' });
  });

  it('knows its range, otherwise included', () => {
    expect(lookupMethod.range({ ...type, otherwise: 10 })).toEqual({ lo: 1000, hi: 10000 });
  });
});

describe('lookup: validation', () => {
  const codes = (m: LookupMethod) => lookupMethod.validate(m, scopeOf('type')).map((p) => p.code);

  it('accepts a table of the field options', () => {
    expect(codes(type)).toEqual([]);
  });

  it('reports duplicates, unknown options and wrongly typed values', () => {
    const m: LookupMethod = { ...type, entries: [...type.entries, { value: 'state', points: 1 }, { value: 'collective', points: 1 }, { value: true, points: 1 }] };
    const problems = lookupMethod.validate(m, scopeOf('type'));
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['/factors/0/method/entries/3/value', 'scorecard.lookup.duplicate'],
      ['/factors/0/method/entries/4/value', 'scorecard.lookup.option'],
      ['/factors/0/method/entries/5/value', 'scorecard.lookup.type'],
    ]);
    expect(problems[1]?.message).toBe('Factor "type": field "enterprise_type" has no option "collective". Its options: state, private, foreign.');
  });

  it('needs a text, choice, yes/no or number field', () => {
    expect(codes({ ...type, field: 'founded' })).toEqual(['scorecard.field.kind']);
  });

  it('checks the decimals of otherwise', () => {
    expect(codes({ ...type, otherwise: 0.125 })).toEqual(['scorecard.points.decimals']);
  });
});
