import { describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, exportBundle, optionsOf, planImport, remapBundle, validateBundle } from '@heng/engine';
import type { FormDefinition, TenantInventory } from '@heng/engine';
import { creditManagement } from './index.js';
import { definitionFiles } from '../template-kit.js';
import { TODAY } from './test-kit.js';

const options = { today: TODAY };
const empty: TenantInventory = { roles: new Set(), definitions: { form: new Set(), dashboard: new Set(), scorecard: new Set(), ruleset: new Set(), flow: new Set() } };

describe('the credit management template', () => {
  it('validates with zero problems', () => {
    expect(creditManagement.format).toBe(BUNDLE_FORMAT);
    expect(validateBundle(creditManagement, options)).toEqual([]);
  });

  it('labels every value a lookup can copy: its options cover its source field\'s (a lookup of a field with options has them)', () => {
    const forms = new Map(creditManagement.definitions.filter((d) => d.kind === 'form').map((f) => [f.id, f as FormDefinition]));
    const uncovered = [...forms.values()].flatMap((form) =>
      form.fields.flatMap((f) => {
        if (f.type !== 'lookup') return [];
        const via = form.fields.find((v) => v.id === f.via);
        const source = via?.type === 'reference' ? forms.get(via.target)?.fields.find((x) => x.id === f.field) : undefined;
        const ids = new Set((f.options ?? []).map((o) => o.id));
        return (source === undefined ? [] : (optionsOf(source) ?? [])).filter((o) => !ids.has(o.id)).map((o) => `${form.id}.${f.id}: ${o.id}`);
      }),
    );
    expect(uncovered).toEqual([]);
  });

  it('validates as a bundle file too (after a JSON round trip)', () => {
    expect(validateBundle(JSON.parse(JSON.stringify(creditManagement)), options)).toEqual([]);
  });

  it('loads every definition file, each named after its id and kept in its kind’s folder', () => {
    const files = definitionFiles(new URL('./', import.meta.url));
    for (const f of files) {
      expect(f.kind).toBe(f.folderKind);
      expect(f.file.endsWith(`/${f.id.replaceAll('_', '-')}.json`)).toBe(true);
    }
    expect(creditManagement.definitions.map((d) => `${d.kind}:${d.id}`).sort()).toEqual(files.map((f) => `${f.kind}:${f.id}`).sort());
  });

  it('plans an import into an empty tenant: everything created, forms first, the seven roles with it', () => {
    const plan = planImport(creditManagement, empty);
    expect(plan.definitions.every((d) => d.action === 'create' && d.id === d.from)).toBe(true);
    expect(plan.definitions.map((d) => d.kind)).toEqual([...Array(5).fill('form'), 'scorecard', 'flow', 'flow', ...Array(17).fill('ruleset'), 'dashboard']);
    expect(plan.roles).toMatchObject({ create: ['salesperson', 'sales_manager', 'sales_director', 'risk_officer', 'finance_director', 'legal', 'admin'], existing: [] });
    expect(plan.seedRecords).toBe(0);
    expect(validateBundle(remapBundle(creditManagement, plan), options)).toEqual([]);
  });

  it('imports beside an app that already uses its ids: renamed, every reference followed, still valid', () => {
    const taken: TenantInventory = {
      roles: new Set(['salesperson', 'admin']),
      definitions: { form: new Set(['customer']), dashboard: new Set(), scorecard: new Set(['credit_score']), ruleset: new Set(['blacklist']), flow: new Set(['order_over_limit']) },
    };
    const plan = planImport(creditManagement, taken);
    expect(plan.definitions.filter((d) => d.action !== 'create').map((d) => `${d.kind}:${d.from}→${d.id}`)).toEqual([
      'form:customer→customer_2',
      'scorecard:credit_score→credit_score_2',
      'flow:order_over_limit→order_over_limit_2',
      'ruleset:blacklist→blacklist_2',
    ]);
    const remapped = remapBundle(creditManagement, plan);
    expect(validateBundle(remapped, options)).toEqual([]);
    const json = JSON.stringify(remapped.definitions);
    expect(json).not.toMatch(/"(target|form)":"customer"/);
    expect(json).toContain('"flow":"order_over_limit_2"');
    expect(json).toContain('"scorecard":"credit_score_2"');
  });

  it('exports back to the same app in a stable order, without problems', () => {
    const first = exportBundle({ ...creditManagement }, options);
    const again = exportBundle({ ...creditManagement, definitions: [...creditManagement.definitions].reverse(), roles: [...creditManagement.roles].reverse() }, options);
    expect(first.problems).toEqual([]);
    expect(JSON.stringify(first.bundle)).toBe(JSON.stringify(again.bundle));
  });
});
