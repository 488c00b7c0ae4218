import { describe, expect, it } from 'vitest';
import { audit, newTaskId, nodeAt, runFacts, startRun } from './run.js';
import { Instance, T0, T0_UTC, approver, flowOf, users } from './test-fixtures.js';

describe('run', () => {
  it('works on a copy, numbers history, and leaves out empty fields', () => {
    const inst = new Instance(flowOf([approver('a', [users('x')])]));
    const run = startRun(inst.flow, inst.snapshot, T0);
    audit(run, { by: 'li', action: 'comment', comment: undefined, nodeId: 'a' });
    expect(run.snap.history).toEqual([{ seq: 1, at: T0_UTC, by: 'li', action: 'comment', nodeId: 'a' }]);
    expect(inst.snapshot.history).toEqual([]);
    expect([newTaskId(run, 'a'), newTaskId(run, 'a')]).toEqual(['a.1', 'a.2']);
  });

  it('gives branch conditions the record and the flow facts', () => {
    const inst = new Instance(flowOf([approver('a', [users('x')])]));
    inst.submit({ grade: 'C' }, 'sun');
    expect(runFacts(startRun(inst.flow, inst.snapshot, T0))).toEqual({ grade: 'C', submitter: 'sun', submitterRoles: ['sales_manager'] });
  });

  it('finds compiled nodes, and fails loudly on an id the flow lacks (transition refuses such snapshots first)', () => {
    const inst = new Instance(flowOf([approver('a', [users('x')])]));
    expect(nodeAt(inst.flow, 'a').next).toBeNull();
    expect(() => nodeAt(inst.flow, 'zz')).toThrow('has no node "zz"');
  });
});
