import { describe, expect, it } from 'vitest';
import { compileFlow, walkNodes, type Visit } from './compile.js';
import type { FlowNode } from './types.js';
import { approver, flowOf, label, users } from './test-fixtures.js';

describe('compileFlow', () => {
  it('indexes nodes and compiles each route’s condition, the default last and without one', () => {
    const flow = compileFlow(
      flowOf([
        {
          id: 'b',
          kind: 'branch',
          name: label('b'),
          branches: [{ id: 'c', name: label('C'), when: { fact: 'grade', operator: 'equal', value: 'C' }, nodes: [approver('risk', [users('zhao')])] }],
          otherwise: { id: 'o', name: label('o'), nodes: [] },
        },
        approver('end', [users('wang')]),
      ]),
    );
    expect(flow.first).toBe('b');
    const lanes = flow.nodes.get('b')?.lanes ?? [];
    expect(lanes.map((l) => [l.id, l.first, l.when === undefined])).toEqual([
      ['c', 'risk', false],
      ['o', null, true],
    ]);
    expect(lanes[0]?.when?.({ grade: 'C' })).toBe(true);
    expect(lanes[0]?.when?.({ grade: 'A' })).toBe(false);
    expect(flow.nodes.get('risk')).toMatchObject({ path: '/nodes/0/branches/0/nodes/0', next: 'end' });
  });

  it('compiles an empty flow to one that starts nowhere', () => {
    expect(compileFlow(flowOf([])).first).toBeNull();
  });
});

describe('walkNodes', () => {
  it('visits parents first and links each node to what follows it, out of nested routes too', () => {
    const nodes: FlowNode[] = [
      {
        id: 'b',
        kind: 'branch',
        name: label('b'),
        branches: [{ id: 'x', name: label('x'), when: { fact: 'grade', operator: 'equal', value: 'A' }, nodes: [approver('x1', [users('u')]), approver('x2', [users('u')])] }],
        otherwise: { id: 'o', name: label('o'), nodes: [approver('o1', [users('u')])] },
      },
      approver('last', [users('u')]),
    ];
    const seen: Visit[] = [];
    walkNodes(nodes, '/nodes', (v) => seen.push(v));
    expect(seen.map((v) => [v.node.id, v.path, v.next, v.depth])).toEqual([
      ['b', '/nodes/0', 'last', 0],
      ['x1', '/nodes/0/branches/0/nodes/0', 'x2', 1],
      ['x2', '/nodes/0/branches/0/nodes/1', 'last', 1],
      ['o1', '/nodes/0/otherwise/nodes/0', 'last', 1],
      ['last', '/nodes/1', null, 0],
    ]);
  });
});
