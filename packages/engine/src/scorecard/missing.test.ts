import { describe, expect, it } from 'vitest';
import { missingProblem, noWeightProblem } from './missing.js';

describe('missingProblem', () => {
  it('points at the empty field of the record', () => {
    const p = missingProblem('debt', 'debt_ratio', 'empty', null);
    expect(p).toMatchObject({ path: '/debt_ratio', code: 'score.missing' });
    expect(p.message).toBe('Factor "debt" needs a value: field "debt_ratio" is empty. Fill it in to score this record.');
  });

  it('names a value no band matches', () => {
    expect(missingProblem('age', 'founded', 'unmatched', -3)).toMatchObject({ path: '/founded', code: 'score.unmatched' });
    expect(missingProblem('age', 'founded', 'unmatched', -3).message).toContain('no points for -3');
  });

  it('points at the record for a formula', () => {
    expect(missingProblem('liq', undefined, 'empty', null)).toMatchObject({ path: '', code: 'score.missing' });
  });
});

describe('noWeightProblem', () => {
  it('is a problem at the record', () => {
    expect(noWeightProblem()).toMatchObject({ path: '', code: 'score.nothing' });
  });
});
