import { describe, expect, it } from 'vitest';
import { mayDo } from './permissions.js';
import { formOf, label, refs, where } from './test-kit.js';
import type { FormDefinition } from './types.js';
import { validateForm } from './validate.js';

const form = formOf([{ id: 'amount', type: 'money', label: label('Amount', '金额') }]);
const withPermissions = (permissions: unknown): FormDefinition => ({ ...form, permissions } as FormDefinition);

describe('record permissions', () => {
  it('open an action the form does not name to every role, and a named one to the roles listed', () => {
    const payments = withPermissions({ create: ['finance_director', 'admin'], delete: [] });
    expect(mayDo(payments, 'create', ['salesperson'])).toBe(false);
    expect(mayDo(payments, 'create', ['salesperson', 'finance_director'])).toBe(true);
    expect(mayDo(payments, 'create', 'admin')).toBe(true);
    expect(mayDo(payments, 'update', ['salesperson'])).toBe(true);
    expect(mayDo(payments, 'delete', ['admin'])).toBe(false);
    expect(mayDo(form, 'delete', [])).toBe(true);
  });

  it('pass with the company’s roles', () => {
    expect(validateForm(withPermissions({ create: ['salesperson'], update: [], delete: ['risk_officer'] }), refs())).toEqual([]);
  });

  it('name an unknown role where it is listed, with a suggestion, in both languages', () => {
    const problems = validateForm(withPermissions({ create: ['salesperson'], delete: ['salesprson'] }), refs());
    expect(where(problems)).toEqual(['/permissions/delete/0 form.permissions.role']);
    expect(problems[0]?.message).toBe('Permission to delete records is given to unknown role "salesprson". Did you mean "salesperson"?');
    expect(problems[0]?.messageZh).toBe('为未知角色 "salesprson" 设置了删除记录的权限。 是否应为 "salesperson"？');
  });

  it('refuse an action that is not one, and a role given twice', () => {
    expect(where(validateForm(withPermissions({ archive: ['salesperson'] }), refs()))).toEqual(['/permissions/archive schema.additionalProperties']);
    expect(where(validateForm(withPermissions({ create: ['salesperson', 'salesperson'] }), refs()))).toEqual(['/permissions/create schema.uniqueItems']);
  });
});
