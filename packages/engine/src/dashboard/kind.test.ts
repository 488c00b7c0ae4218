import { describe, expect, it } from 'vitest';
import { creditBundle } from '../bundle/test-bundle.js';
import { planImport, remapBundle, validateBundle } from '../bundle/index.js';
import { specOf } from '../kinds.js';
import { dashboardKind, dashboardReferences, renameDashboardReferences } from './kind.js';
import { dashboardContext, sampleDashboard } from './test-kit.js';

describe('the dashboard kind', () => {
  it('is registered with the other kinds', () => {
    expect(specOf('dashboard')).toBe(dashboardKind);
    expect(dashboardKind.validate(sampleDashboard, dashboardContext())).toEqual([]);
  });

  it('names the forms of its filters and charts', () => {
    expect(dashboardReferences(sampleDashboard)).toEqual([
      { path: '/filters/0/form', kind: 'form', id: 'customer' },
      { path: '/charts/0/form', kind: 'form', id: 'customer' },
      { path: '/charts/1/form', kind: 'form', id: 'customer' },
      { path: '/charts/2/form', kind: 'form', id: 'credit_application' },
      { path: '/charts/3/form', kind: 'form', id: 'customer' },
    ]);
  });

  it('renames its own id and the forms it names, nothing else', () => {
    const renamed = renameDashboardReferences(sampleDashboard, (kind, id) => `${id}_${kind}`);
    expect(renamed.id).toBe('credit_overview_dashboard');
    expect(renamed.filters[0]).toEqual({ id: 'region', field: 'region', form: 'customer_form' });
    expect(renamed.charts.map((c) => c.form)).toEqual(['customer_form', 'customer_form', 'credit_application_form', 'customer_form']);
    expect(renamed.charts[2]!.groupBy).toEqual({ field: 'customer.industry' });
  });

  it('travels in a bundle: checked with it, imported last (after the forms and scorecards it reads), its forms renamed with them', () => {
    const bundle = { ...creditBundle(), definitions: [sampleDashboard, ...creditBundle().definitions] };
    expect(validateBundle(bundle, { today: '2026-11-22' })).toEqual([]);
    const taken = { roles: new Set<string>(), definitions: { form: new Set(['customer']), scorecard: new Set<string>(), ruleset: new Set<string>(), flow: new Set<string>(), dashboard: new Set<string>() } };
    const plan = planImport(bundle, taken);
    const kinds = plan.definitions.map((d) => d.kind);
    expect(kinds.indexOf('dashboard')).toBe(kinds.length - 1);
    const remapped = remapBundle(bundle, plan).definitions.find((d) => d.kind === 'dashboard');
    expect(remapped).toMatchObject({ filters: [{ form: 'customer_2' }], charts: [{ form: 'customer_2' }, { form: 'customer_2' }, { form: 'credit_application' }, { form: 'customer_2' }] });
  });
});
