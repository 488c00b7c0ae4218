import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { catalogOf } from '../core/catalog.js';
import type { ReferenceContext } from '../core/context.js';
import { compileCondition, traceCondition, OPERATORS } from '../condition/index.js';
import type { Condition, FactCondition } from '../condition/types.js';
import { compileRuleSet } from './compile.js';
import { evaluateRuleSet } from './evaluate.js';
import type { Rule, RuleConditions } from './types.js';

// A small catalog, so random conditions and random records meet often.
const FACTS = ['n', 'm', 't', 'b', 'd', 'l', 'o', 'missing'] as const;
const catalog = catalogOf([
  { id: 'n', type: 'number', kind: 'number' },
  { id: 'm', type: 'money', kind: 'number' },
  { id: 't', type: 'single_select', kind: 'text', options: ['a', 'b', 'c'] },
  { id: 'b', type: 'boolean', kind: 'boolean' },
  { id: 'd', type: 'date', kind: 'date' },
  { id: 'l', type: 'multi_select', kind: 'list', options: ['a', 'b', 'c'] },
  { id: 'o', type: 'sub_table', kind: 'table' },
]);
const ctx: ReferenceContext = { forms: new Map([['f', catalog]]), roles: new Set(), flows: new Set(), scorecards: new Map() };
const TODAY = '2025-03-01';

// Records come from JSON, so their objects have the usual prototype.
const plain = { noNullPrototype: true } as const;
const scalar = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  fc.constantFrom(0.5, 1e13, -0.1),
  fc.constantFrom('a', 'b', 'c', '', '1', '2025-03-01', '2024-12-31'),
  fc.boolean(),
  fc.constant(null),
);
// Records hold values of any shape, the wrong type included: both evaluators must agree on those too.
const value = fc.oneof(
  { weight: 4, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.record({ x: scalar, y: fc.oneof(scalar, fc.record({ z: scalar }, plain)) }, plain) },
);
const record = fc.dictionary(fc.constantFrom(...FACTS.filter((f) => f !== 'missing')), value, plain);
const path = fc.option(fc.constantFrom('$.x', '$.y', '$.y.z', '$.0', '$.nope'), { nil: undefined });

// Structurally valid leaves, as the schema admits them (`in`/`notIn` against a list, never a fact).
const leaf: fc.Arbitrary<FactCondition> = fc
  .record({ fact: fc.constantFrom(...FACTS), operator: fc.constantFrom(...OPERATORS), path, scalar, list: fc.array(scalar, { maxLength: 3 }), ref: fc.option(fc.record({ fact: fc.constantFrom(...FACTS), path }), { nil: undefined, freq: 4 }) })
  .map(({ fact, operator, path, scalar, list, ref }) => {
    const v = operator === 'in' || operator === 'notIn' ? list : ref !== undefined ? (ref.path === undefined ? { fact: ref.fact } : ref) : scalar;
    return path === undefined ? { fact, operator, value: v } : { fact, operator, value: v, path };
  });

const { condition } = fc.letrec<{ condition: Condition }>((tie) => ({
  condition: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ all: fc.array(tie('condition'), { maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('condition'), { maxLength: 3 }) }),
    fc.record({ not: tie('condition') }),
  ),
}));
const root: fc.Arbitrary<RuleConditions> = fc.oneof(
  fc.record({ all: fc.array(condition, { maxLength: 4 }) }),
  fc.record({ any: fc.array(condition, { maxLength: 4 }) }),
  fc.record({ not: condition }),
);

const rulesOf = (conds: readonly { conditions: RuleConditions; priority: number }[]): Rule[] =>
  conds.map(({ conditions, priority }, i) => ({ id: `r${i}`, name: { 'zh-CN': `规则${i}`, en: `rule ${i}` }, priority, conditions, actions: [{ kind: 'add_flag', id: 'a', flag: `f${i}` }] }));

describe('json-rules-engine and the compiled condition path agree', () => {
  it('on random records and random conditions: fired, the trace, and effects in priority order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ conditions: root, priority: fc.integer({ min: 1, max: 3 }) }), { minLength: 1, maxLength: 4 }), record, async (conds, facts) => {
        const rules = rulesOf(conds);
        const compiled = compileRuleSet({ kind: 'ruleset', id: 'p', name: { 'zh-CN': '性质', en: 'property' }, form: 'f', trigger: { kind: 'record_created' }, rules }, ctx);
        const { effects, trace } = await evaluateRuleSet(compiled, facts, { today: TODAY });
        const withToday = { ...facts, today: TODAY };
        const expected = rules.map((r) => ({ ...r, fired: compileCondition(r.conditions)(withToday) }));
        for (const r of expected) {
          const t = trace.find((x) => x.rule === r.id);
          expect(t?.fired).toBe(r.fired);
          expect(t?.conditions).toEqual(traceCondition(r.conditions, withToday));
        }
        const order = expected
          .map((r, i) => ({ ...r, i }))
          .filter((r) => r.fired)
          .sort((a, b) => (b.priority ?? 1) - (a.priority ?? 1) || a.i - b.i)
          .map((r) => r.id);
        expect(effects.map((e) => e.rule)).toEqual(order);
      }),
      { numRuns: 400 },
    );
  });
});
