import { emptyContext, formCatalog, validateFlow } from '@heng/engine';
import type { FlowDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { creditApplication, creditApproval as flow, flowRoles } from '../samples/credit-approval.js';
import { insertNode, removeNode, rename, setApprover, setCopyTo } from './flow.js';
import { approverFields, branchFacts, branchValues, findLane, findNode, flowIds, problemsById } from './flow-tree.js';

const ctx = { ...emptyContext(), forms: new Map([['credit_application', formCatalog(creditApplication)]]), roles: new Set(flowRoles) };
const mainIds = (d: FlowDefinition) => d.nodes.map((n) => n.id);
const laneIds = (d: FlowDefinition, lane: string) => {
  const route = d.nodes[0];
  if (route?.kind !== 'branch') throw new Error('no branch');
  return (route.otherwise.id === lane ? route.otherwise : route.branches.find((b) => b.id === lane))?.nodes.map((n) => n.id);
};

describe('insertNode', () => {
  it('inserts after a node of the main lane, or at its start, with a fresh id', () => {
    const { def, id } = insertNode(flow, null, 'route', 'approver');
    expect(id).toBe('approver_1');
    expect(mainIds(def)).toEqual(['route', 'approver_1', 'cc_sales']);
    expect(mainIds(insertNode(def, null, null, 'copy').def)).toEqual(['copy_1', 'route', 'approver_1', 'cc_sales']);
    expect(mainIds(flow)).toEqual(['route', 'cc_sales']);
  });

  it('inserts inside a branch lane and numbers past ids already taken', () => {
    const once = insertNode(flow, 'grade_d', 'd_risk_finance', 'approver');
    const twice = insertNode(once.def, 'other', null, 'approver');
    expect(twice.id).toBe('approver_2');
    expect(laneIds(twice.def, 'grade_d')).toEqual(['d_risk_finance', 'approver_1', 'd_boss']);
    expect(laneIds(twice.def, 'other')).toEqual(['approver_2', 'director_first', 'finance_second']);
  });

  it('adds a branch node with one condition and the otherwise lane', () => {
    const when = { fact: 'grade', operator: 'equal', value: 'B' } as const;
    const { def, id } = insertNode(flow, 'grade_c', 'risk_finance', 'branch', when);
    expect(findNode(def, id)).toMatchObject({ kind: 'branch', branches: [{ id: 'condition_1', when, nodes: [] }], otherwise: { id: 'otherwise_1', nodes: [] } });
  });

  it('leaves the flow alone when the position is unknown', () => {
    expect(insertNode(flow, null, 'nowhere', 'copy').def).toBe(flow);
    expect(insertNode(flow, 'no_lane', null, 'copy').def).toBe(flow);
  });

  it('keeps a valid flow valid when an approver with a role is added', () => {
    const { def, id } = insertNode(flow, null, 'route', 'approver');
    expect(validateFlow(def, ctx).map((p) => p.path)).not.toEqual([]);
    expect(validateFlow(setApprover(def, id, { approvers: [{ kind: 'role', role: 'legal' }] }), ctx)).toEqual([]);
  });
});

describe('removeNode', () => {
  it('removes a node anywhere, a branch node with everything in it', () => {
    expect(laneIds(removeNode(flow, 'd_boss'), 'grade_d')).toEqual(['d_risk_finance']);
    const def = removeNode(flow, 'route');
    expect(mainIds(def)).toEqual(['cc_sales']);
    expect(flowIds(def)).toEqual(['cc_sales']);
    expect(removeNode(flow, 'missing')).toBe(flow);
  });
});

describe('node properties', () => {
  it('sets mode, empty policy, timeout and editable fields; null and [] remove the optional ones', () => {
    const def = setApprover(flow, 'director_only', { mode: 'sequential', whenEmpty: 'auto_reject', timeout: { hours: 8, action: 'auto_approve' }, editableFields: ['amount'] });
    expect(findNode(def, 'director_only')).toMatchObject({ mode: 'sequential', whenEmpty: 'auto_reject', timeout: { hours: 8, action: 'auto_approve' }, editableFields: ['amount'] });
    const cleared = findNode(setApprover(def, 'director_only', { timeout: null, editableFields: [] }), 'director_only');
    expect(cleared).not.toHaveProperty('timeout');
    expect(cleared).not.toHaveProperty('editableFields');
  });

  it('sets approvers of an approver node and the recipients of a copy node, not across kinds', () => {
    const who = [{ kind: 'manager', levels: 2 }] as const;
    expect(findNode(setApprover(flow, 'd_boss', { approvers: who }), 'd_boss')).toMatchObject({ approvers: who });
    expect(findNode(setCopyTo(flow, 'cc_sales', who), 'cc_sales')).toMatchObject({ to: who });
    expect(setCopyTo(flow, 'd_boss', who)).toBe(flow);
  });

  it('renames nodes, branches and otherwise lanes', () => {
    const name = { en: 'X', 'zh-CN': '某' };
    for (const id of ['cc_sales', 'd_boss', 'grade_c', 'other']) {
      const def = rename(flow, id, name);
      expect(JSON.stringify(def)).toContain('"某"');
      expect(problemsById(def, []).size).toBe(0);
    }
    expect(rename(flow, 'missing', name)).toBe(flow);
  });
});

describe('problemsById', () => {
  it('places each problem on the deepest node or lane its pointer is inside', () => {
    const p = (path: string) => ({ path, code: 'x', message: 'm', messageZh: 'z' });
    const byId = problemsById(flow, [p('/nodes/0/branches/1/nodes/0/approvers/0/role'), p('/nodes/0/branches/2/when'), p('/nodes/0/otherwise/nodes/1'), p('/form')]);
    expect([...byId.keys()].sort()).toEqual(['', 'finance_second', 'grade_d', 'risk_finance']);
  });
});

describe('findLane', () => {
  it('finds branches and otherwise lanes with their branch node', () => {
    expect(findLane(flow, 'grade_c')).toMatchObject({ node: { id: 'route' }, branch: { id: 'grade_c' }, index: 1 });
    expect(findLane(flow, 'other')).toMatchObject({ node: { id: 'route' }, index: -1 });
    expect(findLane(flow, 'route')).toBeUndefined();
  });
});

describe('approverFields', () => {
  it('gathers the fields approvers fill in, wherever their node is', () => {
    expect([...approverFields(flow)]).toEqual(['approved_amount']);
    expect(approverFields({ ...flow, nodes: [] }).size).toBe(0);
  });
});

describe('branchValues', () => {
  it('gathers the text values branch conditions compare each fact with, once each, in order', () => {
    const values = branchValues(flow);
    expect(values.get('grade')).toEqual(['A', 'C', 'D']);
    expect(values.has('amount')).toBe(false);
    expect(branchValues({ ...flow, nodes: [] }).size).toBe(0);
  });
});

describe('branchFacts', () => {
  it('gathers every fact a branch condition reads, a field compared with included, and none an approver reads', () => {
    expect([...branchFacts(flow)].sort()).toEqual(['amount', 'grade']);
    const [route] = flow.nodes;
    if (route?.kind !== 'branch') throw new Error('no branch');
    const [first, ...rest] = route.branches;
    const compared = { ...route, branches: [{ ...first!, when: { all: [{ fact: 'amount', operator: 'greaterThan' as const, value: { fact: 'approved_amount' } }, { fact: 'customer', operator: 'isEmpty' as const, value: null }] } }, ...rest] };
    expect([...branchFacts({ ...flow, nodes: [compared] })].sort()).toEqual(['amount', 'approved_amount', 'customer', 'grade']);
    expect(branchFacts({ ...flow, nodes: [] }).size).toBe(0);
  });
});
