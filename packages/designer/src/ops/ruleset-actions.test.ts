import { ACTION_KINDS, taskActionIds, validateRuleSet } from '@heng/engine';
import type { RuleSetDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { actionDefaults, addAction, closingTasksOf, moveAction, recipientKind, recipientOfKind, removeAction, setAction, setActionKind } from './ruleset-actions.js';
import { highRisk, testContext, testSeed } from './ruleset-test-kit.js';

const ctx = testContext();
const seed = testSeed(ctx);
const codes = (d: RuleSetDefinition) => validateRuleSet(d, ctx).map((p) => `${p.path} ${p.code}`);
const actionIds = (d: RuleSetDefinition, rule = 'abnormal') => d.rules.find((r) => r.id === rule)?.actions.map((a) => a.id);

describe('actions', () => {
  it('starts every kind of the engine registry from a default', () => {
    expect(Object.keys(actionDefaults).sort()).toEqual([...ACTION_KINDS].sort());
  });

  it('adds each kind with an id unique in its rule; only the webhook needs more before it is valid', () => {
    for (const kind of ACTION_KINDS) {
      const { def, id } = addAction(highRisk, 'debt_or_lawsuit', kind, seed);
      expect(id).toBe(`${kind}_1`);
      expect(def.rules[0]?.actions.at(-1)).toMatchObject({ kind, id });
      expect(codes(def)).toEqual(kind === 'call_webhook' ? ['/rules/0/actions/1/url ruleset.webhook.url'] : []);
    }
    const twice = addAction(addAction(highRisk, 'abnormal', 'notify', seed).def, 'abnormal', 'notify', seed);
    expect(twice.id).toBe('notify_2');
  });

  it('writes the first writable field with a value of its kind', () => {
    expect(actionDefaults.set_field('s', seed)).toEqual({ kind: 'set_field', id: 's', field: 'company_name', value: '' });
  });

  it('removes, moves and replaces by id, unchanged for unknown ids', () => {
    expect(actionIds(removeAction(highRisk, 'abnormal', 'check'))).toEqual(['review']);
    expect(actionIds(moveAction(highRisk, 'abnormal', 'review', 'check'))).toEqual(['review', 'check']);
    expect(removeAction(highRisk, 'abnormal', 'nope')).toBe(highRisk);
    expect(moveAction(highRisk, 'nope', 'review', 'check')).toBe(highRisk);
    const def = setAction(highRisk, 'debt_or_lawsuit', { kind: 'add_flag', id: 'flag', flag: 'watch', on: 'industry' });
    expect(def.rules[0]?.actions[0]).toEqual({ kind: 'add_flag', id: 'flag', flag: 'watch', on: 'industry' });
    expect(codes(def)).toEqual(['/rules/0/actions/0/on ruleset.field.type']);
  });

  it('changes an action’s kind in place, keeping its id', () => {
    const def = setActionKind(highRisk, 'abnormal', 'review', 'notify', seed);
    expect(def.rules[1]?.actions[1]).toEqual({ kind: 'notify', id: 'review', to: { role: 'salesperson' }, message: seed.text });
    expect(setActionKind(highRisk, 'abnormal', 'review', 'start_flow', seed)).toBe(highRisk);
    expect(codes(def)).toEqual([]);
  });

  it('closes tasks: all on the record until task actions are picked, offering the rule set\'s own', () => {
    const { def, id } = addAction(highRisk, 'debt_or_lawsuit', 'close_tasks', seed);
    const close = actionDefaults.close_tasks(id, seed);
    expect(close).toEqual({ kind: 'close_tasks', id: 'close_tasks_1', reason: seed.text });
    expect(taskActionIds(def)).toEqual(['check']);
    const picked = closingTasksOf(close, ['check', 'legal_task']);
    expect(picked.actions).toEqual(['check', 'legal_task']);
    expect(closingTasksOf(picked, [])).toEqual(close);
    expect(codes(setAction(def, 'debt_or_lawsuit', picked))).toEqual([]);
    expect(codes(setAction(def, 'debt_or_lawsuit', { ...picked, reason: { 'zh-CN': ' ', en: 'Settled' } }))).toEqual(['/rules/0/actions/1/reason/zh-CN ruleset.close_tasks.reason.empty']);
  });

  it('names recipients by role, user or user field', () => {
    expect(recipientOfKind('role', seed)).toEqual({ role: 'salesperson' });
    expect(recipientOfKind('field', seed)).toEqual({ field: 'account_manager' });
    expect(recipientOfKind('user', seed)).toEqual({ user: '' });
    expect(recipientOfKind('manager', seed)).toEqual({ managerOf: 'account_manager' });
    expect(['role', 'field', 'user', 'manager'].map((k) => recipientKind(recipientOfKind(k as 'role', seed)))).toEqual(['role', 'field', 'user', 'manager']);
    expect(recipientKind({ managerOf: 'account_manager', orRole: 'sales_manager' })).toBe('manager');
  });
});
