import { describe, expect, it } from 'vitest';
import type { Directory } from '../types.js';
import { Instance, approver, flowOf, role, users } from '../test-fixtures.js';

const nobody: Directory = { roles: {}, managers: {}, admins: ['admin'] };
const run = (whenEmpty: 'auto_approve' | 'auto_reject' | 'admin', dir = nobody) => {
  const inst = new Instance(flowOf([approver('legal', [role('legal')], { whenEmpty }), approver('boss', [users('boss')])]));
  inst.ok({ type: 'submit', by: 'li', record: {}, directory: dir });
  return inst;
};

describe('approver node', () => {
  it('nobody found, auto_approve: passes the node, on record, and it is no return target', () => {
    const inst = run('auto_approve');
    expect(inst.at()).toBe('boss');
    expect(inst.snapshot.route).toEqual(['boss']);
    expect(inst.snapshot.history[1]).toMatchObject({ action: 'auto_approve', by: null, nodeId: 'legal', reason: 'no_approver' });
  });

  it('nobody found, auto_reject: rejects the flow', () => {
    const inst = run('auto_reject');
    expect(inst.snapshot.status).toBe('rejected');
    expect(inst.effects.at(-1)).toEqual({ type: 'finished', outcome: 'rejected' });
  });

  it('nobody found, admin: the tenant admins take the node', () => {
    const inst = run('admin');
    expect(inst.holders()).toEqual(['admin']);
    expect(inst.snapshot.current?.steps[0]?.seats[0]).toMatchObject({ user: 'admin', via: 'admin' });
  });

  it('nobody found and no admin either: rejects, saying why', () => {
    const inst = run('admin', { ...nobody, admins: [] });
    expect(inst.snapshot.status).toBe('rejected');
    expect(inst.snapshot.history[1]).toMatchObject({ action: 'auto_reject', reason: 'no_admin' });
  });

  it('builds one step per person for a sequence, one shared step otherwise', () => {
    const seq = new Instance(flowOf([approver('s', [users('a', 'b')], { mode: 'sequential' })]));
    seq.submit();
    expect(seq.snapshot.current?.steps).toEqual([
      { rule: 'all', seats: [{ user: 'a', via: 'resolved', taskId: 's.1' }] },
      { rule: 'all', seats: [{ user: 'b', via: 'resolved' }] },
    ]);
    const or = new Instance(flowOf([approver('o', [users('a', 'b')], { mode: 'or' })]));
    or.submit();
    expect(or.snapshot.current?.steps.map((s) => [s.rule, s.seats.length])).toEqual([['any', 2]]);
  });
});
