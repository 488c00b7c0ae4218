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

  it('never read an inherited property as a field', () => {
    expect(resolveRecipient({ field: 'constructor' }, {})).toEqual({ field: 'constructor', user: null });
    expect(resolveTarget('toString', {})).toEqual({ field: 'toString', record: null });
  });
});
