import { describe, expect, it } from 'vitest';
import { isEmpty, sameValue } from './values.js';

describe('values', () => {
  it('counts absent, null, empty text and empty lists as empty, not 0 or false', () => {
    for (const v of [undefined, null, '', []]) expect(isEmpty(v)).toBe(true);
    for (const v of [0, false, ' ', [0], {}]) expect(isEmpty(v)).toBe(false);
  });

  it('compares JSON deeply, empties alike', () => {
    expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue(null, '')).toBe(true);
    expect(sameValue(0, '')).toBe(false);
  });
});
