import { describe, expect, it } from 'vitest';
import { creditApplication as form } from '../samples/credit-approval.js';
import { branchName, describeCondition, describeWho, gradesOf } from './describe.js';

const t = { role: (r: string) => `role:${r}`, manager: (n: number) => `manager:${n}`, user: (id: string) => id.toUpperCase() };

describe('card summaries', () => {
  it('describe a condition with field labels, symbols and numbers as written (万 in Chinese), in both languages', () => {
    const cond = { all: [{ fact: 'grade', operator: 'equal', value: 'A' }, { fact: 'amount', operator: 'lessThan', value: 500000 }] } as const;
    expect(describeCondition(cond, form, 'en')).toBe('Grade = A and Amount applied for < 500,000');
    expect(describeCondition(cond, form, 'zh-CN')).toBe('信用等级 = A 且 申请额度 < 50 万');
    expect(describeCondition({ any: [{ fact: 'grade', operator: 'in', value: ['C', 'D'] }, { not: { fact: 'amount', operator: 'greaterThan', value: 1 } }] }, form, 'en')).toBe('(Grade is one of C, D or not (Amount applied for > 1))');
  });

  it('say an emptiness test without a value', () => {
    const cond = { all: [{ fact: 'grade', operator: 'isEmpty', value: null }, { fact: 'amount', operator: 'isNotEmpty', value: null }] } as const;
    expect(describeCondition(cond, form, 'zh-CN')).toBe('信用等级 为空 且 申请额度 不为空');
    expect(describeCondition(cond, form, 'en')).toBe('Grade is empty and Amount applied for is not empty');
  });

  it('say yes and no in words, not true and false', () => {
    const cond = { all: [{ fact: 'over_limit', operator: 'equal', value: false }, { fact: 'customer_blacklisted', operator: 'notEqual', value: true }] } as const;
    expect(describeCondition(cond, form, 'zh-CN')).toMatch(/ = 否 且 .* ≠ 是$/);
    expect(describeCondition(cond, form, 'en')).toMatch(/ = No and .* ≠ Yes$/);
  });

  it('name facts and options as the given labels do, the rest as the form does', () => {
    const labels = { factLabel: (f: string) => (f === 'grade' ? '等级' : undefined), optionText: (f: string, o: string) => (f === 'grade' ? `${o} · 一般` : undefined) };
    const cond = { all: [{ fact: 'grade', operator: 'in', value: ['C', 'D'] }, { fact: 'amount', operator: 'lessThan', value: 500000 }] } as const;
    expect(describeCondition(cond, form, 'zh-CN', labels)).toBe('等级 属于 C · 一般、D · 一般 且 申请额度 < 50 万');
  });

  it('name a branch with its default name by its condition, in each language, as it is now', () => {
    const when = { all: [{ fact: 'grade', operator: 'equal', value: 'A' }, { fact: 'amount', operator: 'lessThanInclusive', value: 500000 }] } as const;
    const branch = { name: { en: 'Condition 1', 'zh-CN': '条件 1' }, when };
    expect(branchName(branch, form, 'zh-CN')).toBe('信用等级 = A 且 申请额度 ≤ 50 万');
    expect(branchName(branch, form, 'en')).toBe('Grade = A and Amount applied for ≤ 500,000');
    expect(branchName({ ...branch, when: { fact: 'grade', operator: 'in', value: ['C', 'D'] } }, form, 'en')).toBe('Grade is one of C, D');
    expect(branchName({ ...branch, when }, form, 'zh-CN', { factLabel: (f) => (f === 'grade' ? '等级' : undefined) })).toBe('等级 = A 且 申请额度 ≤ 50 万');
  });

  it('keep a typed name, in the language it was typed in, and a default name while there is no condition', () => {
    const when = { fact: 'grade', operator: 'equal', value: 'A' } as const;
    expect(branchName({ name: { en: 'Condition 1', 'zh-CN': '小额快批' }, when }, form, 'zh-CN')).toBe('小额快批');
    expect(branchName({ name: { en: 'Condition 1', 'zh-CN': '小额快批' }, when }, form, 'en')).toBe('Grade = A');
    expect(branchName({ name: { en: 'Condition 2', 'zh-CN': '条件 2' }, when: { all: [] } }, form, 'zh-CN')).toBe('条件 2');
    expect(branchName({ name: { en: 'Otherwise', 'zh-CN': '其他情况' } }, form, 'en')).toBe('Otherwise');
  });

  it('name approvers by role, field, manager level or user', () => {
    expect(describeWho({ kind: 'role', role: 'boss' }, form, 'en', t)).toBe('role:boss');
    expect(describeWho({ kind: 'field', field: 'salesperson' }, form, 'zh-CN', t)).toBe('业务员');
    expect(describeWho({ kind: 'manager', levels: 2 }, form, 'en', t)).toBe('manager:2');
    expect(describeWho({ kind: 'users', users: ['li', 'wang'] }, form, 'zh-CN', t)).toBe('LI、WANG');
  });

  it('turn the grade options into grade bands', () => {
    expect(gradesOf(form).map((g) => g.grade)).toEqual(['A', 'B', 'C', 'D']);
  });
});
