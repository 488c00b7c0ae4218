import { describe, expect, it } from 'vitest';
import { copyJson, isPlainObject, sameJson } from './json.js';

describe('json', () => {
  it('copies JSON deeply, undefined as undefined', () => {
    const rows = [{ name: 'x', tags: ['a'] }];
    const copy = copyJson(rows);
    expect(copy).toEqual(rows);
    expect(copy[0]).not.toBe(rows[0]);
    expect(copy[0]?.tags).not.toBe(rows[0]?.tags);
    expect(copyJson(undefined)).toBeUndefined();
    expect(copyJson(null)).toBeNull();
  });

  it('tells plain objects from arrays and null', () => {
    expect(isPlainObject({ a: 1 })).toBe(true);
    expect(isPlainObject([])).toBe(false);
    expect(isPlainObject(null)).toBe(false);
    expect(isPlainObject('x')).toBe(false);
  });

  it('compares JSON values whatever order their keys come in', () => {
    expect(sameJson({ a: 1, rows: [{ x: 'y', n: null }] }, { rows: [{ n: null, x: 'y' }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(sameJson({ a: 1 }, { b: 1 })).toBe(false);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson([1], { 0: 1 })).toBe(false);
    expect(sameJson({}, [])).toBe(false);
    expect(sameJson('1', 1)).toBe(false);
    expect(sameJson(null, {})).toBe(false);
    expect(sameJson(new Date(1), new Date(2))).toBe(false);
    expect(sameJson(new Date(1), {})).toBe(false);
  });
});
