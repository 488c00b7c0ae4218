import { describe, expect, it } from 'vitest';
import { schemaChecker } from '../core/ajv.js';
import { emptyContext } from '../core/context.js';
import { formKind, formReferences } from './kind.js';
import { formOf, label } from './test-kit.js';

const application = formOf(
  [
    { id: 'customer', type: 'reference', label: label('Customer'), target: 'customer' },
    { id: 'amount', type: 'money', label: label('Amount') },
    { id: 'guarantors', type: 'sub_table', label: label('Guarantors'), columns: [{ id: 'company', type: 'reference', label: label('Company'), target: 'customer' }] },
  ],
  'credit_application',
);

describe('formKind', () => {
  it('is the form kind, with a schema ajv compiles strictly', () => {
    expect(formKind.kind).toBe('form');
    expect(schemaChecker(formKind.schema)(application)).toEqual([]);
  });

  it('lists the forms a form refers to, columns included', () => {
    expect(formReferences(application)).toEqual([
      { path: '/fields/0/target', kind: 'form', id: 'customer' },
      { path: '/fields/2/columns/0/target', kind: 'form', id: 'customer' },
    ]);
  });

  it('renames its own id and every target, leaving the original alone', () => {
    const renamed = formKind.renameReferences(application, (kind, id) => `${kind}_${id}_v2`);
    expect(renamed.id).toBe('form_credit_application_v2');
    expect(formReferences(renamed).map((r) => r.id)).toEqual(['form_customer_v2', 'form_customer_v2']);
    expect(formReferences(application).map((r) => r.id)).toEqual(['customer', 'customer']);
  });

  it('names and renames the forms its rollups read', () => {
    const customer = formOf(
      [{ id: 'exposure', type: 'rollup', label: label('Exposure'), from: 'receivable', via: 'customer', aggregate: 'sum', field: 'amount', resultType: 'money' }],
      'customer',
    );
    expect(formReferences(customer)).toEqual([{ path: '/fields/0/from', kind: 'form', id: 'receivable' }]);
    expect(formKind.renameReferences(customer, (_, id) => `${id}_2`).fields[0]).toMatchObject({ from: 'receivable_2', via: 'customer' });
  });

  it('validates with the context and compiles', () => {
    expect(formKind.validate(application, emptyContext()).map((p) => p.code)).toEqual(['field.target.unknown', 'field.target.unknown']);
    const ctx = { ...emptyContext(), forms: new Map([['customer', new Map()]]) };
    expect(formKind.validate(application, ctx)).toEqual([]);
    expect(formKind.compile(application, ctx).uniqueFields).toEqual([]);
  });
});
