import { describe, expect, it } from 'vitest';
import { userPattern } from './regex.js';

// The engine's lib has no DOM or Node types; the test runner has a monotonic clock all the same.
const performance = (globalThis as unknown as { performance: { now(): number } }).performance;

describe('userPattern', () => {
  it('matches anywhere unless anchored, as JSON Schema patterns do', () => {
    const loose = userPattern('\\d{3}');
    const anchored = userPattern('^\\d{3}$');
    expect(loose.ok && loose.test('ab123cd')).toBe(true);
    expect(anchored.ok && anchored.test('ab123cd')).toBe(false);
    expect(anchored.ok && anchored.test('123')).toBe(true);
  });

  it('checks a unified social credit code', () => {
    const code = userPattern('^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$');
    expect(code.ok && code.test('91350100M000100Y43')).toBe(true);
    expect(code.ok && code.test('91350100M000100I43')).toBe(false);
  });

  it('handles Chinese text and flags', () => {
    const han = userPattern('^\\p{Han}+$');
    expect(han.ok && han.test('福州')).toBe(true);
    const ci = userPattern('(?i)^ltd$');
    expect(ci.ok && ci.test('LTD')).toBe(true);
  });

  it('refuses what would need backtracking, with the reason', () => {
    for (const source of ['(?=a)b', '(a)\\1', '[a-', 'a{1001}']) {
      const p = userPattern(source);
      expect(p.ok).toBe(false);
      if (!p.ok) expect(p.reason.length).toBeGreaterThan(0);
    }
  });

  it('runs a catastrophic-backtracking pattern in linear time', () => {
    const p = userPattern('(a+)+$');
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    // A backtracking engine needs about 2^n steps on "aaa…ab"; 50,000 would never finish.
    const small = 'a'.repeat(5_000) + 'b';
    const large = 'a'.repeat(50_000) + 'b';
    p.test(small);
    const t0 = performance.now();
    expect(p.test(small)).toBe(false);
    const t1 = performance.now();
    expect(p.test(large)).toBe(false);
    const t2 = performance.now();
    expect(t2 - t1).toBeLessThan(2_000);
    // Ten times the input takes far less than a hundred times the time: not quadratic, not exponential.
    expect(t2 - t1).toBeLessThan(Math.max(100 * (t1 - t0), 50));
  });

  it('caches compiled patterns by source', () => {
    expect(userPattern('^x$')).toBe(userPattern('^x$'));
  });
});
