import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { flowKind } from './kind.js';
import { approver, ctx, flowOf, label, role } from './test-fixtures.js';
import type { FlowDefinition } from './types.js';

const good: FlowDefinition = flowOf([
  {
    id: 'route',
    kind: 'branch',
    name: label('Route'),
    branches: [{ id: 'c', name: label('C'), when: { fact: 'grade', operator: 'equal', value: 'C' }, nodes: [approver('risk', [role('risk_officer')])] }],
    otherwise: { id: 'other', name: label('Other'), nodes: [approver('director', [role('sales_director')])] },
  },
]);

/** Replaces the value at a random place in a JSON tree, to make near-valid definitions. */
function mutate(v: unknown, path: number[], junk: unknown): unknown {
  if (path.length === 0 || v === null || typeof v !== 'object') return junk;
  const [head = 0, ...rest] = path;
  if (Array.isArray(v)) return v.length === 0 ? junk : v.map((x, i) => (i === head % v.length ? mutate(x, rest, junk) : x));
  const keys = Object.keys(v);
  if (keys.length === 0) return junk;
  const key = keys[head % keys.length] as string;
  return { ...(v as Record<string, unknown>), [key]: mutate((v as Record<string, unknown>)[key], rest, junk) };
}

describe('flowKind', () => {
  it('validates and compiles a good flow', () => {
    expect(flowKind.validate(good, ctx)).toEqual([]);
    expect([...flowKind.compile(good, ctx).nodes.keys()]).toEqual(['route', 'risk', 'director']);
  });

  it('refers to its form, and renames its own id and the form', () => {
    expect(flowKind.references(good)).toEqual([{ path: '/form', kind: 'form', id: 'credit_application' }]);
    const renamed = flowKind.renameReferences(good, (kind, id) => `${kind}_${id}`);
    expect(renamed).toMatchObject({ id: 'flow_test_flow', form: 'form_credit_application', nodes: good.nodes });
    expect(good.id).toBe('test_flow');
  });

  it('never throws on random or mutated definitions (10,000 of them)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.tuple(fc.array(fc.nat(), { maxLength: 8 }), fc.anything()).map(([path, junk]) => mutate(good, path, junk))), (input) => {
        const problems = flowKind.validate(input, ctx);
        expect(Array.isArray(problems)).toBe(true);
      }),
      { numRuns: 10_000 },
    );
  });

  it('finds a problem in every mutation that breaks the shape', () => {
    expect(flowKind.validate(mutate(good, [4, 0, 3, 0, 2], 'oops'), ctx).length).toBeGreaterThan(0);
  });
});
