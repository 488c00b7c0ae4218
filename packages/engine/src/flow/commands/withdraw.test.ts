import { describe, expect, it } from 'vitest';
import { Instance, T0_UTC, approver, flowOf, users } from '../test-fixtures.js';

const flow = () => new Instance(flowOf([approver('review', [users('zhao', 'qian')], { mode: 'and' })]));

describe('withdraw', () => {
  it('lets the submitter take back a running approval, closing its tasks', () => {
    const inst = flow();
    inst.submit();
    const effects = inst.ok({ type: 'withdraw', by: 'li', comment: '客户取消' });
    expect(effects).toEqual([
      { type: 'cancel_task', taskId: 'review.1', reason: 'closed' },
      { type: 'cancel_task', taskId: 'review.2', reason: 'closed' },
      { type: 'finished', outcome: 'withdrawn' },
    ]);
    expect(inst.snapshot).toMatchObject({ status: 'withdrawn', current: null });
    expect(inst.snapshot.history.at(-2)).toMatchObject({ action: 'withdraw', by: 'li', comment: '客户取消', nodeId: 'review' });
  });

  it('works on a returned approval too', () => {
    const inst = flow();
    inst.submit();
    inst.ok({ type: 'return', by: 'zhao', comment: 'x', to: 'submitter' });
    inst.ok({ type: 'withdraw', by: 'li' });
    expect(inst.snapshot.status).toBe('withdrawn');
  });

  it('is refused to anyone but the submitter, and when nothing is running', () => {
    const inst = flow();
    expect(inst.send({ type: 'withdraw', by: 'li' })).toMatchObject({ ok: false, code: 'nothing_to_withdraw' });
    inst.submit();
    expect(inst.send({ type: 'withdraw', by: 'zhao' })).toMatchObject({ ok: false, code: 'not_submitter' });
    inst.ok({ type: 'withdraw', by: 'li' });
    expect(inst.send({ type: 'withdraw', by: 'li' })).toMatchObject({ ok: false, code: 'nothing_to_withdraw' });
  });
});

describe('comment', () => {
  it('records the remark and tells the submitter and the current approvers, not the author', () => {
    const inst = flow();
    inst.submit();
    inst.ok({ type: 'approve', by: 'zhao' });
    const effects = inst.ok({ type: 'comment', by: 'zhao', text: '客户上月有一笔逾期' });
    expect(effects).toEqual([{ type: 'notify', to: ['li', 'qian'], reason: 'comment', nodeId: 'review' }]);
    expect(inst.snapshot.history.at(-1)).toMatchObject({ action: 'comment', by: 'zhao', comment: '客户上月有一笔逾期', at: T0_UTC });
    expect(inst.snapshot.current?.stepIndex).toBe(0);
  });

  it('is accepted after the approval finished, refused before it is submitted or when empty', () => {
    const inst = flow();
    expect(inst.send({ type: 'comment', by: 'li', text: 'hi' })).toMatchObject({ ok: false, code: 'not_submitted' });
    inst.submit();
    expect(inst.send({ type: 'comment', by: 'li', text: ' ' })).toMatchObject({ ok: false, code: 'comment_required' });
    inst.ok({ type: 'withdraw', by: 'li' });
    expect(inst.ok({ type: 'comment', by: 'zhao', text: '已知悉' })).toEqual([{ type: 'notify', to: ['li'], reason: 'comment' }]);
  });
});
