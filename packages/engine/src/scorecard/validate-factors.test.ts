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

  it('names a factor by its name in each language, not by its id', () => {
    const debt = factors[0] as Factor;
    const flat: Factor = { ...debt, id: 'f_3', method: { kind: 'linear', field: 'debt_ratio', from: { value: 1, points: 0 }, to: { value: 1, points: 100 } } };
    const [p] = validateFactors([flat, ...factors.slice(1)], 'customer', creditCatalog);
    expect(p?.message).toBe('Factor "Debt ratio" scales from 1 to 1: the two values must differ.');
    expect(p?.messageZh).toBe('指标 "资产负债率" 的线性区间从 1 到 1：两端取值必须不同。');
  });
});
