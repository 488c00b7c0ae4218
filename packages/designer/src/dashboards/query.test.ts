import { describe, expect, it } from 'vitest';
import type { FilterView } from './api.js';
import { filterQuery, filtersFromQuery } from './query.js';

const t = (en: string) => ({ en, 'zh-CN': en });
const filters: FilterView[] = [
  { id: 'region', label: t('Region'), kind: 'select', hidden: false, choices: [{ key: 'east', label: t('East') }, { key: 'south', label: t('South') }] },
  { id: 'owner', label: t('Salesperson'), kind: 'user', hidden: false, choices: [{ key: 'u1', label: t('Zhou') }] },
  { id: 'score', label: t('Score'), kind: 'select', hidden: true, choices: [] },
];

describe('filterQuery', () => {
  it('writes picked filters in the dashboard order and skips the rest', () => {
    expect(filterQuery(['region', 'industry', 'owner'], { owner: undefined, industry: 'steel', region: 'east' })).toBe('?filter%5Bregion%5D=east&filter%5Bindustry%5D=steel');
    expect(new URLSearchParams(filterQuery(['owner'], { owner: 'u 1&x' })).get('filter[owner]')).toBe('u 1&x');
    expect(filterQuery(['region'], { region: '' })).toBe('');
  });
});

describe('filtersFromQuery', () => {
  it('reads back what filterQuery wrote', () => {
    const values = { region: 'south', owner: 'u1' };
    expect(filtersFromQuery(new URLSearchParams(filterQuery(['region', 'owner'], values)), filters)).toEqual(values);
    expect(filtersFromQuery(new URLSearchParams(''), filters)).toEqual({});
  });

  it('leaves out unknown filters, values not among the choices, and hidden filters', () => {
    const search = new URLSearchParams({ 'filter[region]': 'west', 'filter[owner]': 'u1', 'filter[nope]': 'x', 'filter[score]': '', region: 'east' });
    expect(filtersFromQuery(search, filters)).toEqual({ owner: 'u1' });
    expect(filtersFromQuery(new URLSearchParams('filter[region]=%E0%A4%A'), filters)).toEqual({});
  });
});
