/** @module Shared data for the rule editor's tests: a rule set on the sample customer form, and the context it is checked in. */
import { creditScorecard, scorecardFacts } from '@heng/engine';
import type { ReferenceContext, RuleSetDefinition } from '@heng/engine';
import { sampleContext } from '../samples/index.js';
import type { ActionSeed } from './ruleset-actions.js';

/**
 * DOMAIN.md's override as a rule set: debt ratio over 70% or a pending lawsuit → high risk;
 * abnormal operation → a task for the risk officer. Valid in {@link testContext}.
 */
export const highRisk: RuleSetDefinition = {
  kind: 'ruleset',
  id: 'high_risk',
  name: { 'zh-CN': '高风险客户', en: 'High-risk customers' },
  form: 'customer',
  trigger: { kind: 'record_saved' },
  rules: [
    {
      id: 'debt_or_lawsuit',
      name: { 'zh-CN': '负债率高或有诉讼', en: 'High debt or a lawsuit' },
      conditions: { any: [{ fact: 'debt_ratio', operator: 'greaterThan', value: 0.7 }, { fact: 'lawsuits_pending', operator: 'equal', value: true }] },
      actions: [{ kind: 'add_flag', id: 'flag', flag: 'high_risk' }],
    },
    {
      id: 'abnormal',
      name: { 'zh-CN': '经营异常', en: 'Abnormal operation' },
      priority: 5,
      conditions: { all: [{ fact: 'abnormal_operation', operator: 'equal', value: true }] },
      actions: [
        { kind: 'create_task', id: 'check', assignee: { role: 'risk_officer' }, dueInDays: 3, title: { 'zh-CN': '核查 {{company_name}}', en: 'Check {{company_name}}' } },
        { kind: 'start_flow', id: 'review', flow: 'credit_review' },
      ],
    },
  ],
};

/** The sample context with a flow and a scorecard (with its policies) the rule set may name. */
export function testContext(): ReferenceContext {
  return { ...sampleContext(), flows: new Set(['credit_review']), scorecards: scorecardFacts([creditScorecard]) };
}

/** What new actions start from in tests. */
export function testSeed(ctx: ReferenceContext = testContext()): ActionSeed {
  const fields = ctx.forms.get('customer');
  if (fields === undefined) throw new Error('the sample context has no customer form');
  return { fields, roles: [...ctx.roles], flows: [...ctx.flows], text: { 'zh-CN': '规则已触发', en: 'A rule fired' } };
}
