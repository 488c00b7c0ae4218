import { describe, expect, it } from 'vitest';
import { copyJson, isEmpty, isPlainObject, sameValue } from './values.js';

describe('values', () => {
  it('counts absent, null, empty text and empty lists as empty, not 0 or false', () => {
    for (const v of [undefined, null, '', []]) expect(isEmpty(v)).toBe(true);
    for (const v of [0, false, ' ', [0], {}]) expect(isEmpty(v)).toBe(false);
  });

  it('tells objects from arrays and null', () => {
    expect(isPlainObject({})).toBe(true);
    expect(isPlainObject([])).toBe(false);
    expect(isPlainObject(null)).toBe(false);
  });

  it('compares JSON deeply, empties alike', () => {
    expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue(null, '')).toBe(true);
    expect(sameValue(0, '')).toBe(false);
  });

  it('copies deeply', () => {
    const rows = [{ name: 'x' }];
    const copy = copyJson(rows);
    expect(copy).toEqual(rows);
    expect(copy[0]).not.toBe(rows[0]);
  });
});
