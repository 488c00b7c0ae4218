import type { ReferenceField } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { listQueryString } from '../runtime/list-query.js';
import { pickerFilter } from './reference-filter.js';

const t = (en: string) => ({ en, 'zh-CN': en });
const receivable: ReferenceField = {
  id: 'receivable', type: 'reference', target: 'receivable', label: t('Receivable'),
  filter: [{ field: 'customer', sameAs: 'customer' }, { field: 'status', operator: 'notEqual', value: 'paid' }, { field: 'stage', operator: 'in', value: ['none', 'due_7'] }],
};

describe('pickerFilter', () => {
  it('asks the records list for what the filter offers on this record\'s values', () => {
    const { filters, waitingFor } = pickerFilter(receivable, { customer: 'c1' });
    expect(waitingFor).toEqual([]);
    expect(decodeURIComponent(listQueryString({ filters }))).toBe('?filter[customer][eq]=c1&filter[status][ne]=paid&filter[stage][in]=none,due_7');
  });

  it('waits for this record\'s fields still empty, and asks nothing of them', () => {
    const { filters, waitingFor } = pickerFilter(receivable, { customer: '' });
    expect(waitingFor).toEqual(['customer']);
    expect(filters.map((f) => f.field)).toEqual(['status', 'stage']);
  });

  it('asks for nothing more without a filter', () => {
    expect(pickerFilter({ ...receivable, filter: undefined }, {})).toEqual({ filters: [], waitingFor: [] });
  });
});
