import type { DashboardDefinition } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { addFilter, removeFilter, updateFilter } from './filter-ops.js';

const t = (en: string, zh = en) => ({ en, 'zh-CN': zh });
const def: DashboardDefinition = { kind: 'dashboard', id: 'd', name: t('D'), filters: [], charts: [] };

describe('filter edits', () => {
  it('adds filters named after their field, then fresh ids', () => {
    const one = addFilter(def, 'customer', 'region');
    const two = addFilter(one, 'receivable', 'region');
    expect(two.filters).toEqual([{ id: 'region', field: 'region', form: 'customer' }, { id: 'region_1', field: 'region', form: 'receivable' }]);
    expect(def.filters).toEqual([]);
  });

  it('changes form and field together, and labels (an empty label is removed)', () => {
    const one = addFilter(def, 'customer', 'region');
    expect(updateFilter(one, 'region', { form: 'customer', field: 'industry' }).filters[0]).toEqual({ id: 'industry', field: 'industry', form: 'customer' });
    const two = addFilter(addFilter(one, 'customer', 'industry'), 'receivable', 'aging');
    expect(updateFilter(two, 'aging', { form: 'customer', field: 'industry' }).filters.map((f) => f.id)).toEqual(['region', 'industry', 'aging']);
    const labelled = updateFilter(one, 'region', { label: t('Area', '地区') });
    expect(labelled.filters[0]).toEqual({ id: 'region', field: 'region', form: 'customer', label: t('Area', '地区') });
    expect(updateFilter(labelled, 'region', { label: t(' ', '') }).filters[0]).toEqual({ id: 'region', field: 'region', form: 'customer' });
    expect(updateFilter(one, 'nope', { label: undefined })).toBe(one);
  });

  it('removes a filter, unchanged for an unknown id', () => {
    const one = addFilter(def, 'customer', 'region');
    expect(removeFilter(one, 'region').filters).toEqual([]);
    expect(removeFilter(one, 'nope')).toBe(one);
  });
});
