import { describe, it, expect } from 'vitest';
import type { FieldInfo } from '../core/catalog.js';
import { checkValue } from './value-check.js';

const field = (type: string, kind: FieldInfo['kind'], options?: string[]): FieldInfo => ({ id: 'f', type, kind, ...(options ? { options } : {}) });
const fits = (f: FieldInfo, v: unknown) => checkValue(f, v, '/v').length === 0;

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
    expect(fits(field('date', 'date'), '0050-03-01')).toBe(true);
    expect(fits(field('date', 'date'), '2025-02-29')).toBe(false);
  });

  it('names the options a select value is not among', () => {
    const select = field('multi_select', 'list', ['east', 'north']);
    expect(checkValue(select, ['east', 'nort'], '/v')).toMatchObject([{ code: 'ruleset.value.option', message: '"nort" is not an option of "f". Did you mean "north"?' }]);
    expect(checkValue(field('single_select', 'text', ['a']), 'b', '/v')).toMatchObject([{ code: 'ruleset.value.option' }]);
  });

  it('says what the value should have been, and how to write it', () => {
    const said = (f: FieldInfo, v: unknown) => checkValue(f, v, '/v').map((p) => [p.message, p.messageZh]);
    expect(said(field('date', 'date'), '01/03/2025')).toEqual([['"01/03/2025" does not fit "f", which holds dates: write it YYYY-MM-DD, like 2024-03-31.', '"01/03/2025" 不符合字段 "f" 的类型（日期）：请写成 YYYY-MM-DD 格式，如 2024-03-31。']]);
    expect(said(field('date', 'date'), '2025-02-29')[0]?.[0]).toBe('"2025-02-29" does not fit "f", which holds dates: February 2025 has 28 days: pick a real date, such as 2025-02-28.');
    expect(said(field('money', 'number'), 12.345)[0]?.[0]).toBe('12.345 does not fit "f", which holds amounts in CNY with at most 2 decimals: round it to 12.35.');
    expect(said(field('money', 'number'), 2e13)[0]?.[0]).toBe('20000000000000 does not fit "f", which holds amounts in CNY with at most 2 decimals: keep it within ±10,000,000,000,000.');
    expect(said(field('money', 'number'), '100')[0]?.[0]).toBe('"100" does not fit "f", which holds amounts in CNY with at most 2 decimals: write it without quotes, like 100.');
    expect(said(field('percent', 'number'), '35%')[0]?.[0]).toBe('"35%" does not fit "f", which holds fractions (0.35 for 35%): write 0.35 for 35%, without quotes.');
    expect(said(field('user', 'text'), '')[0]?.[0]).toBe('"" does not fit "f", which holds user ids: write the user\'s id in quotes, like "u_li".');
    expect(said(field('text', 'text'), 3)[0]?.[0]).toBe('3 does not fit "f", which holds text: write it in double quotes, like "3".');
    expect(said(field('datetime', 'datetime'), '2025-03-01T09:00:00')[0]?.[0]).toBe('"2025-03-01T09:00:00" does not fit "f", which holds date-times with an offset: add its offset from UTC, like 2025-03-01T09:00:00+08:00 for China time.');
  });
});
