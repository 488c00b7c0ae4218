import { describe, it, expect } from 'vitest';
import type { FieldInfo } from '../core/catalog.js';
import { checkValue, isDate } from './value-check.js';

const field = (type: string, kind: FieldInfo['kind'], options?: string[]): FieldInfo => ({ id: 'f', type, kind, ...(options ? { options } : {}) });
const fits = (f: FieldInfo, v: unknown) => checkValue(f, v, '/v').length === 0;

describe('isDate', () => {
  it('accepts real calendar days only', () => {
    expect(isDate('2024-02-29')).toBe(true);
    expect(isDate('2025-02-29')).toBe(false);
    expect(isDate('2025-13-01')).toBe(false);
    expect(isDate('2025-1-01')).toBe(false);
    expect(isDate(20250101)).toBe(false);
  });
});

describe('checkValue', () => {
  it('lets null clear any field', () => {
    expect(fits(field('money', 'number'), null)).toBe(true);
  });

  it('holds money to fen and to its ceiling', () => {
    const money = field('money', 'number');
    expect(fits(money, 1234.56)).toBe(true);
    expect(fits(money, 0.1 + 0.2)).toBe(false);
    expect(fits(money, 1e13)).toBe(true);
    expect(fits(money, 1e13 + 1)).toBe(false);
  });

  it('checks each kind', () => {
    expect(fits(field('number', 'number'), Infinity)).toBe(false);
    expect(fits(field('percent', 'number'), 0.35)).toBe(true);
    expect(fits(field('text', 'text'), 3)).toBe(false);
    expect(fits(field('boolean', 'boolean'), 'true')).toBe(false);
    expect(fits(field('datetime', 'datetime'), '2025-03-01T09:00:00+08:00')).toBe(true);
    expect(fits(field('datetime', 'datetime'), '2025-03-01T09:00:00')).toBe(false);
    expect(fits(field('user', 'text'), '')).toBe(false);
    expect(fits(field('sub_table', 'table'), [{ a: 1 }])).toBe(true);
    expect(fits(field('sub_table', 'table'), [1])).toBe(false);
    expect(fits(field('formula', 'date'), '2025-03-01')).toBe(true);
  });

  it('names the options a select value is not among', () => {
    const select = field('multi_select', 'list', ['east', 'north']);
    expect(checkValue(select, ['east', 'nort'], '/v')).toMatchObject([{ code: 'ruleset.value.option', message: '"nort" is not an option of "f". Did you mean "north"?' }]);
    expect(checkValue(field('single_select', 'text', ['a']), 'b', '/v')).toMatchObject([{ code: 'ruleset.value.option' }]);
  });

  it('says what the value should have been', () => {
    expect(checkValue(field('date', 'date'), '01/03/2025', '/v')[0]?.message).toBe('"01/03/2025" does not fit "f": it must be a date written YYYY-MM-DD.');
  });
});
