import { problem, validateScorecard } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { creditScorecard as card, sampleContext } from '../samples/index.js';
import { moveFactor } from './scorecard-factors.js';
import { setBand } from './scorecard-methods.js';
import { bandPath, mergeProblems, placeOf, problemsAt, problemsUnder, problemText, rowPath } from './problems.js';

describe('problem lookup', () => {
  const ps = [problem('/factors/1', 'a', 'A', '甲'), problem('/factors/1/method/bands/0/min', 'b', 'B', '乙'), problem('/factors/10', 'c', 'C', '丙')];

  it('finds problems at and under a path without prefix mix-ups', () => {
    expect(problemsAt(ps, '/factors/1').map((p) => p.code)).toEqual(['a']);
    expect(problemsUnder(ps, '/factors/1').map((p) => p.code)).toEqual(['a', 'b']);
  });

  it('speaks the current language', () => {
    expect(problemText(ps[0] as (typeof ps)[number], 'zh-CN')).toBe('甲');
    expect(problemText(ps[0] as (typeof ps)[number], 'en')).toBe('A');
  });
});

describe('placeOf', () => {
  it('reads a band problem back as factor and band ids, after the rows moved', () => {
    const def = setBand(moveFactor(card, 'debt', 'payment'), 'debt', 'mid', { max: 0.45 });
    const [gap] = validateScorecard(def, sampleContext());
    expect(gap?.path).toBe('/factors/0/method/bands/2/min');
    expect(placeOf(def, gap?.path ?? '')).toEqual({ section: 'factors', itemId: 'debt', bandId: 'high', rest: ['min'] });
    expect(bandPath(def, 'debt', 'high')).toBe('/factors/0/method/bands/2');
  });

  it('places rows of other sections and the card itself', () => {
    expect(placeOf(card, '/grades/2/min')).toEqual({ section: 'grades', itemId: 'c', rest: ['min'] });
    expect(placeOf(card, '/overrides/1/when/fact')).toEqual({ section: 'overrides', itemId: 'lawsuit_cap', rest: ['when', 'fact'] });
    expect(placeOf(card, '/policies/0/byGrade/A')).toEqual({ section: 'policies', itemId: 'limit', rest: ['byGrade', 'A'] });
    expect(placeOf(card, '/factors')).toEqual({ section: 'factors', rest: [] });
    expect(placeOf(card, '/form')).toEqual({ section: 'card', rest: ['form'] });
    expect(placeOf(card, '')).toEqual({ section: 'card', rest: [] });
  });

  it('gives row pointers by id', () => {
    expect(rowPath(card, 'grades', 'd')).toBe('/grades/3');
    expect(rowPath(card, 'factors', 'zz')).toBeUndefined();
    expect(bandPath(card, 'lawsuits', 'low')).toBeUndefined();
  });
});

describe('mergeProblems', () => {
  const a = problem('/fields/0/label', 'x', 'A', '甲');
  const b = problem('/fields/1/label', 'x', 'B', '乙');

  it('keeps each problem once, first list first', () => {
    expect(mergeProblems([a, b], [problem('/fields/0/label', 'x', 'A', '甲')], [])).toEqual([a, b]);
    expect(mergeProblems([a], [b, a], [b])).toEqual([a, b]);
    const local = validateScorecard(setBand(card, 'debt', 'mid', { max: 0.45 }), sampleContext());
    expect(mergeProblems(local, local)).toEqual(local);
  });

  it('takes a problem of the same place and check as the same, whatever its wording', () => {
    const local = [problem('/rowAccess/0/role', 'unknown_role', 'Known: sales, boss', '已知：sales, boss')];
    expect(mergeProblems(local, [problem('/rowAccess/0/role', 'unknown_role', 'Known: boss, sales', '已知：boss, sales')])).toBe(local);
  });

  it('answers the first list itself when the others add nothing', () => {
    const local = [a];
    expect(mergeProblems(local, [])).toBe(local);
    expect(mergeProblems(local, [problem('/fields/0/label', 'x', 'A', '甲')])).toBe(local);
  });
});
