import { describe, expect, it } from 'vitest';
import { Instance, T0_UTC, approver, flowOf, role, users } from '../test-fixtures.js';

describe('approve', () => {
  it('or-sign: the first approval decides and closes the other tasks', () => {
    const inst = new Instance(flowOf([approver('review', [users('wang', 'qian')], { mode: 'or' })]));
    inst.submit();
    expect(inst.holders()).toEqual(['wang', 'qian']);
    const effects = inst.ok({ type: 'approve', by: 'qian', comment: '同意' });
    expect(effects).toEqual([
      { type: 'complete_task', taskId: 'review.2', decision: 'approved' },
      { type: 'cancel_task', taskId: 'review.1', reason: 'decided' },
      { type: 'notify', to: ['li'], reason: 'outcome', outcome: 'approved' },
      { type: 'finished', outcome: 'approved' },
    ]);
    expect(inst.snapshot.status).toBe('approved');
    expect(inst.snapshot.history.find((e) => e.action === 'approve')).toMatchObject({ by: 'qian', comment: '同意', nodeId: 'review', at: T0_UTC });
  });

  it('copies edits into the snapshot, so the caller’s command objects never alias it', () => {
    const inst = new Instance(flowOf([approver('review', [users('wang')], { editableFields: ['reason'] }), approver('boss', [role('boss')])]));
    inst.submit();
    const reason = { note: '补充' };
    inst.ok({ type: 'approve', by: 'wang', edits: { reason } });
    reason.note = 'changed later';
    expect(inst.snapshot.record).toEqual({ reason: { note: '补充' } });
    expect(inst.snapshot.history.find((e) => e.action === 'approve')?.edits).toEqual({ reason: { note: '补充' } });
  });

  it('countersign: every approver must approve before the flow moves on', () => {
    const inst = new Instance(flowOf([approver('review', [role('risk_officer'), role('finance_director')], { mode: 'and' }), approver('boss', [role('boss')])]));
    inst.submit();
    inst.ok({ type: 'approve', by: 'zhao' });
    expect(inst.at()).toBe('review');
    expect(inst.holders()).toEqual(['qian']);
    inst.ok({ type: 'approve', by: 'qian' });
    expect(inst.at()).toBe('boss');
    expect(inst.holders()).toEqual(['boss']);
  });

  it('sequential: one after another, in the listed order', () => {
    const inst = new Instance(flowOf([approver('chain', [users('sun', 'wang', 'boss')], { mode: 'sequential' })]));
    inst.submit();
    expect(inst.holders()).toEqual(['sun']);
    expect(inst.send({ type: 'approve', by: 'wang' })).toMatchObject({ ok: false, code: 'not_your_task' });
    inst.ok({ type: 'approve', by: 'sun' });
    expect(inst.holders()).toEqual(['wang']);
    inst.ok({ type: 'approve', by: 'wang' });
    inst.ok({ type: 'approve', by: 'boss' });
    expect(inst.snapshot.status).toBe('approved');
  });

  it('applies edits to the fields the node may edit, and refuses others', () => {
    const inst = new Instance(flowOf([approver('review', [users('wang')], { editableFields: ['approved_amount'] })]));
    inst.submit({ amount: 400000 });
    expect(inst.send({ type: 'approve', by: 'wang', edits: { amount: 1 } })).toMatchObject({ ok: false, code: 'field_not_editable' });
    const effects = inst.ok({ type: 'approve', by: 'wang', edits: { approved_amount: 300000 } });
    expect(effects[0]).toEqual({ type: 'set_field', field: 'approved_amount', value: 300000 });
    expect(inst.snapshot.record).toEqual({ amount: 400000, approved_amount: 300000 });
    expect(inst.snapshot.history.find((e) => e.action === 'approve')?.edits).toEqual({ approved_amount: 300000 });
  });

  it('refuses someone without a task, and someone who already decided', () => {
    const inst = new Instance(flowOf([approver('review', [users('zhao', 'qian')], { mode: 'and' })]));
    inst.submit();
    expect(inst.send({ type: 'approve', by: 'li' })).toMatchObject({ ok: false, code: 'not_your_task' });
    inst.ok({ type: 'approve', by: 'zhao' });
    expect(inst.send({ type: 'approve', by: 'zhao' })).toMatchObject({ ok: false, code: 'already_decided' });
  });
});

describe('reject', () => {
  it('any rejection in a countersign rejects the flow and closes the other tasks', () => {
    const inst = new Instance(flowOf([approver('review', [users('zhao', 'qian')], { mode: 'and' }), approver('boss', [role('boss')])]));
    inst.submit();
    const effects = inst.ok({ type: 'reject', by: 'qian', comment: '负债率过高' });
    expect(effects).toContainEqual({ type: 'cancel_task', taskId: 'review.1', reason: 'closed' });
    expect(effects).toContainEqual({ type: 'finished', outcome: 'rejected' });
    expect(inst.snapshot).toMatchObject({ status: 'rejected', current: null });
    expect(inst.trail()).toEqual(['submit li -', 'assign - review', 'reject qian review', 'finish - -']);
  });

  it('requires an opinion, and refuses once the flow is finished', () => {
    const inst = new Instance(flowOf([approver('review', [users('wang')])]));
    inst.submit();
    expect(inst.send({ type: 'reject', by: 'wang', comment: '  ' })).toMatchObject({ ok: false, code: 'comment_required' });
    inst.ok({ type: 'reject', by: 'wang', comment: 'no' });
    expect(inst.send({ type: 'approve', by: 'wang' })).toMatchObject({ ok: false, code: 'finished' });
  });
});
