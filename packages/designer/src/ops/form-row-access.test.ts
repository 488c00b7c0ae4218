import { rowScope, validateForm } from '@heng/engine';
import type { FormDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { customerCreditProfile, sampleContext } from '../samples/index.js';
import { renameField } from './form-references.js';
import { renameRowField, rowAccessByRole, setRoleRowFields, setRowRole, userFieldsOf } from './form-row-access.js';

const backup = { id: 'backup_manager', type: 'user', label: { en: 'Backup manager', 'zh-CN': '备岗客户经理' } } as const;
const form: FormDefinition = {
  ...customerCreditProfile,
  fields: [...customerCreditProfile.fields, backup],
  sections: customerCreditProfile.sections.map((s, i) => (i === 0 ? { ...s, fields: [...s.fields, backup.id] } : s)),
};

describe('userFieldsOf', () => {
  it('lists the top-level user fields', () => {
    expect(userFieldsOf(form).map((f) => f.id)).toEqual(['account_manager', 'backup_manager']);
  });

  it('and the lookups that copy a user field of a form it knows', () => {
    const label = { en: 'x', 'zh-CN': 'x' };
    const payment: FormDefinition = {
      kind: 'form', id: 'payment', name: label, sections: [],
      fields: [
        { id: 'customer', type: 'reference', target: 'customer', label },
        { id: 'salesperson', type: 'lookup', via: 'customer', field: 'account_manager', resultType: 'text', label },
        { id: 'customer_name', type: 'lookup', via: 'customer', field: 'company_name', resultType: 'text', label },
      ],
    };
    expect(userFieldsOf(payment, [{ id: 'customer', fields: form.fields }]).map((f) => f.id)).toEqual(['salesperson']);
    expect(userFieldsOf(payment)).toEqual([]);
  });
});

describe('setRoleRowFields', () => {
  it('adds a role’s rules, which the engine then holds the role to', () => {
    const next = setRoleRowFields(form, 'salesperson', ['account_manager']);
    expect(next.rowAccess).toEqual([{ role: 'salesperson', field: 'account_manager' }]);
    expect(validateForm(next, sampleContext())).toEqual([]);
    expect(rowScope(next, ['salesperson'])).toEqual({ all: false, fields: ['account_manager'] });
    expect(rowScope(next, ['admin'])).toEqual({ all: true });
  });

  it('replaces a role’s fields in place, each once, and leaves other roles alone', () => {
    const a = setRoleRowFields(setRoleRowFields(form, 'salesperson', ['account_manager']), 'sales_manager', ['backup_manager']);
    const b = setRoleRowFields(a, 'salesperson', ['backup_manager', 'account_manager', 'backup_manager']);
    expect(b.rowAccess).toEqual([
      { role: 'salesperson', field: 'backup_manager' },
      { role: 'salesperson', field: 'account_manager' },
      { role: 'sales_manager', field: 'backup_manager' },
    ]);
    expect(rowAccessByRole(b)).toEqual([
      { role: 'salesperson', fields: ['backup_manager', 'account_manager'], indices: [0, 1] },
      { role: 'sales_manager', fields: ['backup_manager'], indices: [2] },
    ]);
  });

  it('removes a role’s rules with no fields, and rowAccess with the last rule', () => {
    const a = setRoleRowFields(setRoleRowFields(form, 'salesperson', ['account_manager']), 'legal', ['backup_manager']);
    const b = setRoleRowFields(a, 'salesperson', []);
    expect(b.rowAccess).toEqual([{ role: 'legal', field: 'backup_manager' }]);
    expect('rowAccess' in setRoleRowFields(b, 'legal', [])).toBe(false);
  });

  it('lets the validator name a field that is not a user field and a role the company lacks', () => {
    const next = setRoleRowFields(form, 'salesman', ['industry']);
    expect(validateForm(next, sampleContext()).map((p) => [p.path, p.code])).toEqual([
      ['/rowAccess/0/role', 'form.rowAccess.role'],
      ['/rowAccess/0/field', 'form.rowAccess.fieldType'],
    ]);
  });
});

describe('setRowRole', () => {
  it('moves a role’s rules to another role, merging without repeats', () => {
    const a = setRoleRowFields(setRoleRowFields(form, 'salesperson', ['account_manager', 'backup_manager']), 'sales_manager', ['account_manager']);
    expect(setRowRole(a, 'salesperson', 'sales_manager').rowAccess).toEqual([
      { role: 'sales_manager', field: 'account_manager' },
      { role: 'sales_manager', field: 'backup_manager' },
    ]);
    expect(setRowRole(a, 'legal', 'admin')).toBe(a);
    expect(setRowRole(a, 'salesperson', 'salesperson')).toBe(a);
  });
});

describe('renameRowField', () => {
  it('follows a renamed user field, so the role keeps seeing the same records', () => {
    const a = setRoleRowFields(form, 'salesperson', ['account_manager']);
    expect(renameRowField(a, 'account_manager', 'owner').rowAccess).toEqual([{ role: 'salesperson', field: 'owner' }]);
    // Renaming the field itself carries its rules, through renameRowField: the form stays valid.
    const b = renameField(a, { id: 'account_manager' }, 'owner');
    expect(b.rowAccess).toEqual([{ role: 'salesperson', field: 'owner' }]);
    expect(validateForm(b, sampleContext())).toEqual([]);
    expect(renameRowField(a, 'region', 'area')).toBe(a);
  });
});
