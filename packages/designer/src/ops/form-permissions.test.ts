import { describe, expect, it } from 'vitest';
import { customerCreditProfile } from '@heng/engine';
import { setPermission } from './form-permissions.js';

describe('setPermission', () => {
  it('limits an action to some roles, opens it again, and drops the permissions once none is limited', () => {
    const limited = setPermission(customerCreditProfile, 'delete', ['finance_director', 'admin']);
    expect(limited.permissions).toEqual({ delete: ['finance_director', 'admin'] });
    const both = setPermission(limited, 'create', []);
    expect(both.permissions).toEqual({ delete: ['finance_director', 'admin'], create: [] });
    expect(setPermission(both, 'create', undefined).permissions).toEqual({ delete: ['finance_director', 'admin'] });
    expect('permissions' in setPermission(limited, 'delete', undefined)).toBe(false);
    expect(customerCreditProfile.permissions).toBeUndefined();
  });
});
