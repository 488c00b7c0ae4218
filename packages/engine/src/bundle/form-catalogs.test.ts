import { describe, expect, it } from 'vitest';
import { bundleFormCatalogs } from './form-catalogs.js';
import { validateBundle } from './validate.js';

const t = (en: string) => ({ en, 'zh-CN': en });
const formOf = (id: string, fields: object[]) => ({ kind: 'form', id, name: t(id), fields, sections: [{ id: 'main', label: t('Main'), columns: 2, fields: fields.map((f) => (f as { id: string }).id) }] });

// A customer rolls up its receivables, which refer to it and copy its name: neither can be
// checked first against the other alone.
const customer = formOf('customer', [
  { id: 'company_name', type: 'text', label: t('Company'), required: true },
  { id: 'open', type: 'rollup', label: t('Open'), from: 'receivable', via: 'customer', aggregate: 'sum', field: 'amount', resultType: 'money' },
]);
const receivable = (lookupField: string) => formOf('receivable', [
  { id: 'customer', type: 'reference', target: 'customer', label: t('Customer'), required: true },
  { id: 'amount', type: 'money', label: t('Amount') },
  { id: 'customer_name', type: 'lookup', label: t('Customer name'), via: 'customer', field: lookupField, resultType: 'text' },
]);
const bundle = (definitions: object[]) => ({ format: 'heng.bundle/1', id: 'ledger', name: t('Ledger'), version: '1.0.0', roles: [], definitions });

describe('bundleFormCatalogs', () => {
  it('shows each sound form’s fields, typed, and nothing of a malformed one', () => {
    const broken = { kind: 'form', id: 'broken', fields: 'none' };
    const catalogs = bundleFormCatalogs([customer, receivable('company_name'), broken]);
    expect(catalogs.get('customer')?.get('open')).toMatchObject({ kind: 'number', computed: true });
    expect(catalogs.get('receivable')?.get('customer')).toMatchObject({ type: 'reference', target: 'customer' });
    expect(catalogs.get('broken')?.size).toBe(0);
  });

  it('lets a bundle’s forms look each other up and roll each other up, while a wrong field is still a problem at its path', () => {
    expect(validateBundle(bundle([customer, receivable('company_name')]), { today: '2025-06-30' })).toEqual([]);
    expect(validateBundle(bundle([customer, receivable('company')]), { today: '2025-06-30' })).toEqual([
      expect.objectContaining({ path: '/definitions/1/fields/2/field', code: 'field.derived.unknown', message: 'Form "customer" has no field "company". Known: company_name, open.' }),
    ]);
  });
});
