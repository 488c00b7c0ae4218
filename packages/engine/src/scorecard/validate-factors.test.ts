import { describe, expect, it } from 'vitest';
import { creditCatalog, smallCard } from './test-kit.js';
import type { Factor } from './types.js';
import { validateFactors, weightSumProblems } from './validate-factors.js';

const factors = smallCard().factors;

describe('weightSumProblems', () => {
  it('says how much to add or remove', () => {
    expect(weightSumProblems(factors)).toEqual([]);
    const over = factors.map((f, i) => (i === 0 ? { ...f, weight: 5050 } : f));
    expect(weightSumProblems(over)[0]?.message).toBe('Weights add up to 100.50%; they must add up to 100%. Remove 0.50% from a factor or use Normalise.');
    expect(weightSumProblems(over)[0]?.messageZh).toBe('权重合计为 100.50%，应为 100%。请从某个指标减去 0.50%，或使用“归一化”。');
  });
});

describe('validateFactors', () => {
  it('checks ids, each method and the missing points', () => {
    const dup: Factor = { ...(factors[2] as Factor), id: 'debt', weight: 2000, missing: { policy: 'points', points: 1.234 } };
    const problems = validateFactors([factors[0] as Factor, factors[1] as Factor, dup], 'customer', creditCatalog);
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['/factors/2/id', 'scorecard.id.duplicate'],
      ['/factors/2/missing/points', 'scorecard.points.decimals'],
    ]);
  });
});
