import { describe, expect, it } from 'vitest';
import type { TimeoutAction } from '../types.js';
import { Instance, approver, flowOf, role, users } from '../test-fixtures.js';

const withTimeout = (action: TimeoutAction, extra = {}) =>
  new Instance(flowOf([approver('risk', [users('zhao', 'qian')], { mode: 'and', timeout: { hours: 24, action, ...extra } }), approver('boss', [users('boss')])]));

describe('timeout', () => {
  it('schedules the deadline when tasks open, and gives it to the tasks', () => {
    const inst = withTimeout('remind');
    const effects = inst.submit();
    expect(effects).toContainEqual({ type: 'schedule_timeout', nodeId: 'risk', at: '2025-03-04T01:00:00.000Z' });
    expect(effects).toContainEqual({ type: 'create_task', taskId: 'risk.1', nodeId: 'risk', assignee: 'zhao', deadline: '2025-03-04T01:00:00.000Z' });
    expect(inst.snapshot.current?.deadline).toBe('2025-03-04T01:00:00.000Z');
  });

  it('is refused before the deadline, and for a node the approval is not at', () => {
    const inst = withTimeout('auto_approve');
    inst.submit();
    inst.wait(23);
    expect(inst.send({ type: 'timeout', nodeId: 'risk' })).toMatchObject({ ok: false, code: 'timeout_not_due' });
    inst.wait(1);
    expect(inst.send({ type: 'timeout', nodeId: 'boss' })).toMatchObject({ ok: false, code: 'timeout_not_due' });
    expect(inst.send({ type: 'timeout', nodeId: 'risk' }).ok).toBe(true);
  });

  it('remind: notifies the holders of open tasks once', () => {
    const inst = withTimeout('remind');
    inst.submit();
    inst.ok({ type: 'approve', by: 'zhao' });
    inst.wait(24);
    expect(inst.ok({ type: 'timeout', nodeId: 'risk' })).toEqual([{ type: 'notify', to: ['qian'], reason: 'reminder', nodeId: 'risk' }]);
    expect(inst.snapshot.current?.deadline).toBeUndefined();
    expect(inst.send({ type: 'timeout', nodeId: 'risk' })).toMatchObject({ ok: false, code: 'timeout_not_due' });
    expect(inst.snapshot.history.at(-1)).toMatchObject({ action: 'remind', by: null, users: ['qian'], reason: 'timeout' });
  });

  it('auto_approve: approves the current step on the holders’ behalf and moves on', () => {
    const inst = withTimeout('auto_approve');
    inst.submit();
    inst.ok({ type: 'approve', by: 'zhao' });
    inst.wait(30);
    const effects = inst.ok({ type: 'timeout', nodeId: 'risk' });
    expect(effects[0]).toEqual({ type: 'cancel_task', taskId: 'risk.2', reason: 'timeout' });
    expect(inst.at()).toBe('boss');
    expect(inst.snapshot.history.find((e) => e.action === 'auto_approve')).toMatchObject({ by: null, users: ['qian'], reason: 'timeout', at: inst.now });
  });

  it('auto_reject: rejects the flow', () => {
    const inst = withTimeout('auto_reject');
    inst.submit();
    inst.wait(24);
    const effects = inst.ok({ type: 'timeout', nodeId: 'risk' });
    expect(effects).toContainEqual({ type: 'finished', outcome: 'rejected' });
    expect(inst.snapshot.status).toBe('rejected');
  });

  it('escalate: hands the open tasks to escalateTo; they decide in the holders’ place', () => {
    const inst = withTimeout('escalate', { escalateTo: [role('sales_director')] });
    inst.submit();
    inst.ok({ type: 'approve', by: 'zhao' });
    inst.wait(25);
    const effects = inst.ok({ type: 'timeout', nodeId: 'risk' });
    expect(effects).toEqual([
      { type: 'cancel_task', taskId: 'risk.2', reason: 'escalated' },
      { type: 'create_task', taskId: 'risk.3', nodeId: 'risk', assignee: 'wang' },
    ]);
    expect(inst.send({ type: 'approve', by: 'qian' })).toMatchObject({ ok: false, code: 'already_decided' });
    inst.ok({ type: 'approve', by: 'wang' });
    expect(inst.at()).toBe('boss');
  });

  it('escalate: falls back to the admins, then to a reminder, when escalateTo names nobody new', () => {
    const toAdmins = withTimeout('escalate', { escalateTo: [users('qian')] });
    toAdmins.submit();
    toAdmins.wait(24);
    toAdmins.ok({ type: 'timeout', nodeId: 'risk' });
    expect(toAdmins.holders()).toEqual(['admin']);
    const nobody = withTimeout('escalate', { escalateTo: [role('legal')] });
    nobody.ok({ type: 'submit', by: 'li', record: {}, directory: { roles: {}, managers: {}, admins: [] } });
    nobody.wait(24);
    expect(nobody.ok({ type: 'timeout', nodeId: 'risk' })).toEqual([{ type: 'notify', to: ['zhao', 'qian'], reason: 'reminder', nodeId: 'risk' }]);
    expect(nobody.holders()).toEqual(['zhao', 'qian']);
  });

  it('restarts the deadline for each person of a sequence, so an old timer is refused', () => {
    const inst = new Instance(flowOf([approver('chain', [users('sun', 'wang')], { mode: 'sequential', timeout: { hours: 8, action: 'auto_approve' } })]));
    inst.submit();
    inst.wait(4);
    inst.ok({ type: 'approve', by: 'sun' });
    inst.wait(4);
    expect(inst.send({ type: 'timeout', nodeId: 'chain' })).toMatchObject({ ok: false, code: 'timeout_not_due' });
    inst.wait(4);
    inst.ok({ type: 'timeout', nodeId: 'chain' });
    expect(inst.snapshot.status).toBe('approved');
  });
});
