import { describe, it, expect } from 'vitest';
import { emptyContext } from '../core/context.js';
import { compileRuleSet } from './compile.js';
import { ctx, rule, ruleSet, TODAY } from './test-kit.js';

describe('compileRuleSet', () => {
  it('puts rules in run order: higher priority first, then as written; 1 by default', () => {
    const def = ruleSet({ rules: [rule({ id: 'a' }), rule({ id: 'b', priority: 5 }), rule({ id: 'c', priority: 1 }), rule({ id: 'd', priority: 5 })] });
    const compiled = compileRuleSet(def, ctx);
    expect(compiled.rules.map((r) => `${r.id}:${r.priority}`)).toEqual(['b:5', 'd:5', 'a:1', 'c:1']);
    expect(compiled).toMatchObject({ id: 'receivable_rules', form: 'receivable', trigger: { kind: 'record_saved' } });
  });

  it('keeps conditions as written and turns actions into effect builders', () => {
    const compiled = compileRuleSet(ruleSet(), ctx);
    expect(compiled.rules[0]?.conditions).toEqual(rule().conditions);
    expect(compiled.rules[0]?.actions.map((build) => build({}, { today: TODAY }))).toEqual([{ kind: 'add_flag', rule: 'big', action: 'flag', flag: 'large', target: { self: true } }]);
  });

  it('throws when the form is not in the context: compile only what validated', () => {
    expect(() => compileRuleSet(ruleSet(), emptyContext())).toThrow(/validate the rule set/);
  });
});
