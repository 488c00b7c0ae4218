import { describe, expect, it } from 'vitest';
import { Instance, approver, flowOf, users } from '../test-fixtures.js';

describe('transfer', () => {
  it('hands the task over; the new holder decides in the actor’s place', () => {
    const inst = new Instance(flowOf([approver('review', [users('zhao', 'qian')], { mode: 'and' })]));
    inst.submit();
    const effects = inst.ok({ type: 'transfer', by: 'qian', to: 'sun', comment: '出差，请孙经理代批' });
    expect(effects).toEqual([
      { type: 'complete_task', taskId: 'review.2', decision: 'transferred' },
      { type: 'create_task', taskId: 'review.3', nodeId: 'review', assignee: 'sun' },
    ]);
    expect(inst.holders()).toEqual(['zhao', 'sun']);
    expect(inst.send({ type: 'approve', by: 'qian' })).toMatchObject({ ok: false, code: 'already_decided' });
    inst.ok({ type: 'approve', by: 'zhao' });
    expect(inst.snapshot.status).toBe('running');
    inst.ok({ type: 'approve', by: 'sun' });
    expect(inst.snapshot.status).toBe('approved');
    expect(inst.snapshot.history.find((e) => e.action === 'transfer')).toMatchObject({ by: 'qian', users: ['sun'], comment: '出差，请孙经理代批' });
  });

  it('refuses a transfer to oneself or to someone already in the step', () => {
    const inst = new Instance(flowOf([approver('review', [users('zhao', 'qian')], { mode: 'and' })]));
    inst.submit();
    expect(inst.send({ type: 'transfer', by: 'zhao', to: 'zhao' })).toMatchObject({ ok: false, code: 'bad_transfer' });
    expect(inst.send({ type: 'transfer', by: 'zhao', to: 'qian' })).toMatchObject({ ok: false, code: 'bad_transfer' });
    expect(inst.send({ type: 'transfer', by: 'li', to: 'sun' })).toMatchObject({ ok: false, code: 'not_your_task' });
  });
});
