import { describe, expect, it } from 'vitest';
import { csrfTokenOf, hashSecret, newApiToken, newSessionSecret, parseApiToken, parseSessionSecret, sameSecret } from './secrets.js';

const tenant = '0b5f3c1e-9a0e-4c55-8d1e-2f6a7b8c9d0e';

describe('secrets', () => {
  it('make session secrets that name their tenant and read back', () => {
    const secret = newSessionSecret(tenant);
    expect(secret).toMatch(new RegExp(`^${tenant}\\.[A-Za-z0-9_-]{43}$`));
    expect(parseSessionSecret(secret)).toEqual({ tenantId: tenant, text: secret });
    expect(newSessionSecret(tenant)).not.toBe(secret);
  });

  it('make API tokens with a recognisable prefix that read back', () => {
    const token = newApiToken(tenant);
    expect(token.startsWith(`heng_${tenant}_`)).toBe(true);
    expect(parseApiToken(token)).toEqual({ tenantId: tenant, text: token });
  });

  it('refuse anything else', () => {
    const token = newApiToken(tenant);
    const session = newSessionSecret(tenant);
    for (const bad of ['', 'x', `${tenant}.short`, `${session}x`, ` ${session}`, `'; DROP TABLE users; --.${'a'.repeat(43)}`, token]) {
      expect(parseSessionSecret(bad)).toBeUndefined();
    }
    for (const bad of ['', 'heng_', `heng_${tenant}_short`, `${token}=`, session, `Bearer ${token}`]) {
      expect(parseApiToken(bad)).toBeUndefined();
    }
  });

  it('store a SHA-256 hex of the whole secret', () => {
    expect(hashSecret('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('derive a CSRF token per session that reveals neither the secret nor its stored hash', () => {
    const a = newSessionSecret(tenant);
    const b = newSessionSecret(tenant);
    expect(csrfTokenOf(a)).toBe(csrfTokenOf(a));
    expect(csrfTokenOf(a)).not.toBe(csrfTokenOf(b));
    expect(csrfTokenOf(a)).not.toContain(a.split('.')[1]);
    expect(Buffer.from(csrfTokenOf(a), 'base64url').toString('hex')).not.toBe(hashSecret(a));
  });

  it('compare secrets whatever their lengths', () => {
    expect([sameSecret('abc', 'abc'), sameSecret('abc', 'abd'), sameSecret('abc', 'abcd'), sameSecret('', '')]).toEqual([true, false, false, true]);
  });
});
