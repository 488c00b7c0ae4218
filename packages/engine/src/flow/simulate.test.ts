import { describe, expect, it } from 'vitest';
import { compileFlow } from './compile.js';
import { simulateRoute } from './simulate.js';
import { approver, directory, flowOf, label, role, users } from './test-fixtures.js';
import type { FlowNode } from './types.js';

const nodes: FlowNode[] = [
  approver('manager', [{ kind: 'manager' }]),
  {
    id: 'mine',
    kind: 'branch',
    name: label('Submitted by a sales manager?'),
    branches: [{ id: 'by_manager', name: label('By a manager'), when: { fact: 'submitterRoles', operator: 'contains', value: 'sales_manager' }, nodes: [approver('director', [role('sales_director')])] }],
    otherwise: { id: 'by_others', name: label('By others'), nodes: [] },
  },
  { id: 'cc', kind: 'copy', name: label('cc'), to: [{ kind: 'field', field: 'salesperson' }] },
];
const flow = compileFlow(flowOf(nodes));

describe('simulateRoute', () => {
  it('lists node ids without a directory', () => {
    expect(simulateRoute(flow, {})).toEqual({
      nodeIds: ['manager', 'mine', 'cc'],
      steps: [
        { kind: 'approver', nodeId: 'manager', mode: 'or' },
        { kind: 'branch', nodeId: 'mine', branchId: 'by_others' },
        { kind: 'copy', nodeId: 'cc' },
      ],
      outcome: 'approved',
    });
  });

  it('names the people with a directory, and uses the submitter’s roles and manager', () => {
    const r = simulateRoute(flow, { salesperson: 'zhou' }, directory, 'sun');
    expect(r.nodeIds).toEqual(['manager', 'mine', 'director', 'cc']);
    expect(r.steps[0]).toEqual({ kind: 'approver', nodeId: 'manager', mode: 'or', approvers: ['wang'] });
    expect(r.steps[3]).toEqual({ kind: 'copy', nodeId: 'cc', to: ['zhou'] });
    // The last node does not copy the submitter, as the run does not: they are told the outcome.
    expect(simulateRoute(flow, { salesperson: 'sun' }, directory, 'sun').steps.at(-1)).toEqual({ kind: 'copy', nodeId: 'cc', to: [] });
  });

  it('shows the empty-approver policy, and a route that would be rejected', () => {
    const none = { roles: {}, managers: {}, admins: [] };
    const pass = compileFlow(flowOf([approver('a', [role('legal')], { whenEmpty: 'auto_approve' }), approver('b', [users('x')])]));
    expect(simulateRoute(pass, {}, none).steps[0]).toEqual({ kind: 'approver', nodeId: 'a', mode: 'or', approvers: [], whenEmpty: 'auto_approve' });
    const admins = compileFlow(flowOf([approver('a', [role('legal')], { whenEmpty: 'admin' })]));
    expect(simulateRoute(admins, {}, { ...none, admins: ['root'] }).steps[0]).toMatchObject({ approvers: ['root'], whenEmpty: 'admin' });
    const stop = compileFlow(flowOf([approver('a', [role('legal')], { whenEmpty: 'auto_reject' }), approver('b', [users('x')])]));
    expect(simulateRoute(stop, {}, none)).toMatchObject({ nodeIds: ['a'], outcome: 'rejected' });
  });
});
