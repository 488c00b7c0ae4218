import { describe, it, expect } from 'vitest';
import { schemaChecker } from '../../core/ajv.js';
import { ACTION_KINDS, actionReferences, actionSchema, actionSpecs, renameAction } from './index.js';

const check = schemaChecker(actionSchema);

describe('the action registry', () => {
  it('has one spec per kind, filed under its own kind', () => {
    expect(ACTION_KINDS).toEqual(['set_field', 'add_flag', 'remove_flag', 'notify', 'create_task', 'close_tasks', 'start_flow', 'freeze', 'unfreeze', 'call_webhook']);
    for (const k of ACTION_KINDS) expect(actionSpecs[k].kind).toBe(k);
  });

  it('reports the errors of the intended kind only', () => {
    expect(check({ kind: 'notify', id: 'n', to: { role: 'legal' }, message: { 'zh-CN': '你好', en: 'Hi' } })).toEqual([]);
    expect(check({ kind: 'create_task', id: 't', assignee: { role: 'legal' }, title: { 'zh-CN': '任务', en: 'Task' }, dueInDays: 2.5 }).map((p) => `${p.path} ${p.code}`)).toEqual(['/dueInDays schema.type']);
    expect(check({ kind: 'freeze', id: 'f', scope: 'credit', reason: { 'zh-CN': '冻结', en: 'Frozen' } }).map((p) => `${p.path} ${p.code}`)).toEqual(['/scope schema.enum']);
    expect(check({ kind: 'add_flag', id: 'f', flag: 'x', extra: 1 }).map((p) => `${p.path} ${p.code}`)).toEqual(['/extra schema.additionalProperties']);
    expect(check({ kind: 'add_flag', id: 'f', flag: 'x', label: { 'zh-CN': '标记', en: 'Flag' } })).toEqual([]);
    expect(check({ kind: 'add_flag', id: 'f', flag: 'x', label: { 'zh-CN': '标记' } }).map((p) => `${p.path} ${p.code}`)).toEqual(['/label/en schema.required']);
    expect(check({ kind: 'close_tasks', id: 'c', reason: { 'zh-CN': '', en: 'Settled' }, actions: [] }).map((p) => `${p.path} ${p.code}`)).toEqual(['/reason/zh-CN schema.minLength', '/actions schema.minItems']);
    expect(check({ kind: 'notfy', id: 'x' }).map((p) => `${p.path} ${p.code}`)).toEqual(['/kind schema.enum']);
    expect(check({ kind: 'add_flag', flag: 'x' }).map((p) => `${p.path} ${p.code}`)).toEqual(['/id schema.required']);
  });

  it('knows which actions name other definitions', () => {
    expect(actionReferences({ kind: 'add_flag', id: 'f', flag: 'x' }, '/a')).toEqual([]);
    expect(actionReferences({ kind: 'start_flow', id: 's', flow: 'f1' }, '/a')).toEqual([{ path: '/a/flow', kind: 'flow', id: 'f1' }]);
    const same = { kind: 'notify', id: 'n', to: { role: 'legal' }, message: { 'zh-CN': '你好', en: 'Hi' } } as const;
    expect(renameAction(same, () => 'renamed')).toBe(same);
  });
});
