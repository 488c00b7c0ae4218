import { describe, expect, it } from 'vitest';
import { emptyContext } from '../core/context.js';
import { formCatalog } from './catalog.js';
import { formOf, label as t } from './test-kit.js';
import type { FieldDefinition, ReferenceFilter } from './types.js';
import { validateForm } from './validate.js';

const receivable = formOf([
  { id: 'invoice_no', type: 'text', label: t('Invoice') },
  { id: 'customer', type: 'reference', target: 'customer', label: t('Customer') },
  { id: 'status', type: 'single_select', label: t('Status'), options: [{ id: 'open', label: t('Open') }, { id: 'paid', label: t('Paid') }] },
  { id: 'amount', type: 'money', label: t('Amount') },
  { id: 'tags', type: 'multi_select', label: t('Tags'), options: [{ id: 'x', label: t('X') }] },
], 'receivable');
const ctx = { ...emptyContext(), forms: new Map([['customer', new Map()], ['receivable', formCatalog(receivable)], ['order', new Map()]]) };

/** A payment whose receivable has `filter`; its own customer, order and a lookup to compare with. */
const payment = (filter: readonly unknown[], extra: FieldDefinition[] = []) => formOf([
  { id: 'customer', type: 'reference', target: 'customer', label: t('Customer') },
  { id: 'order', type: 'reference', target: 'order', label: t('Order') },
  { id: 'receivable', type: 'reference', target: 'receivable', label: t('Receivable'), filter: filter as ReferenceFilter[] },
  { id: 'customer_name', type: 'lookup', label: t('Name'), via: 'receivable', field: 'invoice_no', resultType: 'text' },
  ...extra,
], 'payment');
const problems = (filter: readonly unknown[], extra?: FieldDefinition[]) => validateForm(payment(filter, extra), ctx);
const where = (filter: readonly unknown[], extra?: FieldDefinition[]) => problems(filter, extra).map((p) => `${p.path} ${p.code}`);

describe('a reference field\'s filter', () => {
  it('accepts a target field compared with a field of this form holding the same, or with a constant of the field', () => {
    expect(where([{ field: 'customer', sameAs: 'customer' }, { field: 'status', operator: 'notEqual', value: 'paid' }, { field: 'amount', operator: 'in', value: [1, 2] }])).toEqual([]);
  });

  it('names the target\'s field it lacks, with the nearest it has, and one holding several values', () => {
    const [p] = problems([{ field: 'custome', sameAs: 'customer' }]);
    expect(p).toMatchObject({ path: '/fields/2/filter/0/field', code: 'field.derived.unknown', message: 'Form "receivable" has no field "custome". Did you mean "customer"?' });
    expect(where([{ field: 'tags', operator: 'equal', value: 'x' }])).toEqual(['/fields/2/filter/0/field field.filter.kind']);
  });

  it('refuses a sameAs this form lacks or computes, and one that can never be the same', () => {
    expect(where([{ field: 'customer', sameAs: 'client' }])).toEqual(['/fields/2/filter/0/sameAs field.derived.unknown']);
    expect(where([{ field: 'invoice_no', sameAs: 'customer_name' }])).toEqual(['/fields/2/filter/0/sameAs field.filter.sameAs']);
    const [other] = problems([{ field: 'customer', sameAs: 'order' }]);
    expect(other).toMatchObject({ path: '/fields/2/filter/0/sameAs', code: 'field.filter.sameAs' });
    expect(other?.message).toBe('"customer" holds a reference to customer and "order" holds a reference to order, so they are never the same: pick a field of this form that holds a reference to customer.');
    expect(other?.messageZh).toContain('关联到 customer 的记录');
    expect(where([{ field: 'amount', sameAs: 'customer' }])).toEqual(['/fields/2/filter/0/sameAs field.filter.sameAs']);
  });

  it('compares options only with options, as the form designer offers them (sameAsMismatch)', () => {
    const own: FieldDefinition[] = [{ id: 'note', type: 'text', label: t('Note') }, { id: 'stage', type: 'single_select', label: t('Stage'), options: [{ id: 'open', label: t('Open') }] }];
    expect(where([{ field: 'status', sameAs: 'stage' }], own)).toEqual([]);
    expect(where([{ field: 'status', sameAs: 'note' }, { field: 'invoice_no', sameAs: 'stage' }], own)).toEqual(['/fields/2/filter/0/sameAs field.filter.sameAs', '/fields/2/filter/1/sameAs field.filter.sameAs']);
    expect(problems([{ field: 'status', sameAs: 'note' }], own)[0]?.message).toBe('"status" holds an option and "note" holds a text, so they are never the same: pick a field of this form that holds an option.');
  });

  it('refuses a constant that is not one of a select\'s options, or not of the field\'s kind, as conditions do', () => {
    const [p] = problems([{ field: 'status', operator: 'equal', value: 'payed' }]);
    expect(p).toMatchObject({ path: '/fields/2/filter/0/value', code: 'condition.value.option' });
    expect(p?.message).toContain('Did you mean "paid"?');
    expect(where([{ field: 'amount', operator: 'equal', value: 'lots' }, { field: 'status', operator: 'in', value: 'open' }, { field: 'status', operator: 'equal', value: { fact: 'x' } }])).toEqual([
      '/fields/2/filter/0/value condition.value.kind',
      '/fields/2/filter/1/value condition.value.list',
      '/fields/2/filter/2/value field.filter.value',
    ]);
  });

  it('asks for exactly one way to compare, and is malformed data, never a crash', () => {
    expect(where([{ field: 'customer' }, { field: 'customer', sameAs: 'customer', operator: 'equal', value: 'x' }, { field: 'status', operator: 'equal' }])).toEqual([
      '/fields/2/filter/0 field.filter.shape',
      '/fields/2/filter/1 field.filter.shape',
      '/fields/2/filter/2 field.filter.shape',
    ]);
    for (const bad of ['x', [1], [{ field: 'status', operator: 'like', value: 'o' }], [{ field: 'status', sameAs: 3 }], [{ field: 'a', sameAs: 'b', extra: 1 }]]) {
      const found = validateForm({ ...payment([]), fields: payment([]).fields.map((f) => (f.id === 'receivable' ? { ...f, filter: bad } : f)) }, ctx);
      expect(found.length, JSON.stringify(bad)).toBeGreaterThan(0);
      expect(found.every((f) => f.path.startsWith('/fields/2/filter'))).toBe(true);
    }
  });

  it('is not for a sub-table column', () => {
    const column = { id: 'lines', type: 'sub_table', label: t('Lines'), columns: [{ id: 'r', type: 'reference', target: 'receivable', label: t('R'), filter: [{ field: 'customer', sameAs: 'customer' }] }] } as FieldDefinition;
    expect(where([], [column])).toEqual(['/fields/4/columns/0/filter field.filter.column']);
  });
});
