import { describe, expect, it } from 'vitest';
import { bundleContext, compileFlow, compileRuleSet, compileScorecard, evaluateRuleSet, formCatalog, planImport, remapBundle, simulateRoute, validateBundle } from '@heng/engine';
import type { TenantInventory } from '@heng/engine';
import { creditManagement } from '../credit-management/index.js';
import { definitionFiles, definitionIn, fieldWrites, firedRules, shiftDays, storedRecord } from '../template-kit.js';
import { supplierOnboarding } from './index.js';

// A second, different app on the same platform: nothing here is specific to credit.
const TODAY = '2025-06-30';
const form = definitionIn(supplierOnboarding, 'form', 'supplier');
const card = compileScorecard(definitionIn(supplierOnboarding, 'scorecard', 'supplier_score'), formCatalog(form));
const supplier = (values: Readonly<Record<string, unknown>>) =>
  storedRecord(form, { supplier_name: '宁波甬江包装材料有限公司', credit_code: '91330200MA2H000017', category: 'packaging', buyer: 'chen', expected_annual_spend: 800_000, sample_passed: true, ...values }, TODAY);
const graded = (values: Readonly<Record<string, unknown>>) => {
  const r = card.evaluate(supplier(values), { today: TODAY });
  return { total: r.total, grade: r.grade, cap: r.outputs.annual_cap, terms: r.outputs.payment_terms, flags: r.flags };
};
const rules = (id: string, facts: Readonly<Record<string, unknown>>) => evaluateRuleSet(compileRuleSet(definitionIn(supplierOnboarding, 'ruleset', id), bundleContext(supplierOnboarding)), facts, { today: TODAY });

describe('the supplier onboarding template', () => {
  it('validates and plans an import into an empty tenant', () => {
    expect(validateBundle(supplierOnboarding, { today: TODAY })).toEqual([]);
    const empty: TenantInventory = { roles: new Set(), definitions: { form: new Set(), dashboard: new Set(), scorecard: new Set(), ruleset: new Set(), flow: new Set() } };
    expect(planImport(supplierOnboarding, empty).definitions.map((d) => `${d.action} ${d.kind}:${d.id}`)).toEqual([
      'create form:supplier',
      'create scorecard:supplier_score',
      'create flow:supplier_approval',
      'create ruleset:onboarding_outcome',
      'create ruleset:certificate_watch',
    ]);
  });

  it('loads every definition file in its folder', () => {
    const files = definitionFiles(new URL('./', import.meta.url));
    expect(files.every((f) => f.kind === f.folderKind && f.file.endsWith(`/${f.id.replaceAll('_', '-')}.json`))).toBe(true);
    expect(supplierOnboarding.definitions.map((d) => `${d.kind}:${d.id}`).sort()).toEqual(files.map((f) => `${f.kind}:${f.id}`).sort());
  });

  it('installs beside the credit template without a conflict, sharing its finance director and admin roles', () => {
    const withCredit: TenantInventory = {
      roles: new Set(creditManagement.roles.map((r) => r.id)),
      definitions: { form: new Set(['customer', 'sales_order']), dashboard: new Set(), scorecard: new Set(['credit_score']), ruleset: new Set(['blacklist']), flow: new Set(['credit_approval']) },
    };
    const plan = planImport(supplierOnboarding, withCredit);
    expect(plan.definitions.every((d) => d.action === 'create')).toBe(true);
    expect(plan.roles).toMatchObject({ create: ['buyer', 'purchasing_manager', 'quality_engineer'], existing: ['finance_director', 'admin'] });
    // The preview names them as the template does.
    expect(plan.roles.names['quality_engineer']?.en).toBe(supplierOnboarding.roles.find((r) => r.id === 'quality_engineer')?.name.en);
    expect(validateBundle(remapBundle(supplierOnboarding, plan), { today: TODAY })).toEqual([]);
  });
});

describe('the supplier assessment, by hand (0–100: audit 35%, quality 20%, delivery 20%, certification 15%, finances 10%)', () => {
  it('a well-run packaging supplier: 89, preferred', () => {
    // audit 92: (92 − 60) / 40 × 100 = 80 × 35% = 28; no incidents: 100 × 20% = 20; 98.5% on time: 100 × 20% = 20;
    // ISO 9001 only: 70 × 15% = 10.5; debt 8M / 20M = 40%: 100 × 10% = 10. 28 + 20 + 20 + 10.5 + 10 = 88.5 → 89.
    const s = { audit_score: 92, quality_incidents: 0, on_time_delivery: 0.985, certifications: ['iso9001'], total_assets: 20_000_000, total_liabilities: 8_000_000, annual_revenue: 30_000_000 };
    // Cap: 800,000 × 2 = 1,600,000; 90 days.
    expect(graded(s)).toEqual({ total: 89, grade: 'preferred', cap: 1_600_000, terms: 90, flags: [] });
  });

  it('a components maker: quality weighs double, and a large share of its revenue flags dependency', () => {
    // audit 80: 50; 2 incidents: 60; 96% on time: 80; IATF 16949: 100; debt 60%: 60.
    // Components: shares 3500, 4000, 2000, 1500, 1000 (12,000) → 2916.67, 3333.33, 1666.67, 1250, 833.33 bp → 2917, 3333, 1667, 1250, 833.
    // 50 × 29.17% = 14.585; 60 × 33.33% = 19.998; 80 × 16.67% = 13.336; 100 × 12.5% = 12.5; 60 × 8.33% = 4.998 → 65.417 → 65.
    // Spend 2,000,000 of its 5,000,000 revenue = 40% > 30%: dependency. Cap MIN(2,000,000, 500,000) = 500,000; 30 days.
    const s = { category: 'components', expected_annual_spend: 2_000_000, annual_revenue: 5_000_000, audit_score: 80, quality_incidents: 2, on_time_delivery: 0.96, certifications: ['iatf16949', 'iso9001'], total_assets: 10_000_000, total_liabilities: 6_000_000 };
    expect(graded(s)).toEqual({ total: 65, grade: 'conditional', cap: 500_000, terms: 30, flags: ['dependency'] });
  });

  it('failed samples cap a qualified score at conditional', () => {
    // audit 100: 35; no incidents: 20; no delivery record yet: 50 × 20% = 10; no certification: 20 × 15% = 3;
    // no balance sheet: 40 × 10% = 4. 35 + 20 + 10 + 3 + 4 = 72 → qualified, capped at conditional.
    expect(graded({ audit_score: 100, quality_incidents: 0, sample_passed: false })).toEqual({ total: 72, grade: 'conditional', cap: 500_000, terms: 30, flags: [] });
  });

  it('a poor supplier is rejected', () => {
    // audit 55 (below 60): 0; 4 incidents: 0; 85% on time: 0; no certification: 3; debt 80%: 20 × 10% = 2. Total 5.
    expect(graded({ audit_score: 55, quality_incidents: 4, on_time_delivery: 0.85, total_assets: 10_000_000, total_liabilities: 8_000_000 })).toEqual({ total: 5, grade: 'rejected', cap: 0, terms: 0, flags: [] });
  });
});

describe('onboarding approval and rules', () => {
  const route = (spend: number) =>
    simulateRoute(compileFlow(definitionIn(supplierOnboarding, 'flow', 'supplier_approval')), supplier({ expected_annual_spend: spend }), { roles: { quality_engineer: ['he'], purchasing_manager: ['lin'], finance_director: ['qian'] }, managers: {}, admins: ['boss'] }, 'chen').nodeIds;

  it('quality first; the finance director too from 1,000,000 a year; the buyer copied', () => {
    expect(route(999_999)).toEqual(['quality_review', 'by_spend', 'manager_only', 'cc_buyer']);
    expect(route(1_000_000)).toEqual(['quality_review', 'by_spend', 'manager_then', 'finance', 'cc_buyer']);
  });

  it('the approval outcome sets the supplier’s status', async () => {
    expect(fieldWrites(await rules('onboarding_outcome', { ...supplier({ approval_status: 'approved' }), changed_fields: ['approval_status'] }))).toEqual({ supplier_status: 'approved' });
    expect(fieldWrites(await rules('onboarding_outcome', { ...supplier({ approval_status: 'rejected' }), changed_fields: ['approval_status'] }))).toEqual({ supplier_status: 'rejected' });
  });

  it('certificates: a reminder 30 days before they expire, suspension once expired, nothing for a prospect', async () => {
    const approved = (expiry: string) => supplier({ supplier_status: 'approved', certificate_expiry: expiry });
    expect(firedRules(await rules('certificate_watch', approved(shiftDays(TODAY, 30))))).toEqual(['expiring']);
    expect(firedRules(await rules('certificate_watch', approved(shiftDays(TODAY, 29))))).toEqual([]);
    const expired = await rules('certificate_watch', approved(shiftDays(TODAY, -1)));
    expect(firedRules(expired)).toEqual(['expired']);
    expect(fieldWrites(expired)).toEqual({ supplier_status: 'suspended' });
    expect(firedRules(await rules('certificate_watch', supplier({ certificate_expiry: shiftDays(TODAY, -1) })))).toEqual([]);
  });
});
