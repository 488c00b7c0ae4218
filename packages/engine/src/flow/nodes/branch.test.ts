import { describe, expect, it } from 'vitest';
import type { BranchNode } from '../types.js';
import { Instance, approver, flowOf, label, users } from '../test-fixtures.js';
import { branchNode } from './branch.js';

const inner: BranchNode = {
  id: 'inner',
  kind: 'branch',
  name: label('By amount'),
  branches: [{ id: 'big', name: label('Big'), when: { fact: 'approved_amount', operator: 'greaterThanInclusive', value: 1000000 }, nodes: [approver('boss', [users('boss')])] }],
  otherwise: { id: 'normal', name: label('Normal'), nodes: [] },
};
const outer: BranchNode = {
  id: 'outer',
  kind: 'branch',
  name: label('By grade'),
  branches: [
    { id: 'ab', name: label('A or B'), when: { fact: 'grade', operator: 'in', value: ['A', 'B'] }, nodes: [approver('director', [users('wang')], { editableFields: ['approved_amount'] }), inner] },
    { id: 'a_only', name: label('A'), when: { fact: 'grade', operator: 'equal', value: 'A' }, nodes: [approver('never', [users('x')])] },
  ],
  otherwise: { id: 'rest', name: label('Rest'), nodes: [] },
};

describe('branch node', () => {
  it('takes the first matching route, in order', () => {
    const inst = new Instance(flowOf([outer]));
    inst.submit({ grade: 'A' });
    expect(inst.at()).toBe('director');
    expect(inst.snapshot.history.find((e) => e.action === 'branch')?.branchId).toBe('ab');
  });

  it('evaluates nested branches when reached, with the edits made before', () => {
    const inst = new Instance(flowOf([outer]));
    inst.submit({ grade: 'B', approved_amount: 200000 });
    inst.ok({ type: 'approve', by: 'wang', edits: { approved_amount: 1200000 } });
    expect(inst.at()).toBe('boss');
    const other = new Instance(flowOf([outer]));
    other.submit({ grade: 'B', approved_amount: 1200000 });
    other.ok({ type: 'approve', by: 'wang', edits: { approved_amount: 200000 } });
    expect(other.snapshot.status).toBe('approved');
  });

  it('passes straight on through an empty default route', () => {
    const inst = new Instance(flowOf([outer, approver('after', [users('qian')])]));
    inst.submit({ grade: 'D' });
    expect(inst.at()).toBe('after');
  });

  it('lists its routes with their pointers, the default last', () => {
    expect(branchNode.lanes(outer).map((l) => [l.id, l.tokens.join('/'), l.when === undefined])).toEqual([
      ['ab', 'branches/0/nodes', false],
      ['a_only', 'branches/1/nodes', false],
      ['rest', 'otherwise/nodes', true],
    ]);
  });
});
