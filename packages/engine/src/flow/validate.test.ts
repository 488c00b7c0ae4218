import { describe, expect, it } from 'vitest';
import { emptyContext } from '../core/context.js';
import { approver, ctx, flowOf, label, role, users } from './test-fixtures.js';
import type { BranchNode, FlowNode } from './types.js';
import { validateFlow } from './validate.js';

const codes = (input: unknown) => validateFlow(input, ctx).map((p) => `${p.path} ${p.code}`);
const branch = (id: string, branches: BranchNode['branches'], otherwise: FlowNode[] | null = []): BranchNode =>
  ({ id, kind: 'branch', name: label(id), branches, ...(otherwise === null ? {} : { otherwise: { id: `${id}_else`, name: label('else'), nodes: otherwise } }) }) as BranchNode;
const when = (grade: string) => ({ fact: 'grade', operator: 'equal' as const, value: grade });

describe('validateFlow', () => {
  it('checks the shape first, with every problem placed', () => {
    expect(codes({ kind: 'flow', id: '1x', name: label('x'), form: 'credit_application', nodes: [{ kind: 'approver', id: 'a' }, { kind: 'robot', id: 'b' }] }).sort()).toEqual([
      '/id schema.pattern',
      '/nodes/0/approvers schema.required',
      '/nodes/0/mode schema.required',
      '/nodes/0/name schema.required',
      '/nodes/0/whenEmpty schema.required',
      '/nodes/1/kind schema.enum',
    ]);
  });

  it('never throws on junk, and refuses absurd nesting before recursing', () => {
    for (const junk of [null, 1, 'flow', [], {}, { nodes: [null] }]) expect(validateFlow(junk, ctx).length).toBeGreaterThan(0);
    let deep: unknown = {};
    for (let i = 0; i < 5000; i++) deep = { all: [deep] };
    expect(codes(deep)).toEqual(['/all/0 schema.depth']);
  });

  it('reports an unknown form and skips field checks it cannot make', () => {
    const p = validateFlow({ ...flowOf([approver('a', [{ kind: 'field', field: 'nope' }])]), form: 'credit_aplication' }, ctx);
    expect(p.map((x) => x.code)).toEqual(['flow.form.unknown']);
    expect(p[0]?.message).toContain('Did you mean "credit_application"?');
  });

  it('finds duplicate and reserved ids across nodes and branches', () => {
    expect(codes(flowOf([approver('a', [users('x')]), branch('b', [{ id: 'a', name: label('A'), when: when('A'), nodes: [approver('submitter', [users('y')])] }])]))).toEqual([
      '/nodes/1/branches/0/id flow.id.duplicate',
      '/nodes/1/branches/0/nodes/0/id flow.id.reserved',
    ]);
  });

  it('finds empty branch lists, missing defaults and branches without a condition', () => {
    expect(codes(flowOf([approver('a', [users('x')]), branch('b', [], null)]))).toEqual(['/nodes/1/branches flow.branch.empty', '/nodes/1/otherwise flow.branch.otherwise.missing']);
    expect(codes(flowOf([approver('a', [users('x')]), branch('b', [{ id: 'c', name: label('C'), when: { all: [] }, nodes: [] }])]))).toEqual([
      '/nodes/1/branches/0/when flow.branch.when.empty',
      '/nodes/1/otherwise flow.branch.otherwise.unreachable',
    ]);
  });

  it('finds branches that can never be taken', () => {
    const b = branch('b', [
      { id: 'ab', name: label('A or B'), when: { fact: 'grade', operator: 'in', value: ['A', 'B'] }, nodes: [] },
      { id: 'a', name: label('A'), when: when('A'), nodes: [] },
      { id: 'small', name: label('Small'), when: { fact: 'amount', operator: 'lessThan', value: 500000 }, nodes: [] },
      { id: 'smaller', name: label('Smaller'), when: { all: [{ fact: 'amount', operator: 'lessThanInclusive', value: 300000 }, when('C')] }, nodes: [] },
      { id: 'again', name: label('Again'), when: { fact: 'amount', operator: 'lessThan', value: 500000, name: 'dup' } as never, nodes: [] },
    ]);
    const problems = validateFlow(flowOf([approver('x', [users('u')]), b]), ctx);
    expect(problems.map((p) => `${p.path} ${p.code}`)).toEqual(['/nodes/1/branches/1 flow.branch.unreachable', '/nodes/1/branches/3 flow.branch.unreachable', '/nodes/1/branches/4 flow.branch.unreachable']);
    expect(problems[0]?.message).toBe('Branch "A" can never be taken: every record it matches already goes to the earlier branch "A or B". Move it above "A or B" or narrow that branch\'s condition.');
  });

  it('checks conditions against the form fields and the flow facts', () => {
    const b = branch('b', [
      { id: 'typo', name: label('Typo'), when: { fact: 'grdae', operator: 'equal', value: 'A' }, nodes: [] },
      { id: 'mine', name: label('Mine'), when: { fact: 'submitterRoles', operator: 'contains', value: 'sales_manager' }, nodes: [] },
    ]);
    const p = validateFlow(flowOf([approver('x', [users('u')]), b]), ctx);
    expect(p.map((x) => `${x.path} ${x.code}`)).toEqual(['/nodes/1/branches/0/when/fact condition.fact.unknown']);
    expect(p[0]?.message).toContain('Did you mean "grade"?');
  });

  it('finds empty approver lists, unknown roles and fields that are not user fields', () => {
    const p = validateFlow(
      flowOf([
        approver('a', []),
        approver('b', [role('risk_oficer'), { kind: 'users', users: [] }, { kind: 'field', field: 'amount' }, { kind: 'field', field: 'salesperon' }]),
        { id: 'cc', kind: 'copy', name: label('cc'), to: [] },
      ]),
      ctx,
    );
    expect(p.map((x) => `${x.path} ${x.code}`)).toEqual([
      '/nodes/0/approvers flow.approvers.empty',
      '/nodes/1/approvers/0/role flow.role.unknown',
      '/nodes/1/approvers/1/users flow.users.empty',
      '/nodes/1/approvers/2/field flow.field.not_user',
      '/nodes/1/approvers/3/field flow.field.unknown',
      '/nodes/2/to flow.copy.empty',
    ]);
    expect(p[1]?.message).toBe('Role "risk_oficer" does not exist. Did you mean "risk_officer"?');
    expect(p[3]?.message).toContain('User fields: salesperson.');
    expect(p[4]?.message).toContain('Did you mean "salesperson"?');
  });

  it('finds editable fields that do not exist, are computed, or repeat', () => {
    expect(codes(flowOf([approver('a', [users('x')], { editableFields: ['approved_amount', 'aproved_amount', 'available_credit', 'approved_amount'] })]))).toEqual([
      '/nodes/0/editableFields/1 flow.editable.unknown',
      '/nodes/0/editableFields/2 flow.editable.computed',
      '/nodes/0/editableFields/3 flow.editable.duplicate',
    ]);
  });

  it('finds bad timeouts', () => {
    expect(codes(flowOf([approver('a', [users('x')], { timeout: { hours: 0, action: 'remind' } })]))).toEqual(['/nodes/0/timeout/hours schema.minimum']);
    expect(codes(flowOf([approver('a', [users('x')], { timeout: { hours: 4, action: 'escalate' } })]))).toEqual(['/nodes/0/timeout/escalateTo flow.timeout.escalate_to.missing']);
    expect(codes(flowOf([approver('a', [users('x')], { timeout: { hours: 4, action: 'remind', escalateTo: [role('boss')] } })]))).toEqual(['/nodes/0/timeout/escalateTo flow.timeout.escalate_to.unused']);
    expect(codes(flowOf([approver('a', [users('x')], { timeout: { hours: 4, action: 'escalate', escalateTo: [role('bos')] } })]))).toEqual(['/nodes/0/timeout/escalateTo/0/role flow.role.unknown']);
  });

  it('reports branches nested deeper than the limit', () => {
    let nodes: FlowNode[] = [approver('leaf', [users('x')])];
    for (let i = 0; i < 21; i++) nodes = [branch(`b${i}`, [{ id: `c${i}`, name: label('c'), when: when('A'), nodes }])];
    expect(codes(flowOf(nodes))).toEqual(['/nodes/0' + '/branches/0/nodes/0'.repeat(20) + ' flow.nesting']);
  });

  it('finds flows with no nodes, or that never ask anyone', () => {
    expect(codes(flowOf([]))).toEqual(['/nodes flow.nodes.empty']);
    expect(codes(flowOf([{ id: 'cc', kind: 'copy', name: label('cc'), to: [users('x')] }]))).toEqual(['/nodes flow.approvers.none']);
  });

  it('says how to fix it in both languages', () => {
    const [p] = validateFlow(flowOf([approver('a', [role('nobody')])]), { ...emptyContext(), forms: ctx.forms });
    expect(p?.message).toBe('Role "nobody" does not exist. Create the role first.');
    expect(p?.messageZh).toBe('角色 "nobody" 不存在。请先创建该角色。');
  });
});
