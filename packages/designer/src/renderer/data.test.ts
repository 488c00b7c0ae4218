import { describe, expect, it } from 'vitest';
import type { UserField } from '@heng/engine';
import { pickableUsers, recordName } from './data.js';
import type { UserSummary } from './data.js';

describe('naming records', () => {
  it('names a record by its label, or by its id when the label is empty or missing', () => {
    expect(recordName('company_name', { id: 'r1', data: { company_name: '闽江机械' } })).toBe('闽江机械');
    expect(recordName('company_name', { id: 'r1', data: { company_name: '  ' } })).toBe('r1');
    expect(recordName(undefined, { id: 'r2', data: { company_name: 'x' } })).toBe('r2');
  });
});

describe('the users a user field offers', () => {
  const person = (id: string, roles: string[], active = true): UserSummary => ({ id, email: `${id}@x.cn`, displayName: id, active, roles, managerId: null });
  const users = [person('ann', ['salesperson']), person('mia', ['sales_manager', 'risk_officer']), person('feng', ['legal']), person('old', ['salesperson'], false)];
  const owner: UserField = { id: 'sales_owner', type: 'user', label: { en: 'Salesperson', 'zh-CN': '业务员' } };
  const ids = (field: UserField, value?: string) => pickableUsers(users, field, value).map((u) => u.id);

  it('offers the active users holding one of its roles, or every active user when it has none', () => {
    expect(ids({ ...owner, roles: ['salesperson', 'sales_manager'] })).toEqual(['ann', 'mia']);
    expect(ids(owner)).toEqual(['ann', 'mia', 'feng']);
  });

  it('keeps the user it holds, so they still show by name', () => {
    expect(ids({ ...owner, roles: ['salesperson'] }, 'feng')).toEqual(['ann', 'feng']);
    expect(ids(owner, 'old')).toEqual(['ann', 'mia', 'feng', 'old']);
  });
});
