import { describe, expect, it } from 'vitest';
import { copiesLookup } from './lookup-copy.js';
import { label } from './test-kit.js';
import type { LookupField } from './types.js';

const grade: LookupField = { id: 'customer_grade', type: 'lookup', label: label('Grade'), via: 'customer', field: 'credit_grade', resultType: 'text', copy: 'on_create' };

describe('copiesLookup', () => {
  it('copies an on_create lookup for a new record, and again only when its reference moves', () => {
    expect(copiesLookup(grade, { customer: 'c1' })).toBe(true);
    expect(copiesLookup(grade, { customer: 'c1', amount: 2 }, { customer: 'c1', amount: 1 })).toBe(false);
    expect(copiesLookup(grade, { customer: 'c2' }, { customer: 'c1' })).toBe(true);
    expect(copiesLookup(grade, {}, { customer: 'c1' })).toBe(true);
  });

  it('copies any other lookup on every write', () => {
    const { copy: _once, ...always } = grade;
    expect(copiesLookup(always, { customer: 'c1' }, { customer: 'c1' })).toBe(true);
    expect(copiesLookup({ ...grade, copy: 'on_write' }, { customer: 'c1' }, { customer: 'c1' })).toBe(true);
  });
});
