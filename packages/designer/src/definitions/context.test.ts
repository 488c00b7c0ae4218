import { creditScorecard, customerCreditProfile } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import type { DefinitionSummary } from '../api/definition-types.js';
import { companyContext } from './context.js';

const summary = (kind: DefinitionSummary['kind'], id: string, latestVersion: number | null): DefinitionSummary => ({ kind, id, revision: 1, latestVersion, updatedAt: '2025-01-01T00:00:00Z' });

describe('company context', () => {
  it('holds the published forms’ fields, the roles, the published flows, and the published scorecards with their policy facts', () => {
    const summaries = [summary('form', 'customer', 2), { ...summary('flow', 'approval', 1), name: { 'zh-CN': '授信审批', en: 'Credit approval' } }, summary('flow', 'draft_flow', null), summary('scorecard', 'credit_score', 1)];
    const roles = [{ id: 'admin', nameZh: '管理员', nameEn: 'Admin', builtin: true }];
    const company = companyContext(summaries, new Map([['customer', customerCreditProfile]]), [creditScorecard], roles);
    const { ctx, forms } = company;
    expect(ctx.forms.get('customer')?.get('debt_ratio')?.kind).toBe('number');
    expect([...ctx.roles]).toEqual(['admin']);
    expect([...ctx.flows]).toEqual(['approval']);
    expect([...ctx.scorecards.keys()]).toEqual(['credit_score']);
    expect(ctx.scorecards.get('credit_score')?.policies.map((f) => `${f.id}:${f.kind}`)).toEqual(['policy_limit:number', 'policy_terms:number']);
    expect(forms.get('customer')).toBe(customerCreditProfile);
    expect(company.formChoices).toEqual([{ id: 'customer', name: customerCreditProfile.name }]);
    expect(company.scorecards).toEqual([{ id: 'credit_score', name: creditScorecard.name }]);
    expect(company.flows).toEqual([{ id: 'approval', name: { 'zh-CN': '授信审批', en: 'Credit approval' } }]);
    expect(company.roles).toEqual([{ id: 'admin', name: { 'zh-CN': '管理员', en: 'Admin' } }]);
  });
});
