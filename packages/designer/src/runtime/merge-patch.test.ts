import { describe, expect, it } from 'vitest';
import { mergePatch } from './merge-patch.js';

describe('merge patch of a record edit', () => {
  it('sends changed and new fields, and null for cleared ones', () => {
    expect(mergePatch({ a: 1, b: 'x', c: 2 }, { a: 2, c: 2, d: true }, ['a', 'b', 'c', 'd'])).toEqual({ a: 2, b: null, d: true });
  });

  it('compares sub-table rows and lists by value', () => {
    const rows = [{ id: 'c1', name: '林芳' }];
    expect(mergePatch({ contacts: rows, tags: ['a'] }, { contacts: [{ id: 'c1', name: '林芳' }], tags: ['a'] }, ['contacts', 'tags'])).toEqual({});
    expect(mergePatch({ contacts: rows }, { contacts: [...rows, { name: '王磊' }] }, ['contacts'])).toEqual({ contacts: [...rows, { name: '王磊' }] });
  });

  it('leaves fields outside the keys alone, even when absent from the edit', () => {
    expect(mergePatch({ credit_limit: 5, name: 'A' }, { name: 'B' }, ['name'])).toEqual({ name: 'B' });
  });
});
