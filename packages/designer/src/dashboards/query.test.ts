import { describe, expect, it } from 'vitest';
import { filterQuery } from './query.js';

describe('filterQuery', () => {
  it('writes picked filters in the dashboard order and skips the rest', () => {
    expect(filterQuery(['region', 'industry', 'owner'], { owner: undefined, industry: 'steel', region: 'east' })).toBe('?filter%5Bregion%5D=east&filter%5Bindustry%5D=steel');
    expect(new URLSearchParams(filterQuery(['owner'], { owner: 'u 1&x' })).get('filter[owner]')).toBe('u 1&x');
    expect(filterQuery(['region'], { region: '' })).toBe('');
  });
});
