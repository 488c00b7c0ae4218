import { describe, expect, it } from 'vitest';
import { isId } from '../core/ids.js';
import { exportBundle } from './export.js';
import { planImport, remapBundle } from './import.js';
import { creditBundle } from './test-bundle.js';
import type { TenantInventory } from './types.js';
import { validateBundle } from './validate.js';

const today = { today: '2026-11-22' };
const empty: TenantInventory = { roles: new Set(), definitions: { form: new Set(), scorecard: new Set(), ruleset: new Set(), flow: new Set(), dashboard: new Set() } };
const taken: TenantInventory = {
  roles: new Set(['salesperson', 'admin']),
  definitions: { form: new Set(['customer', 'customer_2']), scorecard: new Set(), ruleset: new Set(), flow: new Set(['credit_approval']), dashboard: new Set() },
};

describe('planImport', () => {
  it('creates everything in an empty tenant, forms first', () => {
    const plan = planImport(creditBundle(), empty);
    expect(plan.definitions.map((d) => `${d.action} ${d.kind}:${d.id}`)).toEqual([
      'create form:credit_application',
      'create form:customer',
      'create scorecard:credit_score',
      'create flow:credit_approval',
      'create ruleset:lawsuit_watch',
    ]);
    expect(plan.roles.create).toHaveLength(7);
    expect(plan.seedRecords).toBe(2);
  });

  it('renames conflicting ids past those already taken, or replaces when asked', () => {
    const plan = planImport(creditBundle(), taken, { 'flow:credit_approval': 'replace' });
    expect(plan.definitions.filter((d) => d.action !== 'create').map((d) => `${d.action} ${d.kind}:${d.from}→${d.id}`)).toEqual(['rename form:customer→customer_3', 'replace flow:credit_approval→credit_approval']);
    expect(plan.roles).toMatchObject({ create: ['sales_manager', 'sales_director', 'risk_officer', 'finance_director', 'legal'], existing: ['salesperson', 'admin'] });
    // Named as the bundle names them, for the preview.
    expect(plan.roles.names['risk_officer']).toEqual(creditBundle().roles.find((r) => r.id === 'risk_officer')?.name);
    expect(plan.definitions.find((d) => d.from === 'customer')?.name).toEqual(creditBundle().definitions.find((d) => d.id === 'customer')?.name);
  });

  it('keeps a renamed id a valid id, even when the taken one is already 64 characters long', () => {
    const long = 'a'.repeat(64);
    const base = creditBundle();
    const bundle = { ...base, definitions: base.definitions.map((d) => (d.kind === 'ruleset' ? { ...d, id: long } : d)) };
    const tenant: TenantInventory = { ...empty, definitions: { ...empty.definitions, ruleset: new Set([long, `${'a'.repeat(62)}_2`]) } };
    const renamed = planImport(bundle, tenant).definitions.find((d) => d.kind === 'ruleset');
    expect(renamed).toMatchObject({ action: 'rename', from: long, id: `${'a'.repeat(62)}_3` });
    expect(isId(renamed?.id)).toBe(true);
  });
});

describe('remapBundle', () => {
  it('rewrites every reference to a renamed definition, so the result still validates', () => {
    const remapped = remapBundle(creditBundle(), planImport(creditBundle(), taken));
    const byId = new Map(remapped.definitions.map((d) => [`${d.kind}:${d.id}`, d as unknown as Record<string, unknown>]));
    expect(byId.has('form:customer_3')).toBe(true);
    expect(byId.get('scorecard:credit_score')?.form).toBe('customer_3');
    expect(byId.get('ruleset:lawsuit_watch')?.form).toBe('customer_3');
    const application = byId.get('form:credit_application') as { fields: { id: string; target?: string }[] };
    expect(application.fields.find((f) => f.id === 'customer')?.target).toBe('customer_3');
    expect(Object.keys(remapped.seed ?? {}).sort()).toEqual(['credit_application', 'customer_3']);
    expect(validateBundle(remapped, today)).toEqual([]);
  });

  it('leaves the input bundle untouched', () => {
    const before = creditBundle();
    const copy = JSON.parse(JSON.stringify(before)) as unknown;
    remapBundle(before, planImport(before, taken));
    expect(before).toEqual(copy);
  });
});

describe('exportBundle', () => {
  it('orders definitions and roles stably, so two exports diff cleanly', () => {
    const b = creditBundle();
    const first = exportBundle({ ...b }, today);
    const second = exportBundle({ ...b, definitions: [...b.definitions].reverse(), roles: [...b.roles].reverse() }, today);
    expect(first.problems).toEqual([]);
    expect(JSON.stringify(first.bundle)).toBe(JSON.stringify(second.bundle));
    expect(first.bundle.definitions.map((d) => d.kind)).toEqual(['form', 'form', 'scorecard', 'flow', 'ruleset']);
  });

  it('reports what would make the export unimportable', () => {
    const b = creditBundle();
    const { problems } = exportBundle({ ...b, definitions: b.definitions.filter((d) => d.kind !== 'form' || d.id !== 'customer') }, today);
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual(
      expect.arrayContaining(['/definitions/0/fields/0/target field.target.unknown', '/definitions/1/form scorecard.form.unknown']),
    );
  });
});
