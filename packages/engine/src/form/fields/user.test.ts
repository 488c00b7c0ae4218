import { describe, expect, it } from 'vitest';
import { codes, defAt, formOf, label, refs, valueAt, where } from '../test-kit.js';
import type { UserField } from '../types.js';
import { validateForm } from '../validate.js';
import { user } from './user.js';

const manager: UserField = { id: 'account_manager', type: 'user', label: label('Account manager', '客户经理') };
const salesperson: UserField = { id: 'salesperson', type: 'user', label: label('Salesperson', '申请业务员'), roles: ['salesperson'] };

describe('user', () => {
  it('accepts a user id', () => {
    expect(user.checkValue('u_zhang_wei', manager, valueAt())).toEqual([]);
  });

  it('rejects empty, overlong and non-string ids', () => {
    for (const v of ['', 'u'.repeat(129), 7, { id: 'u1' }]) expect(codes(user.checkValue(v, manager, valueAt()))).toEqual(['value.type']);
    expect(user.checkValue({ id: 'u1' }, manager, valueAt())[0]?.messageZh).toBe('金额应为成员 ID，而不是对象：请重新选择成员。');
  });

  it('is a text for formulas and conditions', () => {
    expect(user.kind(manager)).toBe('text');
  });

  it('may be limited to roles the company has, naming an unknown one with its likely id, in both languages', () => {
    expect(validateForm(formOf([salesperson]), refs())).toEqual([]);
    expect(user.checkDefinition({ ...salesperson, roles: ['salesperson', 'risk_oficer'] }, defAt(refs()))).toEqual([
      {
        path: '/fields/0/roles/1', code: 'field.roles.unknown',
        message: '"Salesperson" is limited to unknown role "risk_oficer". Did you mean "risk_officer"?',
        messageZh: '"申请业务员" 限定了未知角色 "risk_oficer"。 是否应为 "risk_officer"？',
      },
    ]);
    expect(user.checkDefinition(salesperson, defAt())[0]?.message).toBe('"Salesperson" is limited to unknown role "salesperson". Create the role first.');
  });

  it('takes a non-empty list of distinct role ids', () => {
    for (const roles of [[], ['salesperson', 'salesperson'], ['no spaces'], 'salesperson']) {
      expect(where(validateForm(formOf([{ ...salesperson, roles } as unknown as UserField]), refs())).some((w) => w.startsWith('/fields/0/roles'))).toBe(true);
    }
  });
});
