import type { FormDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { withLookups } from './lookups.js';

const t = (en: string) => ({ en, 'zh-CN': en });
const application = {
  kind: 'form', id: 'credit_application', name: t('Credit application'),
  fields: [
    { id: 'customer', type: 'reference', label: t('Customer'), target: 'customer' },
    { id: 'grade', type: 'lookup', label: t('Grade'), via: 'customer', field: 'grade', resultType: 'text', copy: 'on_create' },
    { id: 'limit', type: 'lookup', label: t('Limit'), via: 'customer', field: 'credit_limit', resultType: 'number' },
    { id: 'amount', type: 'money', label: t('Amount') },
  ],
  sections: [{ id: 'main', label: t('Main'), columns: 1, fields: ['customer', 'grade', 'limit', 'amount'] }],
} as FormDefinition;
const sources = new Map<string, Record<string, unknown> | null>([
  ['customer:c1', { grade: 'A', credit_limit: 500000 }],
  ['customer:c2', { grade: 'C' }],
  ['customer:gone', null],
]);

describe('lookups shown before saving', () => {
  it('copies from the record picked, as the server would on save', () => {
    expect(withLookups(application, { customer: 'c1', amount: 1 }, sources)).toEqual({ customer: 'c1', amount: 1, grade: 'A', limit: 500000 });
  });

  it('empties a lookup whose record is unpicked, unreadable, or lacks the field', () => {
    expect(withLookups(application, { grade: 'A', limit: 9 }, sources)).toEqual({});
    expect(withLookups(application, { customer: 'gone', grade: 'A' }, sources)).toEqual({ customer: 'gone' });
    expect(withLookups(application, { customer: 'c2', limit: 9 }, sources)).toEqual({ customer: 'c2', grade: 'C' });
  });

  it('keeps what the record holds while its source is loading', () => {
    expect(withLookups(application, { customer: 'c9', grade: 'B', limit: 7 }, sources)).toEqual({ customer: 'c9', grade: 'B', limit: 7 });
  });

  it('leaves a stored record’s copied-on-creation lookup as it was, and refreshes the others', () => {
    expect(withLookups(application, { customer: 'c1', grade: 'B', limit: 7 }, sources, { customer: 'c1', grade: 'B', limit: 7 })).toEqual({ customer: 'c1', grade: 'B', limit: 500000 });
  });

  it('copies a copied-on-creation lookup again once the record points at another record', () => {
    expect(withLookups(application, { customer: 'c2', grade: 'B', limit: 7 }, sources, { customer: 'c1', grade: 'B', limit: 7 })).toEqual({ customer: 'c2', grade: 'C' });
  });
});
