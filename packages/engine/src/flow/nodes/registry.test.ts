import { describe, expect, it } from 'vitest';
import { label } from '../test-fixtures.js';
import { NODE_KINDS, lanesOf, nodeKinds, specOf } from './registry.js';

describe('node registry', () => {
  it('has one spec per kind, each knowing its own kind', () => {
    expect(NODE_KINDS).toEqual(['approver', 'copy', 'branch']);
    for (const k of NODE_KINDS) expect(nodeKinds[k].kind).toBe(k);
  });

  it('dispatches by the node’s kind', () => {
    const copy = { id: 'cc', kind: 'copy' as const, name: label('cc'), to: [] };
    expect(specOf(copy)).toBe(nodeKinds.copy);
    expect(lanesOf(copy)).toEqual([]);
  });
});
