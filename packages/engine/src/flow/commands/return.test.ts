import { describe, expect, it } from 'vitest';
import { Instance, approver, flowOf, users } from '../test-fixtures.js';

const three = () =>
  new Instance(flowOf([approver('manager', [users('sun')]), approver('risk', [users('zhao', 'qian')], { mode: 'and' }), approver('director', [users('wang')])]));

describe('return', () => {
  it('to the submitter: closes every open task and waits for resubmit', () => {
    const inst = three();
    inst.submit();
    inst.ok({ type: 'approve', by: 'sun' });
    const effects = inst.ok({ type: 'return', by: 'zhao', comment: '请补充财务报表', to: 'submitter' });
    expect(effects).toEqual([
      { type: 'complete_task', taskId: 'risk.2', decision: 'returned' },
      { type: 'cancel_task', taskId: 'risk.3', reason: 'closed' },
      { type: 'notify', to: ['li'], reason: 'returned', nodeId: 'risk' },
    ]);
    expect(inst.snapshot).toMatchObject({ status: 'returned', current: null });
    expect(inst.snapshot.history.at(-1)).toMatchObject({ action: 'return', by: 'zhao', comment: '请补充财务报表', to: 'submitter', nodeId: 'risk' });
    expect(inst.send({ type: 'approve', by: 'qian' })).toMatchObject({ ok: false, code: 'awaiting_resubmit' });
  });

  it('to a named earlier node: that node asks again, then the flow goes on from there', () => {
    const inst = three();
    inst.submit();
    inst.ok({ type: 'approve', by: 'sun' });
    inst.ok({ type: 'approve', by: 'zhao' });
    inst.ok({ type: 'approve', by: 'qian' });
    expect(inst.at()).toBe('director');
    const effects = inst.ok({ type: 'return', by: 'wang', comment: '风控意见不充分', to: 'risk' });
    expect(inst.at()).toBe('risk');
    expect(inst.holders()).toEqual(['zhao', 'qian']);
    expect(effects.filter((e) => e.type === 'create_task').map((e) => e.type === 'create_task' && e.assignee)).toEqual(['zhao', 'qian']);
    expect(inst.snapshot.route).toEqual(['manager', 'risk']);
    inst.ok({ type: 'approve', by: 'zhao' });
    inst.ok({ type: 'approve', by: 'qian' });
    expect(inst.at()).toBe('director');
    inst.ok({ type: 'approve', by: 'wang' });
    expect(inst.snapshot.status).toBe('approved');
  });

  it('refuses a node the approval has not passed, naming the ones it may go back to', () => {
    const inst = three();
    inst.submit();
    inst.ok({ type: 'approve', by: 'sun' });
    const r = inst.send({ type: 'return', by: 'zhao', comment: 'x', to: 'director' });
    expect(r).toMatchObject({ ok: false, code: 'bad_return_target' });
    expect(!r.ok && r.message).toContain('submitter, manager');
    expect(inst.send({ type: 'return', by: 'zhao', comment: 'x', to: 'risk' })).toMatchObject({ ok: false, code: 'bad_return_target' });
  });

  it('requires an opinion and an open task', () => {
    const inst = three();
    inst.submit();
    expect(inst.send({ type: 'return', by: 'sun', comment: '', to: 'submitter' })).toMatchObject({ ok: false, code: 'comment_required' });
    expect(inst.send({ type: 'return', by: 'zhao', comment: 'x', to: 'submitter' })).toMatchObject({ ok: false, code: 'not_your_task' });
  });
});
