import { describe, it, expect } from 'vitest';
import { compileRuleSet } from './compile.js';
import { evaluateRuleSet } from './evaluate.js';
import { ctx, rule, ruleSet, TODAY } from './test-kit.js';
import type { Rule } from './types.js';

const run = (rules: Rule[], facts: Record<string, unknown>) => evaluateRuleSet(compileRuleSet(ruleSet({ rules }), ctx), facts, { today: TODAY });

describe('evaluateRuleSet', () => {
  it('traces every rule with json-rules-engine\'s verdict on each condition and the fact values', async () => {
    const r = rule({ conditions: { all: [{ fact: 'amount', operator: 'greaterThan', value: 100_000 }, { any: [{ fact: 'status', operator: 'equal', value: 'open' }, { not: { fact: 'disputed', operator: 'equal', value: true } }] }] } });
    const { trace } = await run([r], { amount: 150_000, status: 'paid', disputed: true });
    expect(trace).toEqual([
      {
        rule: 'big',
        fired: false,
        conditions: {
          all: [
            { fact: 'amount', operator: 'greaterThan', value: 100_000, factValue: 150_000, result: true },
            {
              any: [
                { fact: 'status', operator: 'equal', value: 'open', factValue: 'paid', result: false },
                { not: { fact: 'disputed', operator: 'equal', value: true, factValue: true, result: true }, result: false },
              ],
              result: false,
            },
          ],
          result: false,
        },
      },
    ]);
  });

  it('treats a missing fact as undefined: the condition is false, nothing throws', async () => {
    const r = rule({ conditions: { any: [{ fact: 'amount', operator: 'greaterThan', value: 0 }, { fact: 'tags', operator: 'contains', value: 'disputed' }] } });
    const { effects, trace } = await run([r], {});
    expect(effects).toEqual([]);
    expect(trace[0]?.fired).toBe(false);
    const fired = await run([rule({ conditions: { all: [{ fact: 'collection_stage', operator: 'notIn', value: ['legal'] }] } })], {});
    expect(fired.trace[0]?.fired).toBe(true);
  });

  it('reads paths with resolvePath (own properties only) and compares facts with facts', async () => {
    const r = rule({ conditions: { all: [{ fact: 'installments', path: '$.0.due', operator: 'equal', value: '2025-04-01' }, { fact: 'paid_amount', operator: 'lessThan', value: { fact: 'amount' } }] } });
    expect((await run([r], { installments: [{ due: '2025-04-01' }], paid_amount: 10, amount: 20 })).trace[0]?.fired).toBe(true);
    const proto = rule({ conditions: { all: [{ fact: 'installments', path: '$.constructor', operator: 'equal', value: null }] } });
    expect((await run([proto], { installments: [] })).trace[0]?.conditions).toMatchObject({ all: [{ factValue: undefined, result: false }] });
  });

  it('gives effects in priority order, then in the order rules are written', async () => {
    const flag = (id: string, priority?: number): Rule => rule({ id, ...(priority ? { priority } : {}), conditions: { all: [] }, actions: [{ kind: 'add_flag', id: 'a', flag: id }, { kind: 'remove_flag', id: 'b', flag: id }] });
    const { effects, trace } = await run([flag('low'), flag('high', 9), flag('mid', 5), flag('low2')], {});
    expect(effects.map((e) => `${e.rule}/${e.action}`)).toEqual(['high/a', 'high/b', 'mid/a', 'mid/b', 'low/a', 'low/b', 'low2/a', 'low2/b']);
    expect(trace.map((t) => t.rule)).toEqual(['high', 'mid', 'low', 'low2']);
  });

  it('supplies today from the env, over any today in the facts', async () => {
    const r = rule({ conditions: { all: [{ fact: 'today', operator: 'equal', value: TODAY }] } });
    expect((await run([r], { today: '1999-01-01' })).trace[0]?.fired).toBe(true);
  });

  it('computes every effect from the facts as given, not from another rule\'s set_field', async () => {
    const set = rule({ id: 'set', priority: 2, conditions: { all: [] }, actions: [{ kind: 'set_field', id: 's', field: 'collection_stage', value: 'legal' }] });
    const read = rule({ id: 'read', conditions: { all: [{ fact: 'collection_stage', operator: 'equal', value: 'legal' }] } });
    const { effects } = await run([set, read], { collection_stage: 'none' });
    expect(effects.map((e) => e.rule)).toEqual(['set']);
  });

  it('keeps concurrent evaluations apart: a fresh engine each time', async () => {
    const compiled = compileRuleSet(ruleSet(), ctx);
    const results = await Promise.all([1, 200_000, 3, 400_000].map((amount) => evaluateRuleSet(compiled, { amount }, { today: TODAY })));
    expect(results.map((r) => r.effects.length)).toEqual([0, 1, 0, 1]);
  });

  it('returns data only: the result survives a JSON round trip unchanged', async () => {
    const result = await run([rule()], { amount: 200_000 });
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('rejects a today that is not a date: the caller\'s mistake, not the user\'s', async () => {
    await expect(evaluateRuleSet(compileRuleSet(ruleSet(), ctx), {}, { today: '2025-3-1' })).rejects.toThrow(/YYYY-MM-DD/);
  });
});
