import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { emptyContext } from '../core/context.js';
import { creditRuleSets } from './fixtures/credit-rules.js';
import { validateRuleSet } from './validate.js';
import { ctx, rule, ruleSet } from './test-kit.js';
import type { Rule } from './types.js';

const at = (input: unknown) => validateRuleSet(input, ctx).map((p) => `${p.path} ${p.code}`);

describe('validateRuleSet', () => {
  it('accepts a valid rule set', () => {
    expect(validateRuleSet(ruleSet(), ctx)).toEqual([]);
  });

  it('reports structure with ajv, every problem at once', () => {
    expect(at({ kind: 'ruleset', id: 'x', form: 'receivable', trigger: { kind: 'hourly' }, rules: [] })).toEqual(['/name schema.required', '/trigger/kind schema.enum', '/rules schema.minItems']);
  });

  it('still checks the sound parts of a definition whose structure is broken elsewhere', () => {
    const broken = ruleSet({ name: undefined as never, rules: [rule({ actions: [{ kind: 'add_flag', id: 'a' } as never, { kind: 'start_flow', id: 'b', flow: 'nope' }] })] });
    expect(at(broken)).toEqual(['/name schema.required', '/rules/0/actions/0/flag schema.required', '/rules/0/actions/1/flow ruleset.flow.unknown']);
  });

  it('reports an unknown form once, without a problem for every field it would have had', () => {
    const problems = validateRuleSet(ruleSet({ form: 'receivables' }), ctx);
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual(['/form ruleset.form.unknown']);
    expect(problems[0]?.message).toBe('Unknown form "receivables". Did you mean "receivable"?');
  });

  it('checks conditions against the form and the trigger\'s context facts', () => {
    const cond = (c: Rule['conditions']) => ruleSet({ rules: [rule({ conditions: c })] });
    expect(at(cond({ all: [{ fact: 'amont', operator: 'greaterThan', value: 1 }] }))).toEqual(['/rules/0/conditions/all/0/fact condition.fact.unknown']);
    expect(at(cond({ any: [{ fact: 'status', operator: 'equal', value: 'closed' }] }))).toEqual(['/rules/0/conditions/any/0/value condition.value.option']);
    expect(at(cond({ not: { fact: 'amount', operator: 'contains', value: 1 } }))).toEqual(['/rules/0/conditions/not/operator condition.operator.kind']);
    expect(at(cond({ all: [{ fact: 'changed_fields', operator: 'contains', value: 'status' }, { fact: 'is_new', operator: 'equal', value: true }] }))).toEqual([]);
    const created = ruleSet({ trigger: { kind: 'record_created' }, rules: [rule({ conditions: { all: [{ fact: 'changed_fields', operator: 'contains', value: 'status' }] } })] });
    expect(at(created)).toEqual(['/rules/0/conditions/all/0/fact condition.fact.unknown']);
    const scored = ruleSet({ trigger: { kind: 'score_changed', scorecard: 'receivable_risk' }, rules: [rule({ conditions: { all: [{ fact: 'score', operator: 'lessThan', value: 60 }, { fact: 'today', operator: 'greaterThan', value: '2025-01-01' }] } })] });
    expect(at(scored)).toEqual([]);
    // A grade not on the scorecard's scale would never match.
    const typo = ruleSet({ trigger: { kind: 'score_changed', scorecard: 'receivable_risk' }, rules: [rule({ conditions: { all: [{ fact: 'grade', operator: 'equal', value: 'D级' }] } })] });
    expect(at(typo)).toEqual(['/rules/0/conditions/all/0/value condition.value.option']);
    // Who made the change holds the company's role ids: a misspelt one would never match.
    const byRole = (role: string) => at(cond({ all: [{ fact: 'changed_by_roles', operator: 'doesNotContain', value: role }] }));
    expect([byRole('risk_officer'), byRole('risk_oficer')]).toEqual([[], ['/rules/0/conditions/all/0/value condition.value.option']]);
  });

  it('wants a group at the root of a rule\'s conditions, as json-rules-engine does', () => {
    expect(at(ruleSet({ rules: [rule({ conditions: { fact: 'amount', operator: 'greaterThan', value: 1 } as never })] }))).toEqual(['/rules/0/conditions ruleset.conditions.root']);
  });

  it('refuses duplicate rule ids and duplicate action ids within a rule', () => {
    const a = { kind: 'add_flag', id: 'same', flag: 'x' } as const;
    const problems = validateRuleSet(ruleSet({ rules: [rule(), rule({ actions: [a, a] }), rule({ id: 'other', actions: [a] })] }), ctx);
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual(['/rules/1/id ruleset.rule.id.duplicate', '/rules/1/actions/1/id ruleset.action.id.duplicate']);
    expect(problems[0]?.message).toBe('The rule id "big" is already used by rule 1: give this one its own id.');
  });

  it('checks the trigger and every action', () => {
    const def = ruleSet({
      trigger: { kind: 'schedule', cron: '0 9 * * 9' },
      rules: [
        rule({
          actions: [
            { kind: 'set_field', id: 'a', field: 'days_overdue', value: 0 },
            { kind: 'notify', id: 'b', to: { role: 'cfo' }, message: { 'zh-CN': '{{customer_name}}', en: '{{client}}' } },
            { kind: 'create_task', id: 'c', assignee: { field: 'customer' }, dueInDays: 1, title: { 'zh-CN': '任务', en: 'Task' } },
          ],
        }),
      ],
    });
    expect(at(def)).toEqual([
      '/trigger/cron ruleset.cron.field',
      '/rules/0/actions/0/field ruleset.set_field.readonly',
      '/rules/0/actions/1/to/role ruleset.role.unknown',
      '/rules/0/actions/1/message/en ruleset.template.field',
      '/rules/0/actions/2/assignee/field ruleset.field.type',
    ]);
  });

  it('does not judge conditions against a broken trigger', () => {
    const def = ruleSet({ trigger: { kind: 'score_changed' } as never, rules: [rule({ conditions: { all: [{ fact: 'score', operator: 'lessThan', value: 60 }] } })] });
    expect(at(def)).toEqual(['/trigger/scorecard schema.required']);
  });

  it('gives every message in English and Chinese', () => {
    const problems = validateRuleSet(ruleSet({ form: 'x', trigger: { kind: 'score_changed', scorecard: 'y' } }), emptyContext());
    expect(problems).toHaveLength(2);
    for (const p of problems) expect(p.messageZh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses input nested deep enough to overflow the schema checker, and nests 32 condition levels fine', () => {
    const nest = (levels: number, make: (c: unknown) => unknown) => {
      let c: unknown = { fact: 'amount', operator: 'greaterThan', value: 1 };
      for (let i = 0; i < levels; i++) c = make(c);
      return c as Rule['conditions'];
    };
    expect(at(ruleSet({ rules: [rule(), rule({ id: 'deep', conditions: nest(20_000, (c) => ({ not: c })) })] }))).toEqual(['/rules/1 schema.depth']);
    expect(at(nest(20_000, (c) => [c]))).toEqual([' schema.depth']);
    expect(at(ruleSet({ rules: [rule({ conditions: nest(31, (c) => ({ all: [c] })) })] }))).toEqual([]);
    expect(at(ruleSet({ rules: [rule({ conditions: nest(40, (c) => ({ all: [c] })) })] }))).toEqual(['/rules/0/conditions condition.depth']);
  });

  it('never throws, whatever it is given', () => {
    const near = fc.oneof(
      fc.anything(),
      fc.record({ kind: fc.constant('ruleset'), id: fc.anything(), form: fc.constantFrom('receivable', 1), trigger: fc.anything(), rules: fc.array(fc.anything()) }),
      fc.record({ kind: fc.constant('ruleset'), rules: fc.array(fc.record({ id: fc.anything(), conditions: fc.anything(), actions: fc.array(fc.anything()) })) }),
    );
    fc.assert(fc.property(near, (input) => Array.isArray(validateRuleSet(input, ctx))), { numRuns: 500 });
  });

  it('never throws on a real rule set with any one part replaced by anything', () => {
    const paths = (v: unknown, at: string[] = []): string[][] =>
      v !== null && typeof v === 'object' ? [at, ...Object.entries(v).flatMap(([k, x]) => paths(x, [...at, k]))] : [at];
    const cases = creditRuleSets.flatMap((def) => paths(def).map((path) => ({ def, path })));
    const mutate = (def: unknown, path: string[], value: unknown): unknown => {
      const copy = JSON.parse(JSON.stringify(def)) as Record<string, unknown>;
      if (path.length === 0) return value;
      const parent = path.slice(0, -1).reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, copy);
      parent[path[path.length - 1] as string] = value;
      return copy;
    };
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.anything(), ({ def, path }, value) => {
        const problems = validateRuleSet(mutate(def, path, value), ctx);
        return problems.every((p) => typeof p.path === 'string' && p.message.length > 0 && p.messageZh.length > 0);
      }),
      { numRuns: 2000 },
    );
  });
});
