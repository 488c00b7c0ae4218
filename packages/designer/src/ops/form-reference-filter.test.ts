import type { FieldDefinition, FormDefinition, ReferenceField } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { fieldAt } from './form-fields.js';
import { isFilterable, newEntry, sameAsChoices, setFilterEntry } from './form-reference-filter.js';

const t = (en: string) => ({ 'zh-CN': en, en });
const receivable: readonly FieldDefinition[] = [
  { id: 'customer', type: 'reference', target: 'customer', label: t('Customer') },
  { id: 'status', type: 'single_select', label: t('Status'), options: [{ id: 'open', label: t('Open') }] },
  { id: 'tags', type: 'multi_select', label: t('Tags'), options: [] },
  { id: 'amount', type: 'money', label: t('Amount') },
];
const [customer, status, tags, amount] = receivable as [FieldDefinition, FieldDefinition, FieldDefinition, FieldDefinition];
const payment: FormDefinition = {
  kind: 'form',
  id: 'payment',
  name: t('Payment'),
  fields: [
    { id: 'customer', type: 'reference', target: 'customer', label: t('Customer') },
    { id: 'order', type: 'reference', target: 'order', label: t('Order') },
    { id: 'customer_copy', type: 'lookup', via: 'order', field: 'customer', resultType: 'text', label: t('Copy') },
    { id: 'receivable', type: 'reference', target: 'receivable', label: t('Receivable') },
  ],
  sections: [{ id: 'main', label: t('Main'), columns: 2, fields: ['customer', 'order', 'customer_copy', 'receivable'] }],
};
const filterOf = (def: FormDefinition) => (fieldAt(def, { id: 'receivable' }) as ReferenceField).filter;

describe('a reference filter in the form designer', () => {
  it('offers the target\'s fields holding one value, and the fields of this form that can be the same', () => {
    expect([customer, status, tags, amount].filter(isFilterable).map((f) => f.id)).toEqual(['customer', 'status', 'amount']);
    expect(sameAsChoices(payment, customer).map((f) => f.id)).toEqual(['customer']);
    expect(sameAsChoices(payment, amount)).toEqual([]);
    expect(sameAsChoices({ ...payment, fields: [...payment.fields, { id: 'note', type: 'text', label: t('Note') }] }, status)).toEqual([]);
  });

  it('starts an entry as the same as a field that fits, else as a value to choose', () => {
    expect(newEntry(payment, customer)).toEqual({ field: 'customer', sameAs: 'customer' });
    expect(newEntry(payment, status)).toEqual({ field: 'status', operator: 'equal', value: '' });
  });

  it('adds, replaces and removes entries, leaving no empty filter behind', () => {
    const one = setFilterEntry(payment, { id: 'receivable' }, 0, { field: 'customer', sameAs: 'customer' });
    const two = setFilterEntry(one, { id: 'receivable' }, 5, { field: 'status', operator: 'equal', value: 'open' });
    expect(filterOf(two)).toEqual([{ field: 'customer', sameAs: 'customer' }, { field: 'status', operator: 'equal', value: 'open' }]);
    expect(filterOf(setFilterEntry(two, { id: 'receivable' }, 1, { field: 'status', operator: 'notEqual', value: 'open' }))?.[1]).toEqual({ field: 'status', operator: 'notEqual', value: 'open' });
    const none = setFilterEntry(setFilterEntry(two, { id: 'receivable' }, 0, undefined), { id: 'receivable' }, 0, undefined);
    expect(fieldAt(none, { id: 'receivable' })).not.toHaveProperty('filter');
    expect(setFilterEntry(payment, { id: 'customer_copy' }, 0, { field: 'x', sameAs: 'y' })).toBe(payment);
  });
});
