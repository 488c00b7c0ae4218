import type { BranchNode, FlowDefinition } from '@heng/engine';
import { compileFlow, simulateRoute } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { creditApproval } from '../samples/credit-approval.js';
import { nobodyDecides, unattendedLanes } from './unattended.js';

const route = creditApproval.nodes[0] as BranchNode;
const emptyOtherwise: FlowDefinition = { ...creditApproval, nodes: [{ ...route, otherwise: { ...route.otherwise, nodes: [] } }, ...creditApproval.nodes.slice(1)] };
const approver = { id: 'final', kind: 'approver', name: { en: 'Boss', 'zh-CN': '老板审批' }, approvers: [{ kind: 'role', role: 'boss' }], mode: 'or', whenEmpty: 'admin' } as const;

describe('unattended lanes', () => {
  it('finds a branch left empty, with only copies after it', () => {
    expect(unattendedLanes(creditApproval)).toEqual(new Set());
    expect(unattendedLanes(emptyOtherwise)).toEqual(new Set(['other']));
  });

  it('does not flag an empty branch when an approver comes after the branch node, or before it', () => {
    expect(unattendedLanes({ ...emptyOtherwise, nodes: [...emptyOtherwise.nodes, approver] })).toEqual(new Set());
    expect(unattendedLanes({ ...emptyOtherwise, nodes: [approver, ...emptyOtherwise.nodes] })).toEqual(new Set());
  });

  it('says a simulated route through the empty branch is approved with nobody deciding', () => {
    const amount = { customer: 'x', grade: 'B', amount: 100 };
    expect(nobodyDecides(simulateRoute(compileFlow(emptyOtherwise), amount))).toBe(true);
    expect(nobodyDecides(simulateRoute(compileFlow(creditApproval), amount))).toBe(false);
  });
});
