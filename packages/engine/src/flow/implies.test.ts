import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileCondition, type Condition } from '../condition/index.js';
import { alwaysFalse, alwaysTrue, canonical, implies } from './implies.js';

const amount = (operator: 'lessThan' | 'lessThanInclusive' | 'greaterThan' | 'greaterThanInclusive', value: number): Condition => ({ fact: 'amount', operator, value });
const grade = (value: string): Condition => ({ fact: 'grade', operator: 'equal', value });

describe('implies', () => {
  it('knows empty groups', () => {
    expect(alwaysTrue({ all: [] })).toBe(true);
    expect(alwaysTrue({ any: [] })).toBe(true);
    expect(alwaysFalse({ not: { all: [] } })).toBe(true);
    expect(alwaysTrue(grade('A'))).toBe(false);
  });

  it('ignores names, priorities and key order', () => {
    expect(canonical({ value: 1, fact: 'a', operator: 'equal', name: 'x' })).toBe(canonical({ fact: 'a', operator: 'equal', value: 1 }));
  });

  it('sees sets inside sets and half-lines inside half-lines', () => {
    expect(implies(grade('A'), { fact: 'grade', operator: 'in', value: ['A', 'B'] })).toBe(true);
    expect(implies({ fact: 'grade', operator: 'in', value: ['A', 'C'] }, { fact: 'grade', operator: 'in', value: ['A', 'B'] })).toBe(false);
    expect(implies(amount('lessThan', 300000), amount('lessThan', 500000))).toBe(true);
    expect(implies(amount('lessThanInclusive', 500000), amount('lessThan', 500000))).toBe(false);
    expect(implies(amount('lessThan', 500000), amount('lessThanInclusive', 500000))).toBe(true);
    expect(implies(amount('greaterThan', 10), amount('greaterThanInclusive', 10))).toBe(true);
    expect(implies(amount('greaterThan', 10), amount('lessThan', 100))).toBe(false);
    expect(implies({ fact: 'amount', operator: 'equal', value: 5 }, amount('lessThan', 10))).toBe(true);
  });

  it('looks through all and any', () => {
    expect(implies({ all: [grade('A'), amount('lessThan', 1)] }, grade('A'))).toBe(true);
    expect(implies(grade('A'), { all: [grade('A'), amount('lessThan', 1)] })).toBe(false);
    expect(implies(grade('A'), { any: [grade('A'), grade('B')] })).toBe(true);
    expect(implies({ any: [grade('A'), grade('B')] }, { fact: 'grade', operator: 'in', value: ['A', 'B'] })).toBe(true);
    expect(implies({ any: [grade('A'), grade('C')] }, { fact: 'grade', operator: 'in', value: ['A', 'B'] })).toBe(false);
  });

  it('is sound: whenever it says a ⇒ b, no record makes a true and b false', () => {
    const atom = fc.oneof(
      fc.record({ fact: fc.constant('amount'), operator: fc.constantFrom('lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'equal', 'notEqual'), value: fc.integer({ min: 0, max: 10 }) }),
      fc.record({ fact: fc.constant('grade'), operator: fc.constantFrom('equal', 'notEqual'), value: fc.constantFrom('A', 'B', 'C') }),
      fc.record({ fact: fc.constant('grade'), operator: fc.constantFrom('in', 'notIn'), value: fc.subarray(['A', 'B', 'C']) }),
    ) as fc.Arbitrary<Condition>;
    const cond: fc.Arbitrary<Condition> = fc.letrec<{ c: Condition }>((tie) => ({
      c: fc.oneof({ depthSize: 'small', withCrossShrink: true }, atom, fc.record({ all: fc.array(tie('c'), { maxLength: 3 }) }), fc.record({ any: fc.array(tie('c'), { maxLength: 3 }) }), fc.record({ not: tie('c') })),
    })).c;
    const record = fc.record({ amount: fc.oneof(fc.integer({ min: -1, max: 11 }), fc.constant(undefined), fc.constant('5')), grade: fc.constantFrom('A', 'B', 'C', 'D', undefined) });
    fc.assert(
      fc.property(cond, cond, fc.array(record, { minLength: 20, maxLength: 20 }), (a, b, records) => {
        if (!implies(a, b)) return;
        const [fa, fb] = [compileCondition(a), compileCondition(b)];
        for (const r of records) if (fa(r)) expect(fb(r)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
