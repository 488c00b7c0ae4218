import { describe, it, expect } from 'vitest';
import { readRows, readValue } from './values.js';

describe('readValue', () => {
  it('keeps values of the right shape', () => {
    expect(readValue(12.5, 'number')).toBe(12.5);
    expect(readValue('x', 'text')).toBe('x');
    expect(readValue(false, 'boolean')).toBe(false);
    expect(readValue('2024-02-29', 'date')).toBe('2024-02-29');
    expect(readValue('2024-02-29T08:00:00+08:00', 'datetime')).toBe('2024-02-29T08:00:00+08:00');
    expect(readValue(['a', 1, 'b'], 'list')).toEqual(['a', 'b']);
  });

  it('reads anything else as null', () => {
    expect(readValue('12', 'number')).toBeNull();
    expect(readValue(Infinity, 'number')).toBeNull();
    expect(readValue(1, 'text')).toBeNull();
    expect(readValue('true', 'boolean')).toBeNull();
    expect(readValue('2024-02-30', 'date')).toBeNull();
    expect(readValue('2024-02-29', 'datetime')).toBeNull();
    expect(readValue('2024-02-29T25:00:00Z', 'datetime')).toBeNull();
    expect(readValue('2024-02-29T08:00:00+08:00', 'date')).toBeNull();
    expect(readValue('2024-02-29Tjunk', 'date')).toBeNull();
    expect(readValue('0000-01-01T07:00:00+08:00', 'datetime')).toBeNull();
    expect(readValue('a', 'list')).toBeNull();
    expect(readValue([], 'table')).toBeNull();
    expect(readValue(undefined, 'number')).toBeNull();
  });

  it('folds -0 into 0', () => {
    expect(Object.is(readValue(-0, 'number'), 0)).toBe(true);
  });
});

describe('readRows', () => {
  it('keeps object rows of a list only', () => {
    expect(readRows([{ a: 1 }, null, 3, [1], { b: 2 }])).toEqual([{ a: 1 }, { b: 2 }]);
    expect(readRows({ a: 1 })).toBeNull();
  });
});
