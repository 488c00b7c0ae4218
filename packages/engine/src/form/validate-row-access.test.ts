import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formOf, label, refs, where } from './test-kit.js';
import type { FieldDefinition, FormDefinition } from './types.js';
import { validateForm } from './validate.js';

const fields: FieldDefinition[] = [
  { id: 'company_name', type: 'text', label: label('Company name', '企业名称') },
  { id: 'sales_owner', type: 'user', label: label('Salesperson in charge', '负责业务员') },
  { id: 'contacts', type: 'sub_table', label: label('Contacts'), columns: [{ id: 'owner', type: 'user', label: label('Owner') }] },
];
const withRules = (rowAccess: unknown): FormDefinition => ({ ...formOf(fields), rowAccess } as FormDefinition);

describe('row access rules', () => {
  it('pass with known roles and user fields', () => {
    expect(validateForm(withRules([{ role: 'salesperson', field: 'sales_owner' }, { role: 'risk_officer', field: 'sales_owner' }]), refs())).toEqual([]);
  });

  it('name an unknown role with a suggestion', () => {
    const problems = validateForm(withRules([{ role: 'salesprson', field: 'sales_owner' }]), refs());
    expect(where(problems)).toEqual(['/rowAccess/0/role form.rowAccess.role']);
    expect(problems[0]?.message).toBe('Row access is set for unknown role "salesprson". Did you mean "salesperson"?');
    expect(problems[0]?.messageZh).toMatch(/未知角色 "salesprson"/);
  });

  it('go by a user field of the form: not an unknown one, another type, or a sub-table column', () => {
    const problems = validateForm(withRules([{ role: 'salesperson', field: 'sales_ownr' }, { role: 'salesperson', field: 'company_name' }, { role: 'salesperson', field: 'owner' }]), refs());
    expect(where(problems)).toEqual(['/rowAccess/0/field form.rowAccess.field', '/rowAccess/1/field form.rowAccess.fieldType', '/rowAccess/2/field form.rowAccess.field']);
    expect(problems[0]?.message).toContain('Did you mean "sales_owner"?');
    expect(problems[1]?.message).toBe('"Company name" is a "Text" field: row access goes by a user field (who is in charge of the record), or a lookup of one; pick one.');
    expect(problems[1]?.messageZh).toBe('"企业名称" 是 "文本" 字段：记录范围须依据成员字段（记录的负责人）或复制成员字段的关联字段，请重新选择。');
  });

  it('may go by a lookup of a user field (the salesperson of a payment\'s customer), not of another field', () => {
    const customer = new Map([['sales_owner', { id: 'sales_owner', type: 'user', kind: 'text' as const }], ['company_name', { id: 'company_name', type: 'text', kind: 'text' as const }]]);
    const ctx = { ...refs(), forms: new Map([['customer', customer]]) };
    const payment: FieldDefinition[] = [
      { id: 'customer', type: 'reference', target: 'customer', label: label('Customer') },
      { id: 'salesperson', type: 'lookup', via: 'customer', field: 'sales_owner', resultType: 'text', label: label('Salesperson') },
      { id: 'customer_name', type: 'lookup', via: 'customer', field: 'company_name', resultType: 'text', label: label('Customer name') },
    ];
    const form = (field: string) => ({ ...formOf(payment), id: 'payment', rowAccess: [{ role: 'salesperson', field }] }) as FormDefinition;
    expect(where(validateForm(form('salesperson'), ctx))).toEqual([]);
    expect(where(validateForm(form('customer_name'), ctx))).toEqual(['/rowAccess/0/field form.rowAccess.fieldType']);
  });

  it('refuse a rule given twice', () => {
    const rule = { role: 'salesperson', field: 'sales_owner' };
    expect(where(validateForm(withRules([rule, rule]), refs()))).toEqual(['/rowAccess/1 form.rowAccess.duplicate']);
  });

  it('are checked for shape first, and a malformed rule is not checked again', () => {
    expect(where(validateForm(withRules([{ role: 'salesperson' }, { role: 'x', field: 'sales_owner', extra: 1 }, 'rule']), refs()))).toEqual([
      '/rowAccess/0/field schema.required',
      '/rowAccess/1/extra schema.additionalProperties',
      '/rowAccess/2 schema.type',
      '/rowAccess/1/role form.rowAccess.role',
    ].sort());
    expect(where(validateForm(withRules({ salesperson: 'sales_owner' }), refs()))).toEqual(['/rowAccess schema.type']);
  });

  it('never throw on mangled rules', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.array(fc.record({ role: fc.oneof(fc.string(), fc.anything()), field: fc.oneof(fc.constantFrom('sales_owner', 'company_name', 'constructor'), fc.anything()) }, { requiredKeys: [] }))), (rowAccess) => {
        expect(Array.isArray(validateForm(withRules(rowAccess), refs()))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('are optional: a form without them is valid', () => {
    expect(validateForm(formOf(fields), refs())).toEqual([]);
  });
});
