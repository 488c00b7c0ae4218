import { describe, expect, it } from 'vitest';
import { copiesLookup, refreshesLookup } from './lookup-copy.js';
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

  it('copies a kept lookup again while the record meets its refreshWhen', () => {
    const checked: LookupField = { ...grade, refreshWhen: { fact: 'status', operator: 'equal', value: 'pending' } };
    expect(copiesLookup(checked, { customer: 'c1', status: 'pending' }, { customer: 'c1', status: 'approved' })).toBe(true);
    expect(copiesLookup(checked, { customer: 'c1', status: 'approved' }, { customer: 'c1', status: 'pending' })).toBe(false);
    expect(refreshesLookup(checked, { status: 'pending' })).toBe(true);
    expect(refreshesLookup({ ...checked, copy: 'on_write' }, { status: 'pending' })).toBe(false);
    expect(refreshesLookup(grade, { status: 'pending' })).toBe(false);
  });

  it('reads a formula in refreshWhen as stored, as a write leaves formulas out of what it sends', () => {
    const overLimit: LookupField = { ...grade, refreshWhen: { fact: 'over_limit', operator: 'equal', value: true } };
    expect(copiesLookup(overLimit, { customer: 'c1', amount: 2 }, { customer: 'c1', amount: 1, over_limit: true })).toBe(true);
    expect(copiesLookup(overLimit, { customer: 'c1', amount: 2 }, { customer: 'c1', amount: 1, over_limit: false })).toBe(false);
  });
});
