import { describe, it, expect } from 'vitest';
import { binaryKind, compileBinary, compileNegate } from './operators.js';
import type { FormulaValue } from './types.js';
import type { Scope } from './typing.js';

const scope: Scope = { record: {}, env: { today: '2024-05-01' } };
const apply = (op: Parameters<typeof compileBinary>[0], kind: string, a: FormulaValue, b: FormulaValue) =>
  compileBinary(op, kind, () => a, () => b)(scope);

describe('binaryKind', () => {
  it('types arithmetic, text joins and comparisons', () => {
    expect(binaryKind('*', { kind: 'number' }, { kind: 'number' })).toEqual({ kind: 'number' });
    expect(binaryKind('&', { kind: 'date' }, { kind: 'boolean' })).toEqual({ kind: 'text' });
    expect(binaryKind('<', { kind: 'datetime' }, { kind: 'datetime' })).toEqual({ kind: 'boolean' });
    expect(binaryKind('=', { kind: 'boolean' }, { kind: 'boolean' })).toEqual({ kind: 'boolean' });
  });

  it('explains mismatches', () => {
    expect(binaryKind('-', { kind: 'date' }, { kind: 'date' })).toMatchObject({ en: expect.stringContaining('DAYS') });
    expect(binaryKind('/', { kind: 'number' }, { kind: 'boolean' })).toMatchObject({ zh: expect.stringContaining('算术运算') });
    expect(binaryKind('>', { kind: 'boolean' }, { kind: 'boolean' })).toMatchObject({ en: expect.stringContaining('can be ordered') });
    expect(binaryKind('&', { kind: 'list' }, { kind: 'text' })).toMatchObject({ en: expect.stringContaining('single values') });
    expect(binaryKind('+', { kind: 'number', column: true }, { kind: 'number' })).toMatchObject({ en: expect.stringContaining('a column of numbers') });
  });
});

describe('compileBinary', () => {
  it('computes exactly and propagates null', () => {
    expect(apply('+', 'number', 0.1, 0.2)).toBe(0.3);
    expect(apply('/', 'number', 1, 0)).toBeNull();
    expect(apply('*', 'number', null, 2)).toBeNull();
    expect(apply('-', 'number', 2, null)).toBeNull();
  });

  it('joins text, reading blank as empty and booleans as TRUE/FALSE', () => {
    expect(apply('&', 'text', 'a', null)).toBe('a');
    expect(apply('&', 'number', 1.5, true)).toBe('1.5TRUE');
  });

  it('compares numbers, text, dates and date-times by their meaning', () => {
    expect(apply('<', 'number', 2, 10)).toBe(true);
    expect(apply('>=', 'number', 2, 2)).toBe(true);
    expect(apply('=', 'text', 'a', 'a')).toBe(true);
    expect(apply('<>', 'text', 'a', 'A')).toBe(true);
    expect(apply('<', 'date', '2024-02-01', '2024-10-01')).toBe(true);
    expect(apply('=', 'datetime', '2024-01-01T08:00:00+08:00', '2024-01-01T00:00:00Z')).toBe(true);
    expect(apply('<', 'datetime', '2024-01-01T09:00:00+09:00', '2024-01-01T01:00:00Z')).toBe(true);
    expect(apply('=', 'text', null, 'a')).toBeNull();
    expect(apply('<', 'date', 'not a date', '2024-01-01')).toBeNull();
    expect(apply('<', 'datetime', 'not a date-time', '2024-01-01T00:00:00Z')).toBeNull();
  });
});

describe('compileNegate', () => {
  it('negates numbers and keeps blank', () => {
    expect(compileNegate(() => 2.5)(scope)).toBe(-2.5);
    expect(Object.is(compileNegate(() => 0)(scope), 0)).toBe(true);
    expect(compileNegate(() => null)(scope)).toBeNull();
  });
});
