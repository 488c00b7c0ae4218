import { describe, expect, it } from 'vitest';
import { creditApplication as form, creditApproval } from '../samples/credit-approval.js';
import { flowSteps, routeText } from './flow-steps.js';
import type { FlowStep } from './flow-steps.js';

describe('flowSteps', () => {
  it('names every node and route of the flow, a route with its condition', () => {
    const steps = flowSteps(creditApproval);
    expect(steps.get('director_only')).toEqual({ name: { en: 'Sales director', 'zh-CN': '销售总监审批' } });
    expect(steps.get('grade_c')).toEqual({ name: { en: 'Grade C', 'zh-CN': 'C 级' }, when: { fact: 'grade', operator: 'equal', value: 'C' } });
  });
});

describe('routeText', () => {
  const route = { name: { en: 'Condition 1', 'zh-CN': '条件 1' }, when: { all: [{ fact: 'grade', operator: 'equal', value: 'A' }, { fact: 'amount', operator: 'lessThan', value: 500000 }] } } as const;

  it('names a route with a default name by its condition, as the flow designer does, in each language', () => {
    expect(routeText(route, form, 'en')).toBe('Grade = A and Amount applied for < 500,000');
    expect(routeText(route, form, 'zh-CN')).toBe('信用等级 = A 且 申请额度 < 50 万');
  });

  it('says a typed name with the condition it was taken on', () => {
    const named = { ...route, name: { en: 'Small A', 'zh-CN': 'A 级小额' } };
    expect(routeText(named, form, 'en')).toBe('Small A (Grade = A and Amount applied for < 500,000)');
    expect(routeText(named, form, 'zh-CN')).toBe('A 级小额（信用等级 = A 且 申请额度 < 50 万）');
  });

  it('names the otherwise route, and a route without a condition yet, by name alone', () => {
    const other = flowSteps(creditApproval).get('other');
    expect(other).toEqual({ name: { en: 'Other grades and large amounts', 'zh-CN': '其他等级或大额' } });
    expect(routeText(other as FlowStep, form, 'en')).toBe('Other grades and large amounts');
    expect(routeText({ ...route, when: { all: [] } }, form, 'zh-CN')).toBe('条件 1');
  });
});
