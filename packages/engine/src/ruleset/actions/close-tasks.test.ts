import { describe, it, expect } from 'vitest';
import { actionEnv, compileEnv, TODAY } from '../test-kit.js';
import { closeTasksAction } from './close-tasks.js';
import type { CloseTasksAction } from './types.js';

const close: CloseTasksAction = { kind: 'close_tasks', id: 'c', reason: { 'zh-CN': '发票已结清（{{customer_name}}）', en: 'Invoice settled ({{customer_name}})' } };

describe('close_tasks', () => {
  it('checks its reason: said in both languages, its placeholders known', () => {
    expect(closeTasksAction.check(close, actionEnv(), '/a')).toEqual([]);
    const problems = closeTasksAction.check({ ...close, reason: { 'zh-CN': '  ', en: 'Settled for {{client}}' } }, actionEnv(), '/a');
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual(['/a/reason/zh-CN ruleset.close_tasks.reason.empty', '/a/reason/en ruleset.template.field']);
    expect(problems[0]).toMatchObject({ message: expect.stringContaining('Say why'), messageZh: expect.stringContaining('原因') });
  });

  it('closes every open rule task on the record, with the reason filled in', () => {
    expect(closeTasksAction.compile(close, compileEnv('settled'))({ customer_name: 'Acme' }, { today: TODAY })).toEqual({
      kind: 'close_tasks',
      rule: 'settled',
      action: 'c',
      reason: expect.objectContaining({ 'zh-CN': '发票已结清（Acme）', en: 'Invoice settled (Acme)' }),
    });
  });

  it('names only task actions a rule set on the form has, when they are known', () => {
    const env = { ...actionEnv(), tasks: new Set(['legal_task', 'follow_up']) };
    expect(closeTasksAction.check({ ...close, actions: ['legal_task', 'follow_up'] }, env, '/a')).toEqual([]);
    const [typo] = closeTasksAction.check({ ...close, actions: ['legal_task', 'folow_up'] }, env, '/a');
    expect(typo).toMatchObject({ path: '/a/actions/1', code: 'ruleset.close_tasks.action.unknown', message: expect.stringContaining('Did you mean "follow_up"?'), messageZh: expect.stringContaining('创建待办') });
    // Not known (the browser before the rule sets are read): not checked.
    expect(closeTasksAction.check({ ...close, actions: ['anything'] }, actionEnv(), '/a')).toEqual([]);
  });

  it('with actions, closes only the tasks those create_task actions made', () => {
    expect(closeTasksAction.compile({ ...close, actions: ['legal_task', 'follow_up'] }, compileEnv())({}, { today: TODAY }).actions).toEqual(['legal_task', 'follow_up']);
  });
});
