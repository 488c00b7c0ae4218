import { describe, expect, it } from 'vitest';
import { moveById, removeById, replaceById, uniqueId } from './ids.js';

const items = [{ id: 'a', n: 1 }, { id: 'b', n: 2 }, { id: 'c', n: 3 }];

describe('uniqueId', () => {
  it('takes the first free number', () => {
    expect(uniqueId('factor', [])).toBe('factor_1');
    expect(uniqueId('factor', ['factor_1', 'factor_3'])).toBe('factor_2');
  });
});

describe('replaceById / removeById', () => {
  it('replaces and removes by id, keeping the array when the id is unknown', () => {
    expect(replaceById(items, 'b', (x) => ({ ...x, n: 20 })).map((x) => x.n)).toEqual([1, 20, 3]);
    expect(replaceById(items, 'zz', (x) => x)).toBe(items);
    expect(removeById(items, 'a').map((x) => x.id)).toEqual(['b', 'c']);
    expect(removeById(items, 'zz')).toBe(items);
  });
});

describe('moveById', () => {
  it('moves down and up like arrayMove', () => {
    expect(moveById(items, 'a', 'c').map((x) => x.id)).toEqual(['b', 'c', 'a']);
    expect(moveById(items, 'c', 'a').map((x) => x.id)).toEqual(['c', 'a', 'b']);
    expect(moveById(items, 'b', 'c').map((x) => x.id)).toEqual(['a', 'c', 'b']);
  });

  it('is a no-op onto itself or for unknown ids', () => {
    expect(moveById(items, 'a', 'a')).toBe(items);
    expect(moveById(items, 'a', 'zz')).toBe(items);
  });
});
