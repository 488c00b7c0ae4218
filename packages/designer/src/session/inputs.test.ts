import { describe, expect, it } from 'vitest';
import { credentialsOf, setupInputOf } from './inputs.js';

describe('form bodies', () => {
  it('leaves the company code out of a login when none is typed, and trims the rest but the password', () => {
    expect(credentialsOf({ tenant: '  ', email: ' lin@example.com ', password: ' pass word ' })).toEqual({ email: 'lin@example.com', password: ' pass word ' });
    expect(credentialsOf({ email: 'a@b.c', password: 'p' })).toEqual({ email: 'a@b.c', password: 'p' });
    expect(credentialsOf({ tenant: ' minjiang ', email: 'a@b.c', password: 'p' })).toEqual({ tenant: 'minjiang', email: 'a@b.c', password: 'p' });
  });

  it('builds the setup body the server’s schema takes', () => {
    const admin = { email: ' lin@example.com', displayName: ' 林芳 ', password: ' long-enough-1' };
    expect(setupInputOf({ slug: ' minjiang ', name: ' 闽江机械 ', admin, setupToken: ' ' })).toEqual({
      slug: 'minjiang',
      name: '闽江机械',
      admin: { email: 'lin@example.com', displayName: '林芳', password: ' long-enough-1' },
    });
    expect(setupInputOf({ slug: 'm1', name: 'n', admin, setupToken: ' tok-0123456789abcdef ' }).setupToken).toBe('tok-0123456789abcdef');
  });
});
