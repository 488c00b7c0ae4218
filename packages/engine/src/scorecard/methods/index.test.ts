import { describe, expect, it } from 'vitest';
import { factorMethods, methodSpec } from './index.js';

describe('factorMethods', () => {
  it('holds one spec per kind, each under its own kind', () => {
    expect(Object.keys(factorMethods).sort()).toEqual(['bands', 'formula', 'linear', 'lookup']);
    for (const [kind, spec] of Object.entries(factorMethods)) expect(spec.kind).toBe(kind);
  });

  it('finds the spec of a method', () => {
    expect(methodSpec({ kind: 'formula', formula: '1' })).toBe(factorMethods.formula);
  });
});
