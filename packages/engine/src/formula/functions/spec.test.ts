import { describe, it, expect } from 'vitest';
import { parseFormula } from '../parser.js';
import { accepts, constantNumber, describeParam } from './spec.js';

describe('accepts', () => {
  it('matches single values by kind', () => {
    expect(accepts('number', { kind: 'number' })).toBe(true);
    expect(accepts('number', { kind: 'text' })).toBe(false);
    expect(accepts('number', { kind: 'number', column: true })).toBe(false);
    expect(accepts('temporal', { kind: 'datetime' })).toBe(true);
    expect(accepts('temporal', { kind: 'number' })).toBe(false);
  });

  it('takes any field value but no sub-table for any', () => {
    expect(accepts('any', { kind: 'list' })).toBe(true);
    expect(accepts('any', { kind: 'table' })).toBe(false);
    expect(accepts('any', { kind: 'text', column: true })).toBe(false);
  });

  it('takes columns only where an aggregate expects them', () => {
    expect(accepts('numbers', { kind: 'number', column: true })).toBe(true);
    expect(accepts('numbers', { kind: 'number' })).toBe(true);
    expect(accepts('number-column', { kind: 'number' })).toBe(false);
    expect(accepts('number-column', { kind: 'text', column: true })).toBe(false);
    expect(accepts('rows', { kind: 'table' })).toBe(true);
    expect(accepts('rows', { kind: 'text', column: true })).toBe(true);
    expect(accepts('rows', { kind: 'text' })).toBe(false);
  });
});

describe('describeParam', () => {
  it('says what is expected in both languages', () => {
    expect(describeParam('number-column', 'en')).toBe('a column of numbers (table.column)');
    expect(describeParam('temporal', 'zh')).toBe('日期或日期时间');
  });
});

describe('constantNumber', () => {
  it('reads written numbers, negated or not, and nothing computed', () => {
    expect(constantNumber(parseFormula('2').ast)).toBe(2);
    expect(constantNumber(parseFormula('-4').ast)).toBe(-4);
    expect(constantNumber(parseFormula('--4').ast)).toBe(4);
    expect(constantNumber(parseFormula('1 + 1').ast)).toBeUndefined();
    expect(constantNumber(parseFormula('digits').ast)).toBeUndefined();
    expect(constantNumber(undefined)).toBeUndefined();
  });
});
