import { describe, it, expect } from 'vitest';
import { describeType, isScalar } from './typing.js';

describe('describeType', () => {
  it('names kinds and columns in both languages', () => {
    expect(describeType({ kind: 'number' }, 'en')).toBe('a number');
    expect(describeType({ kind: 'number', column: true }, 'en')).toBe('a column of numbers');
    expect(describeType({ kind: 'date' }, 'zh')).toBe('日期');
    expect(describeType({ kind: 'text', column: true }, 'zh')).toBe('子表的文本列');
  });
});

describe('isScalar', () => {
  it('is true for single values only', () => {
    expect(isScalar({ kind: 'boolean' })).toBe(true);
    expect(isScalar({ kind: 'list' })).toBe(false);
    expect(isScalar({ kind: 'table' })).toBe(false);
    expect(isScalar({ kind: 'number', column: true })).toBe(false);
  });
});
