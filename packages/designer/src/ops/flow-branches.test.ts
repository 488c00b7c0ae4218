import type { FlowDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { creditApproval as flow } from '../samples/credit-approval.js';
import { addBranch, moveBranch, removeBranch, setBranchWhen } from './flow-branches.js';
import { insertNode } from './flow.js';

const branches = (d: FlowDefinition, id = 'route') => {
  const n = d.nodes.find((x) => x.id === id);
  if (n?.kind !== 'branch') throw new Error(`${id} is not a branch node`);
  return n;
};
const order = (d: FlowDefinition, id?: string) => branches(d, id).branches.map((b) => b.id);

describe('branches', () => {
  it('adds a branch before the otherwise lane, with a fresh id', () => {
    const { def, id } = addBranch(flow, 'route');
    expect(id).toBe('condition_1');
    expect(order(def)).toEqual(['grade_a_small', 'grade_c', 'grade_d', 'condition_1']);
    expect(branches(def).otherwise.id).toBe('other');
    expect(branches(def).branches[3]?.name.en).toBe('Condition 4');
  });

  it('moves a branch left and right, not past either end', () => {
    expect(order(moveBranch(flow, 'route', 'grade_c', -1))).toEqual(['grade_c', 'grade_a_small', 'grade_d']);
    expect(order(moveBranch(flow, 'route', 'grade_c', 1))).toEqual(['grade_a_small', 'grade_d', 'grade_c']);
    expect(moveBranch(flow, 'route', 'grade_a_small', -1)).toBe(flow);
    expect(moveBranch(flow, 'route', 'grade_d', 1)).toBe(flow);
  });

  it('removes a branch but keeps the last one', () => {
    expect(order(removeBranch(flow, 'route', 'grade_c'))).toEqual(['grade_a_small', 'grade_d']);
    const { def, id } = insertNode(flow, null, null, 'branch');
    expect(removeBranch(def, id, 'condition_1')).toBe(def);
  });

  it('sets a branch condition', () => {
    const when = { fact: 'grade', operator: 'in', value: ['C', 'D'] } as const;
    expect(branches(setBranchWhen(flow, 'route', 'grade_c', when)).branches[1]?.when).toEqual(when);
  });

  it('works on a branch node nested in a branch', () => {
    const { def, id } = insertNode(flow, 'grade_c', null, 'branch');
    const added = addBranch(def, id);
    const nested = branches(added.def).branches[1]?.nodes[0];
    expect(nested?.kind === 'branch' && nested.branches.map((b) => b.id)).toEqual(['condition_1', 'condition_2']);
  });
});
