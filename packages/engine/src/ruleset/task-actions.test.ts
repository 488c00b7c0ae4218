import { describe, expect, it } from 'vitest';
import { emptyContext } from '../core/context.js';
import { closableTasks, ruleSetTasks, taskActionIds } from './task-actions.js';
import type { RuleSetDefinition } from './types.js';

const t = (en: string) => ({ en, 'zh-CN': en });
const task = (id: string) => ({ kind: 'create_task' as const, id, title: t('Chase'), assignee: { role: 'salesperson' }, dueInDays: 3 });
const ruleSet = (id: string, form: string, actions: readonly string[]): RuleSetDefinition => ({
  kind: 'ruleset',
  id,
  name: t(id),
  form,
  trigger: { kind: 'record_saved' },
  rules: [{ id: 'r', name: t('r'), conditions: { all: [] }, actions: actions.map(task) }],
});

const escalation = ruleSet('escalation', 'receivable', ['manager_task', 'follow_up', 'follow_up']);
const payments = ruleSet('payments', 'receivable', ['confirm']);
const orders = ruleSet('orders', 'sales_order', ['check_stock']);

describe('task actions', () => {
  it('lists a rule set\'s task actions once each, sorted, passing over what is not yet a rule', () => {
    expect(taskActionIds(escalation)).toEqual(['follow_up', 'manager_task']);
    expect(taskActionIds({ ...escalation, rules: [{ id: 'half' } as never, null as never] })).toEqual([]);
  });

  it('offers a close_tasks its own rule set\'s and the other rule sets\' on the same form, not its own published ones', () => {
    const ctx = { ...emptyContext(), tasks: ruleSetTasks([escalation, orders, ruleSet('payments', 'receivable', ['confirm', 'dropped'])]) };
    expect([...closableTasks(payments, ctx)!].sort()).toEqual(['confirm', 'follow_up', 'manager_task']);
    expect(closableTasks(payments, emptyContext())).toBeNull();
  });
});
