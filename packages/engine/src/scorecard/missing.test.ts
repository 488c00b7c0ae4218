import { describe, expect, it } from 'vitest';
import { missingProblem, noWeightProblem } from './missing.js';

const debt = { en: 'Debt ratio', 'zh-CN': '资产负债率' };
const age = { en: 'Years in business', 'zh-CN': '经营年限' };

describe('missingProblem', () => {
  it('points at the empty field of the record, naming the factor in each language', () => {
    const p = missingProblem(debt, 'debt_ratio', 'empty', null);
    expect(p).toMatchObject({ path: '/debt_ratio', code: 'score.missing' });
    expect(p.message).toBe('Factor "Debt ratio" needs a value: field "debt_ratio" is empty. Fill it in to score this record.');
    expect(p.messageZh).toBe('指标 "资产负债率" 需要取值：字段 "debt_ratio" 为空。请填写后再评分。');
  });

  it('names a value no band matches', () => {
    expect(missingProblem(age, 'founded', 'unmatched', -3)).toMatchObject({ path: '/founded', code: 'score.unmatched' });
    expect(missingProblem(age, 'founded', 'unmatched', -3).message).toContain('no points for -3');
  });

  it('points at the record for a formula', () => {
    expect(missingProblem(debt, undefined, 'empty', null)).toMatchObject({ path: '', code: 'score.missing' });
  });
});

describe('noWeightProblem', () => {
  it('is a problem at the record', () => {
    expect(noWeightProblem()).toMatchObject({ path: '', code: 'score.nothing' });
  });
});
