import { describe, it, expect } from 'vitest';
import { checkFieldRef, checkKnown, REFERENCE_FIELD, USER_FIELD } from './refs.js';
import { receivableFields } from './test-kit.js';

describe('checkFieldRef', () => {
  it('accepts a field of a wanted type', () => {
    expect(checkFieldRef(receivableFields, 'salesperson', '/p', USER_FIELD)).toEqual([]);
    expect(checkFieldRef(receivableFields, 'amount', '/p')).toEqual([]);
  });

  it('names the fields that would do when the type is wrong', () => {
    expect(checkFieldRef(receivableFields, 'amount', '/p', REFERENCE_FIELD)).toEqual([
      { path: '/p', code: 'ruleset.field.type', message: '"amount" is a money field; it must be a reference field. Such fields: customer.', messageZh: '"amount" 是 money 类型的字段，这里需要关联字段。可选：customer。' },
    ]);
  });

  it('suggests a spelling for an unknown field, and says nothing without a catalog', () => {
    expect(checkFieldRef(receivableFields, 'salesperosn', '/p')[0]?.message).toBe('Unknown field "salesperosn". Did you mean "salesperson"?');
    expect(checkFieldRef(null, 'anything', '/p')).toEqual([]);
  });
});

describe('checkKnown', () => {
  it('lists what is known when nothing is close', () => {
    expect(checkKnown('scorecard', 'zzz', new Set(['credit_score', 'supplier_score']), '/s')[0]?.message).toBe('Unknown scorecard "zzz". Known: credit_score, supplier_score.');
  });

  it('accepts a known id, from a set or a map', () => {
    expect(checkKnown('form', 'receivable', new Map([['receivable', 1]]), '/form')).toEqual([]);
  });
});
