import { describe, expect, it } from 'vitest';
import { formulaOrder } from './graph.js';

const reads = (entries: Record<string, string[]>) => new Map(Object.entries(entries));

describe('formulaOrder', () => {
  it('puts each formula after the formulas it reads', () => {
    const { order, cycles } = formulaOrder(reads({ limit: ['score', 'annual_sales'], score: ['ratio'], ratio: ['total_assets'] }));
    expect(order).toEqual(['ratio', 'score', 'limit']);
    expect(cycles).toEqual([]);
  });

  it('keeps definition order among independent formulas', () => {
    expect(formulaOrder(reads({ b: [], a: [], c: [] })).order).toEqual(['b', 'a', 'c']);
  });

  it('names a two-formula cycle and leaves it out of the order', () => {
    const { order, cycles } = formulaOrder(reads({ a: ['b'], b: ['a'], c: ['x'] }));
    expect(cycles).toEqual([['a', 'b', 'a']]);
    expect(order).toEqual(['c']);
  });

  it('finds a self-reference and a longer cycle, each as a closed path', () => {
    const { cycles } = formulaOrder(reads({ s: ['s'], a: ['b'], b: ['c'], c: ['a', 'b'] }));
    expect(cycles).toContainEqual(['s', 's']);
    expect(cycles.find((c) => c.length > 2)).toEqual(['a', 'b', 'c', 'a']);
  });

  it('ignores repeated reads', () => {
    expect(formulaOrder(reads({ a: ['b', 'b'], b: [] })).order).toEqual(['b', 'a']);
  });
});
