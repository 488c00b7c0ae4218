import { describe, it, expect } from 'vitest';
import { actionEnv, compileEnv } from '../test-kit.js';
import { createTaskAction } from './create-task.js';
import type { CreateTaskAction } from './types.js';

const task: CreateTaskAction = { kind: 'create_task', id: 't', assignee: { field: 'salesperson' }, dueInDays: 3, title: { 'zh-CN': '跟进 {{customer_name}}', en: 'Follow up {{customer_name}}' } };

describe('create_task', () => {
  it('checks the assignee and the title', () => {
    expect(createTaskAction.check(task, actionEnv(), '/a')).toEqual([]);
    expect(createTaskAction.check({ ...task, assignee: { role: 'collector' }, title: { ...task.title, 'zh-CN': '跟进 {{client}}' } }, actionEnv(), '/a').map((p) => p.path)).toEqual(['/a/assignee/role', '/a/title/zh-CN']);
  });

  it('is due dueInDays after the evaluation\'s today, with its title filled in', () => {
    const effect = createTaskAction.compile(task, compileEnv('reminder'))({ customer_name: 'Acme', salesperson: 'u_li' }, { today: '2025-12-30' });
    expect(effect).toMatchObject({ kind: 'create_task', rule: 'reminder', action: 't', assignee: { field: 'salesperson', user: 'u_li' }, dueDate: '2026-01-02', title: { 'zh-CN': '跟进 Acme', en: 'Follow up Acme' } });
  });

  it('counts due days by the calendar from any year, and stops at the last date four digits write', () => {
    expect(createTaskAction.compile(task, compileEnv())({}, { today: '0050-02-27' }).dueDate).toBe('0050-03-02');
    expect(createTaskAction.compile({ ...task, dueInDays: 3650 }, compileEnv())({}, { today: '9999-01-01' }).dueDate).toBe('9999-12-31');
  });

  it('leaves the assignee\'s user null when the record names nobody', () => {
    expect(createTaskAction.compile(task, compileEnv())({ salesperson: '' }, { today: '2025-03-01' }).assignee).toEqual({ field: 'salesperson', user: null });
  });
});
