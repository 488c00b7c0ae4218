import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Engine } from 'json-rules-engine';
import { compileCondition, conditionFacts, traceCondition } from './compile.js';
import { instantOf, toUtcDatetime } from '../core/calendar.js';
import { catalogOf } from '../core/catalog.js';
import { addHengOperators } from './operators.js';
import { resolvePath } from './path.js';
import { validateCondition } from './validate.js';
import { OPERATORS, type Condition, type Facts } from './types.js';

async function viaJsonRulesEngine(cond: Condition, facts: Facts): Promise<boolean> {
  const engine = addHengOperators(new Engine([], { allowUndefinedFacts: true, pathResolver: resolvePath }));
  const root = 'all' in cond || 'any' in cond || 'not' in cond ? cond : { all: [cond] };
  engine.addRule({ conditions: root as never, event: { type: 'hit' } });
  const { events } = await engine.run({ ...facts });
  return events.length === 1;
}

describe('compileCondition', () => {
  const risky: Condition = {
    any: [
      { fact: 'debt_ratio', operator: 'greaterThan', value: 0.7 },
      { fact: 'lawsuit_pending', operator: 'equal', value: true },
    ],
  };

  it('answers the high-risk override of DOMAIN.md', () => {
    const f = compileCondition(risky);
    expect(f({ debt_ratio: 0.75, lawsuit_pending: false })).toBe(true);
    expect(f({ debt_ratio: 0.7, lawsuit_pending: false })).toBe(false);
    expect(f({ debt_ratio: 0.2, lawsuit_pending: true })).toBe(true);
    expect(f({})).toBe(false);
  });

  it('orders date-times by their instants once records and literals are in canonical UTC, as json-rules-engine does', async () => {
    const catalog = catalogOf([{ id: 'reviewed_at', type: 'datetime', kind: 'datetime' }]);
    const at = (ms: number, offset: number): string => {
      const sign = offset < 0 ? '-' : '+';
      const hhmm = `${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}:${String(Math.abs(offset) % 60).padStart(2, '0')}`;
      return `${new Date(ms + offset * 60_000).toISOString().slice(0, 23)}${sign}${hhmm}`;
    };
    const instant = fc.integer({ min: 0, max: 4_102_444_800_000 });
    const offset = fc.integer({ min: -12 * 60, max: 14 * 60 });
    await fc.assert(
      fc.asyncProperty(instant, offset, instant, offset, fc.constantFrom('lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive', 'equal'), async (a, oa, b, ob, operator) => {
        const cond = { fact: 'reviewed_at', operator, value: toUtcDatetime(at(b, ob)) } as Condition;
        expect(validateCondition(cond, catalog, '')).toEqual([]);
        const facts = { reviewed_at: toUtcDatetime(at(a, oa)) };
        const [x, y] = [instantOf(at(a, oa)) as number, instantOf(at(b, ob)) as number];
        const want = { lessThan: x < y, lessThanInclusive: x <= y, greaterThan: x > y, greaterThanInclusive: x >= y, equal: x === y }[operator];
        expect(compileCondition(cond)(facts)).toBe(want);
        expect(await viaJsonRulesEngine(cond, facts)).toBe(want);
      }),
      { numRuns: 200 },
    );
  });

  it('treats empty all and empty any as true, as json-rules-engine does', async () => {
    expect(compileCondition({ all: [] })({})).toBe(true);
    expect(compileCondition({ any: [] })({})).toBe(true);
    expect(await viaJsonRulesEngine({ any: [] }, {})).toBe(true);
  });

  it('tells a blank field (missing, null, empty text, empty list) from an answered one, as json-rules-engine does with Heng\'s operators', async () => {
    const empty: Condition = { fact: 'x', operator: 'isEmpty', value: null };
    const filled: Condition = { fact: 'x', operator: 'isNotEmpty', value: null };
    for (const [x, blank] of [[undefined, true], [null, true], ['', true], [[], true], [0, false], [false, false], [' ', false], [['a'], false], ['steel', false]] as const) {
      const facts = x === undefined ? {} : { x };
      expect(compileCondition(empty)(facts), JSON.stringify(x)).toBe(blank);
      expect(compileCondition(filled)(facts), JSON.stringify(x)).toBe(!blank);
      expect(await viaJsonRulesEngine(empty, facts)).toBe(blank);
      expect(await viaJsonRulesEngine(filled, facts)).toBe(!blank);
    }
  });

  it('compares against another fact and reads paths', () => {
    const f = compileCondition({ fact: 'amount', operator: 'lessThanInclusive', value: { fact: 'limit' } });
    expect(f({ amount: 100, limit: 100 })).toBe(true);
    expect(f({ amount: 101, limit: 100 })).toBe(false);
    const g = compileCondition({ fact: 'owner', path: '$.region', operator: 'equal', value: 'east' });
    expect(g({ owner: { region: 'east' } })).toBe(true);
    expect(g({ owner: 'east' })).toBe(true); // a path applies to objects only
  });

  it('never reads inherited properties as facts', () => {
    expect(compileCondition({ fact: 'constructor', operator: 'notEqual', value: null })({})).toBe(true);
    expect(compileCondition({ fact: 'toString', operator: 'equal', value: 'x' })({})).toBe(false);
  });

  it('is false where json-rules-engine would throw on a non-list right side', () => {
    expect(compileCondition({ fact: 'a', operator: 'in', value: { fact: 'b' } })({ a: 1, b: 5 })).toBe(false);
  });

  it('lists the facts it reads', () => {
    expect(conditionFacts({ all: [risky, { not: { fact: 'amount', operator: 'lessThan', value: { fact: 'limit' } } }] })).toEqual([
      'debt_ratio',
      'lawsuit_pending',
      'amount',
      'limit',
    ]);
  });

  it('traces which parts passed', () => {
    const t = traceCondition(risky, { debt_ratio: 0.8, lawsuit_pending: false });
    expect(t).toMatchObject({ result: true, any: [{ fact: 'debt_ratio', factValue: 0.8, result: true }, { result: false }] });
  });
});

const factNames = ['n', 'm', 's', 'b', 'l'] as const;
const scalar = fc.oneof(
  fc.integer({ min: -5, max: 5 }),
  fc.double({ min: -10, max: 10, noNaN: true }),
  fc.constantFrom('a', 'b', '3', '10', '2abc', '', '2024-01-31'),
  fc.boolean(),
  fc.constant(null),
);
const factValueArb = fc.oneof(scalar, fc.constant(undefined), fc.array(fc.constantFrom('a', 'b', 'c', 1, 2), { maxLength: 3 }));
const factsArb = fc.record(Object.fromEntries(factNames.map((n) => [n, factValueArb])) as Record<(typeof factNames)[number], fc.Arbitrary<unknown>>);

const leafArb: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({
    fact: fc.constantFrom(...factNames),
    operator: fc.constantFrom(...OPERATORS.filter((o) => o !== 'in' && o !== 'notIn')),
    value: fc.oneof(scalar, fc.record({ fact: fc.constantFrom(...factNames) })),
  }),
  fc.record({ fact: fc.constantFrom(...factNames), operator: fc.constantFrom('in' as const, 'notIn' as const), value: fc.array(scalar, { maxLength: 4 }) }),
);
const condArb: fc.Arbitrary<Condition> = fc.letrec<{ c: Condition }>((tie) => ({
  c: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafArb,
    fc.record({ all: fc.array(tie('c'), { maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('c'), { maxLength: 3 }) }),
    fc.record({ not: tie('c') }),
  ),
})).c;

describe('compiled conditions agree with json-rules-engine', () => {
  it('on random conditions and random facts', async () => {
    await fc.assert(
      fc.asyncProperty(condArb, factsArb, async (cond, facts) => {
        expect(compileCondition(cond)(facts)).toBe(await viaJsonRulesEngine(cond, facts));
        expect(traceCondition(cond, facts).result).toBe(compileCondition(cond)(facts));
      }),
      { numRuns: 400 },
    );
  });
});
