import { describe, expect, it } from 'vitest';
import { schemaChecker } from '../core/ajv.js';
import { flowSchema } from './schema.js';
import { approver, flowOf, label, users } from './test-fixtures.js';

const check = schemaChecker(flowSchema);

describe('flowSchema', () => {
  it('accepts nested branches with conditions', () => {
    const nested = flowOf([
      {
        id: 'b',
        kind: 'branch',
        name: label('b'),
        branches: [{ id: 'x', name: label('x'), when: { any: [{ fact: 'grade', operator: 'equal', value: 'A' }] }, nodes: [{ id: 'c', kind: 'copy', name: label('c'), to: [users('u')] }] }],
        otherwise: { id: 'o', name: label('o'), nodes: [approver('a', [users('u')])] },
      },
    ]);
    expect(check(nested)).toEqual([]);
  });

  it('reports errors of the node’s own kind only', () => {
    const bad = flowOf([{ id: 'c', kind: 'copy', name: label('c'), to: [users('u')], mode: 'or' } as never]);
    expect(check(bad).map((p) => `${p.path} ${p.code}`)).toEqual(['/nodes/0/mode schema.additionalProperties']);
  });

  it('checks conditions inside branches', () => {
    const bad = flowOf([{ id: 'b', kind: 'branch', name: label('b'), branches: [{ id: 'x', name: label('x'), when: { fact: 'grade', operator: 'like', value: 'A' }, nodes: [] }], otherwise: { id: 'o', name: label('o'), nodes: [] } } as never]);
    expect(check(bad).map((p) => `${p.path} ${p.code}`)).toEqual(['/nodes/0/branches/0/when/operator schema.enum']);
  });
});
