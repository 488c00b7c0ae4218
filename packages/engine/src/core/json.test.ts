import { describe, expect, it } from 'vitest';
import { copyJson, isPlainObject } from './json.js';

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
});
