import { describe, expect, it } from 'vitest';
import { codes, label, valueAt } from '../test-kit.js';
import type { UserField } from '../types.js';
import { user } from './user.js';

const manager: UserField = { id: 'account_manager', type: 'user', label: label('Account manager', '客户经理') };

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
});
