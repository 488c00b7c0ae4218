import { describe, it, expect } from 'vitest';
import { rulesetKind } from './kind.js';
import { ctx, rule, ruleSet } from './test-kit.js';
import type { RuleSetDefinition } from './types.js';

const def: RuleSetDefinition = ruleSet({
  trigger: { kind: 'score_changed', scorecard: 'receivable_risk' },
  rules: [rule(), rule({ id: 'review', actions: [{ kind: 'add_flag', id: 'f', flag: 'x' }, { kind: 'start_flow', id: 's', flow: 'limit_review' }] })],
});

describe('rulesetKind', () => {
  it('is the rule set pipeline', () => {
    expect(rulesetKind.kind).toBe('ruleset');
    expect(rulesetKind.validate(def, ctx)).toEqual([]);
    expect(rulesetKind.compile(def, ctx).rules.map((r) => r.id)).toEqual(['big', 'review']);
  });

  it('lists the form, the scorecard and the flows it names', () => {
    expect(rulesetKind.references(def)).toEqual([
      { path: '/form', kind: 'form', id: 'receivable' },
      { path: '/trigger/scorecard', kind: 'scorecard', id: 'receivable_risk' },
      { path: '/rules/1/actions/1/flow', kind: 'flow', id: 'limit_review' },
    ]);
  });

  it('renames its own id and every reference, leaving the original alone', () => {
    const renamed = rulesetKind.renameReferences(def, (kind, id) => `${kind}_${id}`);
    expect(rulesetKind.references(renamed).map((r) => r.id)).toEqual(['form_receivable', 'scorecard_receivable_risk', 'flow_limit_review']);
    expect(renamed.id).toBe('ruleset_receivable_rules');
    expect(renamed.rules[0]).toEqual(def.rules[0]);
    expect(def.form).toBe('receivable');
  });
});
