import { describe, expect, it } from 'vitest';
import { dedupeProblems, problem } from './problem.js';

describe('dedupeProblems', () => {
  it('keeps the first of each path, code and message, in order', () => {
    const a = problem('/a', 'x', 'A', '甲');
    const b = problem('/a', 'x', 'B', '乙');
    const c = problem('/c', 'x', 'A', '甲');
    expect(dedupeProblems([a, b, { ...a }, c, a])).toEqual([a, b, c]);
  });

  it('does not merge problems whose fields only join alike', () => {
    expect(dedupeProblems([problem('/a', 'b|c', 'm', 'm'), problem('/a|b', 'c', 'm', 'm')])).toHaveLength(2);
  });
});
