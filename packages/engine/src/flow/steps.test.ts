import { describe, expect, it } from 'vitest';
import { stepApproved, stepsFor } from './steps.js';
import { Instance, approver, flowOf, users } from './test-fixtures.js';

describe('steps', () => {
  it('maps modes to steps', () => {
    expect(stepsFor('or', ['a', 'b'], 'resolved')).toEqual([{ rule: 'any', seats: [{ user: 'a', via: 'resolved' }, { user: 'b', via: 'resolved' }] }]);
    expect(stepsFor('and', ['a'], 'admin')).toEqual([{ rule: 'all', seats: [{ user: 'a', via: 'admin' }] }]);
    expect(stepsFor('sequential', ['a', 'b'], 'resolved').map((s) => s.seats.map((x) => x.user))).toEqual([['a'], ['b']]);
  });

  it('decides a step: one approval for any, every counting seat for all', () => {
    const any = { rule: 'any' as const, seats: [{ user: 'a', via: 'resolved' as const }, { user: 'b', via: 'resolved' as const, decision: 'approved' as const }] };
    expect(stepApproved(any)).toBe(true);
    const all = { rule: 'all' as const, seats: [{ user: 'a', via: 'resolved' as const, decision: 'transferred' as const }, { user: 'c', via: 'transfer' as const, decision: 'approved' as const }] };
    expect(stepApproved(all)).toBe(true);
    expect(stepApproved({ rule: 'all', seats: [{ user: 'a', via: 'resolved', decision: 'escalated' }] })).toBe(false);
    expect(stepApproved({ rule: 'all', seats: [{ user: 'a', via: 'resolved', decision: 'approved' }, { user: 'b', via: 'resolved' }] })).toBe(false);
  });

  it('numbers tasks per instance, never reusing an id', () => {
    const inst = new Instance(flowOf([approver('a', [users('x', 'y')], { mode: 'sequential' }), approver('b', [users('z')])]));
    inst.submit();
    inst.ok({ type: 'approve', by: 'x' });
    inst.ok({ type: 'approve', by: 'y' });
    expect(inst.effects.find((e) => e.type === 'create_task')).toMatchObject({ taskId: 'b.3', assignee: 'z' });
    expect(inst.snapshot.taskSeq).toBe(3);
  });
});
