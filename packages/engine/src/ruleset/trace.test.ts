import { describe, it, expect } from 'vitest';
import { traceOf } from './trace.js';

describe('traceOf', () => {
  it('pairs the written conditions with the evaluated copy', () => {
    const cond = { any: [{ fact: 'a', operator: 'equal', value: 1 }, { fact: 'b', operator: 'equal', value: 2, path: '$.x' }] } as const;
    const evaluated = { operator: 'any', priority: 1, any: [{ fact: 'a', factResult: 1, result: true }, { fact: 'b', factResult: 3, result: false }] };
    expect(traceOf(cond, evaluated, true)).toEqual({
      any: [
        { fact: 'a', operator: 'equal', value: 1, factValue: 1, result: true },
        { fact: 'b', operator: 'equal', value: 2, path: '$.x', factValue: 3, result: false },
      ],
      result: true,
    });
  });

  it('leaves result out where json-rules-engine skipped a part', () => {
    const cond = { all: [{ not: { fact: 'a', operator: 'equal', value: 1 } }] } as const;
    expect(traceOf(cond, { all: [{ not: {} }] }, false)).toEqual({ all: [{ not: { fact: 'a', operator: 'equal', value: 1 } }], result: false });
    expect(traceOf(cond, undefined)).toEqual({ all: [{ not: { fact: 'a', operator: 'equal', value: 1 } }] });
  });
});
