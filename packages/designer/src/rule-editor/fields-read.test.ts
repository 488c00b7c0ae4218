import { describe, expect, it } from 'vitest';
import { customerCreditProfile } from '../samples/index.js';
import { highRisk, testContext } from '../ops/ruleset-test-kit.js';
import { setTriggerKind } from '../ops/ruleset-trigger.js';
import { eventFacts, fieldsRead } from './fields-read.js';

const ctx = testContext();

describe('fields a test run asks for', () => {
  it('traces formula fields to their inputs, in form order', () => {
    expect(fieldsRead(highRisk, customerCreditProfile)).toEqual({ inputs: ['company_name', 'lawsuits_pending', 'abnormal_operation', 'total_assets', 'total_liabilities'], computed: ['debt_ratio'] });
  });

  it('asks for the reference a set_field writes through, and what its formula reads', () => {
    const form = { ...customerCreditProfile, fields: [...customerCreditProfile.fields, { id: 'parent', type: 'reference' as const, target: 'customer', label: { en: 'Parent', 'zh-CN': '母公司' } }] };
    const linked = { ...highRisk, rules: [{ ...highRisk.rules[0]!, conditions: { all: [] }, actions: [{ kind: 'set_field' as const, id: 'up', on: 'parent', field: 'annual_sales', formula: 'annual_sales * 2' }] }] };
    expect(fieldsRead(linked, form).inputs).toEqual(['annual_sales', 'parent']);
  });

  it('asks for the trigger’s facts apart from today', () => {
    const fields = ctx.forms.get('customer');
    if (fields === undefined) throw new Error('no customer form');
    expect(eventFacts(highRisk.trigger, fields, ctx).map((f) => f.id)).toEqual(['is_new', 'changed_fields', 'changed_by_roles']);
    expect(eventFacts(setTriggerKind(highRisk, 'score_changed', ['credit_score']).trigger, fields, ctx).map((f) => f.id)).toEqual(['score', 'grade', 'previous_score', 'previous_grade', 'grade_trend', 'factor_changes', 'policy_limit', 'policy_terms']);
  });
});
