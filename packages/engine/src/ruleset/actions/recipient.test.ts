import { describe, it, expect } from 'vitest';
import { actionEnv } from '../test-kit.js';
import { checkRecipient, resolveRecipient, resolveTarget } from './recipient.js';
import type { Recipient } from './types.js';

describe('recipients', () => {
  it('must be named in exactly one way', () => {
    expect(checkRecipient({} as Recipient, actionEnv(), '/to')).toMatchObject([{ path: '/to', code: 'ruleset.recipient.one' }]);
    const [p] = checkRecipient({ role: 'legal', user: 'u_1' } as Recipient, actionEnv(), '/to');
    expect(p?.message).toContain('not several');
    expect(checkRecipient({ role: 'legal', user: undefined } as never, actionEnv(), '/to')).toEqual([]);
  });

  it('resolve a user field to the user the record holds; roles and users stay as they are', () => {
    expect(resolveRecipient({ field: 'salesperson' }, { salesperson: 'u_li' })).toEqual({ field: 'salesperson', user: 'u_li' });
    expect(resolveRecipient({ field: 'salesperson' }, { salesperson: 42 })).toEqual({ field: 'salesperson', user: null });
    expect(resolveRecipient({ role: 'legal' }, {})).toEqual({ role: 'legal' });
    expect(resolveRecipient({ user: 'u_1' }, {})).toEqual({ user: 'u_1' });
  });

  it('name a manager by a user field of the record, with a known role to fall back on', () => {
    expect(checkRecipient({ managerOf: 'salesperson', orRole: 'sales_manager' }, actionEnv(), '/to')).toEqual([]);
    const [notUser] = checkRecipient({ managerOf: 'amount' }, actionEnv(), '/to');
    expect(notUser).toMatchObject({ path: '/to/managerOf', code: 'ruleset.field.type' });
    expect(notUser?.message).toContain('Such fields: salesperson');
    expect(notUser?.messageZh).toContain('人员字段');
    expect(checkRecipient({ managerOf: 'salesman' }, actionEnv(), '/to')).toMatchObject([{ path: '/to/managerOf', code: 'ruleset.field.unknown' }]);
    expect(checkRecipient({ managerOf: 'salesperson', orRole: 'sales_manger' }, actionEnv(), '/to')).toMatchObject([{ path: '/to/orRole', code: 'ruleset.role.unknown' }]);
    expect(checkRecipient({ managerOf: 'salesperson', role: 'legal' } as Recipient, actionEnv(), '/to')).toMatchObject([{ path: '/to', code: 'ruleset.recipient.one' }]);
    const [stray] = checkRecipient({ role: 'legal', orRole: 'sales_manager' } as Recipient, actionEnv(), '/to');
    expect(stray).toMatchObject({ path: '/to/orRole', code: 'ruleset.recipient.or_role' });
    expect(stray?.messageZh).toContain('managerOf');
  });

  it('resolve a manager recipient to the user whose manager is meant', () => {
    expect(resolveRecipient({ managerOf: 'salesperson', orRole: 'sales_manager' }, { salesperson: 'u_li' })).toEqual({ managerOf: 'salesperson', of: 'u_li', orRole: 'sales_manager' });
    expect(resolveRecipient({ managerOf: 'salesperson' }, {})).toEqual({ managerOf: 'salesperson', of: null });
    expect(resolveRecipient({ managerOf: 'constructor' }, {})).toEqual({ managerOf: 'constructor', of: null });
  });

  it('never read an inherited property as a field', () => {
    expect(resolveRecipient({ field: 'constructor' }, {})).toEqual({ field: 'constructor', user: null });
    expect(resolveTarget('toString', {})).toEqual({ field: 'toString', record: null });
  });
});
