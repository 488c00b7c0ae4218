import { describe, expect, it } from 'vitest';
import type { BranchNode } from '../types.js';
import { Instance, approver, directory, flowOf, label, role, users } from '../test-fixtures.js';

const byAmount: BranchNode = {
  id: 'by_amount',
  kind: 'branch',
  name: label('By amount'),
  branches: [{ id: 'small', name: label('Small'), when: { fact: 'amount', operator: 'lessThan', value: 100000 }, nodes: [approver('manager', [{ kind: 'manager' }])] }],
  otherwise: { id: 'large', name: label('Large'), nodes: [approver('director', [role('sales_director')])] },
};

describe('submit', () => {
  it('keeps submitter, record and directory, and opens the first node', () => {
    const inst = new Instance(flowOf([approver('review', [users('wang')])]));
    const effects = inst.submit({ amount: 1 });
    expect(inst.snapshot).toMatchObject({ status: 'running', submitter: 'li', record: { amount: 1 }, directory, version: 1, route: ['review'] });
    expect(effects).toEqual([{ type: 'create_task', taskId: 'review.1', nodeId: 'review', assignee: 'wang' }]);
    expect(inst.trail()).toEqual(['submit li -', 'assign - review']);
  });

  it('does not keep a reference to the caller’s record', () => {
    const inst = new Instance(flowOf([approver('review', [users('wang')])]));
    const record = { amount: 1 };
    inst.submit(record);
    record.amount = 2;
    expect(inst.snapshot.record).toEqual({ amount: 1 });
  });

  it('refuses a second submission', () => {
    const inst = new Instance(flowOf([approver('review', [users('wang')])]));
    inst.submit();
    expect(inst.send({ type: 'submit', by: 'li', record: {}, directory })).toMatchObject({ ok: false, code: 'already_submitted' });
  });

  it('routes through branches at once, resolving the submitter’s manager', () => {
    const inst = new Instance(flowOf([byAmount]));
    inst.submit({ amount: 50000 });
    expect(inst.at()).toBe('manager');
    expect(inst.holders()).toEqual(['sun']);
    expect(inst.snapshot.history.find((e) => e.action === 'branch')).toMatchObject({ nodeId: 'by_amount', branchId: 'small', by: null });
  });
});

describe('resubmit', () => {
  it('starts again from the first node with the edited record, re-evaluating branches', () => {
    const inst = new Instance(flowOf([byAmount]));
    inst.submit({ amount: 50000 });
    inst.ok({ type: 'return', by: 'sun', comment: '金额填错', to: 'submitter' });
    expect(inst.send({ type: 'resubmit', by: 'zhou' })).toMatchObject({ ok: false, code: 'not_submitter' });
    inst.ok({ type: 'resubmit', by: 'li', record: { amount: 250000 } });
    expect(inst.snapshot).toMatchObject({ status: 'running', record: { amount: 250000 }, route: ['director'] });
    expect(inst.holders()).toEqual(['wang']);
    expect(inst.trail().slice(-3)).toEqual(['resubmit li -', 'branch - by_amount', 'assign - director']);
    expect(inst.snapshot.history.find((e) => e.action === 'resubmit')).not.toHaveProperty('comment');
  });

  it('keeps the submitter\'s answer to the return in the history', () => {
    const inst = new Instance(flowOf([byAmount]));
    inst.submit({ amount: 50000 });
    inst.ok({ type: 'return', by: 'sun', comment: '金额填错', to: 'submitter' });
    inst.ok({ type: 'resubmit', by: 'li', comment: ' 已改为 25 万 ', record: { amount: 250000 } });
    expect(inst.snapshot.history.find((e) => e.action === 'resubmit')).toMatchObject({ by: 'li', comment: '已改为 25 万' });
  });

  it('takes a fresh directory when given one', () => {
    const inst = new Instance(flowOf([approver('director', [role('sales_director')])]));
    inst.submit();
    inst.ok({ type: 'return', by: 'wang', comment: 'again', to: 'submitter' });
    inst.ok({ type: 'resubmit', by: 'li', directory: { ...directory, roles: { sales_director: ['new_director'] } } });
    expect(inst.holders()).toEqual(['new_director']);
  });

  it('is refused unless the approval was returned to the submitter', () => {
    const inst = new Instance(flowOf([approver('review', [users('wang')])]));
    inst.submit();
    expect(inst.send({ type: 'resubmit', by: 'li' })).toMatchObject({ ok: false, code: 'not_returned' });
  });
});
