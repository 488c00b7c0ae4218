import { describe, expect, it } from 'vitest';
import { filterMessage } from './reference-filter-message.js';
import { applyFilter, failedEntry } from './reference-filter.js';
import { formOf, label as t } from './test-kit.js';
import type { ReferenceField, ReferenceFilter } from './types.js';

const filter: ReferenceFilter[] = [{ field: 'customer', sameAs: 'customer' }, { field: 'status', operator: 'notEqual', value: 'paid' }];

describe('applyFilter', () => {
  it('reads sameAs from this record, and waits for the fields still empty', () => {
    expect(applyFilter(filter, { customer: 'c1' })).toEqual({
      conditions: [{ fact: 'customer', operator: 'equal', value: 'c1' }, { fact: 'status', operator: 'notEqual', value: 'paid' }],
      waitingFor: [],
    });
    expect(applyFilter(filter, { customer: '' })).toEqual({ conditions: [undefined, { fact: 'status', operator: 'notEqual', value: 'paid' }], waitingFor: ['customer'] });
    // A value that is no value (an object sent in its place) is not read as a condition's { fact }.
    expect(applyFilter(filter, { customer: { fact: 'status' } }).waitingFor).toEqual(['customer']);
  });
});

describe('failedEntry', () => {
  it('gives the first entry the target record fails, or undefined when it matches', () => {
    expect(failedEntry(filter, { customer: 'c1', status: 'open' }, { customer: 'c1' })).toBeUndefined();
    expect(failedEntry(filter, { customer: 'c2', status: 'open' }, { customer: 'c1' })).toBe(0);
    expect(failedEntry(filter, { customer: 'c1', status: 'paid' }, { customer: 'c1' })).toBe(1);
    // notEqual holds for an empty value, as the records list filters it.
    expect(failedEntry(filter, { customer: 'c1' }, { customer: 'c1' })).toBeUndefined();
  });

  it('skips a sameAs whose field of this record is empty', () => {
    expect(failedEntry(filter, { customer: 'c2', status: 'open' }, {})).toBeUndefined();
    expect(failedEntry(filter, { customer: 'c2', status: 'paid' }, {})).toBe(1);
  });

  it('compares with a list by in', () => {
    const inList: ReferenceFilter[] = [{ field: 'status', operator: 'in', value: ['open', 'disputed'] }];
    expect(failedEntry(inList, { status: 'disputed' }, {})).toBeUndefined();
    expect(failedEntry(inList, { status: 'paid' }, {})).toBe(0);
  });
});

describe('filterMessage', () => {
  const receivable = { ...formOf([
    { id: 'customer', type: 'reference', target: 'customer', label: t('Customer', '客户') },
    { id: 'status', type: 'single_select', label: t('Status', '状态'), options: [{ id: 'open', label: t('Open', '未结清') }, { id: 'paid', label: t('Paid', '已结清') }] },
  ], 'receivable'), name: t('Receivable', '应收账款') };
  const payment = formOf([{ id: 'customer', type: 'reference', target: 'customer', label: t('Customer', '客户') }], 'payment');
  const field: ReferenceField = { id: 'receivable', type: 'reference', target: 'receivable', label: t('Receivable written off', '核销应收'), filter };

  it('names what failed by labels, and says to pick from the list', () => {
    expect(filterMessage(field, 0, receivable, payment)).toEqual({
      en: 'The receivable picked for "Receivable written off" has another customer than this record\'s "Customer": pick one from the list, which offers only those of the same customer.',
      'zh-CN': '"核销应收" 所选应收账款的客户与本记录的"客户"不同：请从列表中选择，列表只提供同一客户的记录。',
    });
    expect(filterMessage(field, 1, receivable, payment)).toEqual({
      en: '"Receivable written off" offers only receivable records whose status does not equal Paid: the one picked is not one. Pick one from the list.',
      'zh-CN': '"核销应收" 只提供状态不等于已结清的应收账款：所选记录不符合。请从列表中选择。',
    });
  });
});
