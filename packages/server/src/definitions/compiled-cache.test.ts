import { describe, expect, it } from 'vitest';
import { CompiledCache } from './compiled-cache.js';

const key = (version: number, tenantId = 't1') => ({ tenantId, kind: 'scorecard' as const, id: 'credit_score', version });

describe('CompiledCache', () => {
  it('keeps one entry per (tenant, kind, id, version)', () => {
    const cache = new CompiledCache(10);
    cache.set(key(1), 'v1');
    cache.set(key(1, 't2'), 'other tenant');
    cache.set(key(2), 'v2');
    expect([cache.get(key(1)), cache.get(key(1, 't2')), cache.get(key(2)), cache.get(key(3))]).toEqual(['v1', 'other tenant', 'v2', undefined]);
    expect(cache.size).toBe(3);
  });

  it('drops the least recently used entry when full', () => {
    const cache = new CompiledCache(2);
    cache.set(key(1), 'v1');
    cache.set(key(2), 'v2');
    cache.get(key(1));
    cache.set(key(3), 'v3');
    expect([cache.get(key(1)), cache.get(key(2)), cache.get(key(3)), cache.size]).toEqual(['v1', undefined, 'v3', 2]);
  });

  it('refuses a size that is not a positive integer', () => {
    expect(() => new CompiledCache(0)).toThrow(RangeError);
  });
});
