import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCondition } from '../condition/index.js';
import type { Condition } from '../condition/index.js';
import { conditionCode, type ConditionScope } from './generate-conditions.js';
import { CodeData, codeScope } from './generate-source.js';
import { newFunction } from './generate.js';
import { anyValue, conditionOver } from './test-cards.js';

const FIELDS = ['debt_ratio', 'current_ratio', 'lawsuit_pending', 'hasOwnProperty', 'negative_news', 'industry', 'toString', 'company_name', 'tags'];

/** The condition as generated code, over facts read into locals first. */
function generated(cond: Condition): { test: (facts: Record<string, unknown>) => boolean; scope: ConditionScope } {
  const data = new CodeData();
  const fields = codeScope(data, FIELDS);
  const scope: ConditionScope = { data, fact: (f) => fields.local(f), facts: 'r', usesFacts: false };
  const code = conditionCode(cond, scope);
  const reads = FIELDS.map((f) => `const ${fields.local(f)} = Object.hasOwn(r, ${data.ref(f)}) ? r[${data.ref(f)}] : undefined;`);
  const body = ['"use strict";', data.declarations(), 'return (r) => {', ...reads, `return ${code};`, '};'].join('\n');
  return { test: newFunction(['C'], body)(data.values) as (facts: Record<string, unknown>) => boolean, scope };
}

describe('conditionCode', () => {
  it('answers as the compiled condition on random conditions and facts', () => {
    fc.assert(
      fc.property(conditionOver(FIELDS.slice(0, 2)), fc.array(fc.dictionary(fc.constantFrom(...FIELDS), anyValue), { minLength: 1, maxLength: 10 }), (cond, records) => {
        const { test } = generated(cond);
        const reference = compileCondition(cond);
        for (const r of records) expect(test(r)).toBe(reference(r));
      }),
      { numRuns: 500 },
    );
  });

  it('compares inline, reading the locals', () => {
    const { scope } = generated({ fact: 'debt_ratio', operator: 'greaterThan', value: 0.7 });
    expect(scope.usesFacts).toBe(false);
    const code = conditionCode({ any: [{ fact: 'debt_ratio', operator: 'greaterThan', value: 0.7 }, { fact: 'industry', operator: 'in', value: ['retail'] }] }, scope);
    expect(code).toMatch(/^\(\(\(typeof v0 === "number" \? 0\.7 < v0 : c\d+\(v0, 0\.7\)\)\) \|\| \(c\d+\.indexOf\(v5\) > -1\)\)$/);
    expect(conditionCode({ all: [] }, scope)).toBe('true');
    expect(conditionCode({ any: [] }, scope)).toBe('true');
  });

  it('hands paths and fact references to the compiled closure, with the facts object', () => {
    const { scope } = generated({ fact: 'tags', path: '$.0', operator: 'equal', value: 'vip' });
    expect(scope.usesFacts).toBe(true);
    expect(generated({ fact: 'debt_ratio', operator: 'lessThan', value: { fact: 'current_ratio' } }).test({ debt_ratio: 1, current_ratio: 2 })).toBe(true);
    expect(generated({ fact: 'tags', path: '$.0', operator: 'equal', value: 'vip' }).test({ tags: ['vip'] })).toBe(true);
  });
});
