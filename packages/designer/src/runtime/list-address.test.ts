import { compileForm, customerCreditProfile } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { isTyping, listAddress, loadedOf, readListAddress, withLoaded } from './list-address.js';
import type { AddressRules, ListState } from './list-address.js';
import { filterableFields } from './list-query.js';

const fields = filterableFields(customerCreditProfile, compileForm(customerCreditProfile).accessFor(['salesperson']));
const rules: AddressRules = { fields, sortable: ['company_name', 'annual_sales', 'founded_on'], startSort: '-annual_sales' };
const read = (search: string) => readListAddress(new URLSearchParams(search), rules);

describe('a list in its address', () => {
  it('round-trips filters of every kind and a sort in the records API dialect', () => {
    const state: ListState = {
      filters: [
        { field: 'industry', op: 'eq', value: 'steel' },
        { field: 'region', op: 'in', value: ['east', 'south'] },
        { field: 'company_name', op: 'in', value: ['Zhou, Wu & Co.', 'C:\\x'] },
        { field: 'annual_sales', op: 'gte', value: 1000000 },
        { field: 'gross_margin', op: 'lt', value: 0.35 },
        { field: 'lawsuits_pending', op: 'eq', value: false },
        { field: 'recent_changes', op: 'contains', value: 'shareholders' },
        { field: 'founded_on', op: 'gt', value: '2010-01-01' },
        { field: 'region', op: 'empty', value: true },
        { field: 'annual_sales', op: 'filled', value: true },
      ],
      sort: 'company_name',
    };
    const search = listAddress(state, rules.startSort);
    expect(new URLSearchParams(search).get('filter[company_name][in]')).toBe('Zhou\\, Wu & Co.,C:\\\\x');
    expect(read(search)).toEqual({ ...state, ignored: [] });
  });

  it('keeps the form\'s own order out of the address, and names newest first when the user leaves it', () => {
    expect(listAddress({ filters: [], sort: '-annual_sales' }, '-annual_sales')).toBe('');
    expect(read('')).toEqual({ filters: [], sort: '-annual_sales', ignored: [] });
    expect(listAddress({ filters: [] }, '-annual_sales')).toBe('?sort=-createdAt');
    expect(read('sort=-createdAt').sort).toBeUndefined();
    expect(listAddress({ filters: [] })).toBe('');
  });

  it('reads an emptiness filter only as =true, as the server takes it', () => {
    expect(read('filter[industry][empty]=false&filter[region][filled]=1').ignored).toEqual(['filter[industry][empty]', 'filter[region][filled]']);
  });

  it('reads filter[field]=value as equals, as the server does', () => {
    expect(read('filter[industry]=steel').filters).toEqual([{ field: 'industry', op: 'eq', value: 'steel' }]);
  });

  it('leaves out and names what a hand-edited address asks that the user cannot have, without throwing', () => {
    const got = read(
      [
        'filter[industry][eq]=steel',
        'filter[industry][contains]=ste', // a select takes equals, not equals, one of
        'filter[industry][eq]=gold', // not an option
        'filter[region][in]=east,mars',
        'filter[annual_sales][gte]=lots',
        'filter[founded_on][lt]=2024-02-30',
        'filter[risk_notes][contains]=x', // hidden from a salesperson
        'filter[nope][eq]=1',
        'filter[[broken=1',
        'filter[company_name][like]=x',
        'filter[company_name][eq]=',
        'sort=-risk_notes',
        'utm_source=mail', // not the list's
      ].join('&'),
    );
    expect(got.filters).toEqual([{ field: 'industry', op: 'eq', value: 'steel' }]);
    expect(got.sort).toBe('-annual_sales');
    expect(got.ignored).toEqual([
      'filter[industry][contains]',
      'filter[industry][eq]',
      'filter[region][in]',
      'filter[annual_sales][gte]',
      'filter[founded_on][lt]',
      'filter[risk_notes][contains]',
      'filter[nope][eq]',
      'filter[[broken',
      'filter[company_name][like]',
      'filter[company_name][eq]',
      'sort',
    ]);
  });
});

describe('a value being typed', () => {
  const name = (value: unknown) => [{ field: 'industry', op: 'eq' as const, value: 'steel' }, { field: 'company_name', op: 'contains' as const, value }];

  it('is one filter\'s value grown or cut short', () => {
    expect(isTyping(name('宝'), name('宝钢'))).toBe(true);
    expect(isTyping(name('宝钢'), name('宝'))).toBe(true);
    expect(isTyping([{ field: 'annual_sales', op: 'gte', value: 100 }], [{ field: 'annual_sales', op: 'gte', value: 1000 }])).toBe(true);
  });

  it('is not a filter added, removed, changed to another value or operator, or options picked', () => {
    expect(isTyping(name('宝').slice(0, 1), name('宝'))).toBe(false);
    expect(isTyping(name('宝钢'), name('鞍钢'))).toBe(false);
    expect(isTyping(name('宝'), [name('宝')[0]!, { field: 'company_name', op: 'eq', value: '宝' }])).toBe(false);
    expect(isTyping([{ field: 'region', op: 'in', value: ['east'] }], [{ field: 'region', op: 'in', value: ['east', 'south'] }])).toBe(false);
    expect(isTyping(name('宝'), name('宝'))).toBe(false);
  });
});

describe('records loaded in the address', () => {
  it('reads how many records the list had loaded: at least a page, at most 1,000, a page for anything else', () => {
    const of = (q: string) => loadedOf(new URLSearchParams(q), 50);
    expect([of('rows=100'), of('rows=62'), of('rows=20'), of('rows=5000'), of('rows=abc'), of('rows=1.5'), of('')]).toEqual([100, 62, 50, 1000, 50, 50, 50]);
  });

  it('writes them over the list\'s filters and sort, and leaves out a page or less', () => {
    expect(withLoaded('?sort=-amount', 100, 50).toString()).toBe('sort=-amount&rows=100');
    expect(withLoaded('?sort=-amount&rows=100', 50, 50).toString()).toBe('sort=-amount');
  });
});
