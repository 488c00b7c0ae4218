import { describe, expect, it } from 'vitest';
import { burnPasswordCheck, configurePasswordHashing, DEFAULT_SCRYPT, hashPassword, needsRehash, verifyPassword } from './password.js';

const cheap = { N: 1024, r: 8, p: 1 };

describe('passwords', () => {
  it('store scrypt with its parameters and a per-user salt, and verify only the right password', async () => {
    const [a, b] = await Promise.all([hashPassword('correct horse', cheap), hashPassword('correct horse', cheap)]);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse', a)).toBe(true);
    expect(await verifyPassword('correct horsE', a)).toBe(false);
    expect(await verifyPassword('', a)).toBe(false);
  });

  it('use the OWASP setting by default and verify with the parameters stored, not the current ones', async () => {
    const strong = await hashPassword('密码很长很长的', DEFAULT_SCRYPT);
    expect(strong.startsWith('scrypt$32768$8$3$')).toBe(true);
    expect(await verifyPassword('密码很长很长的', strong)).toBe(true);
    const weak = await hashPassword('old one', cheap);
    expect(await verifyPassword('old one', weak)).toBe(true);
    expect([needsRehash(weak), needsRehash(strong)]).toEqual([true, false]);
  });

  it('treat a composed and a decomposed é as the same password', async () => {
    const hash = await hashPassword('caf\u00e9-password', cheap);
    expect(await verifyPassword('cafe\u0301-password', hash)).toBe(true);
  });

  it('never match, nor throw on, a null, malformed or absurd hash', async () => {
    const good = await hashPassword('pw', cheap);
    const tampered = good.replace('$1024$', '$1000$');
    const huge = good.replace('$1024$', `$${2 ** 30}$`);
    for (const stored of [null, '', 'plain', 'scrypt$1024$8$1$salt', tampered, huge, `${good.slice(0, -20)}`]) {
      expect(await verifyPassword('pw', stored)).toBe(false);
    }
  });

  it('spends a real check on unknown accounts and always says no', async () => {
    expect(await burnPasswordCheck('anything')).toBe(false);
  });

  it('hash with the configured parameters, and ask for a rehash of anything weaker', async () => {
    expect(() => configurePasswordHashing({ N: 1000, r: 8, p: 1 })).toThrow(/power of two/);
    try {
      configurePasswordHashing(cheap);
      const made = await hashPassword('pw');
      expect(made.startsWith('scrypt$1024$8$1$')).toBe(true);
      expect(needsRehash(made)).toBe(false);
    } finally {
      configurePasswordHashing(DEFAULT_SCRYPT);
    }
    expect(needsRehash(await hashPassword('pw', cheap))).toBe(true);
  });
});
