import { describe, expect, it } from 'vitest';
import { computer, storedResult } from './compute.js';
import { formOf, label } from './test-kit.js';
import type { FieldDefinition, FormulaField } from './types.js';

const env = { today: '2024-05-01' };
const money = (id: string): FieldDefinition => ({ id, type: 'money', label: label(id) });
const formula = (id: string, source: string, resultType: FormulaField['resultType'] = 'number', decimals?: number): FormulaField => ({ id, type: 'formula', label: label(id), formula: source, resultType, ...(decimals === undefined ? {} : { decimals }) });

describe('computer', () => {
  it('computes formulas in dependency order, whatever their order in the form', () => {
    const form = formOf([formula('limit', 'IF(high, 0, equity * 0.2)', 'money'), formula('high', 'debt_ratio > 0.7', 'boolean'), formula('debt_ratio', 'liabilities / assets', 'percent', 1), formula('equity', 'assets - liabilities', 'money'), money('assets'), money('liabilities')]);
    const out = computer(form)({ assets: 1000, liabilities: 600 }, env);
    expect(out).toEqual({ assets: 1000, liabilities: 600, equity: 400, debt_ratio: 0.6, high: false, limit: 80 });
  });

  it('does not change the record it is given', () => {
    const form = formOf([money('a'), formula('b', 'a * 2')]);
    const record = { a: 1 };
    computer(form)(record, env);
    expect(record).toEqual({ a: 1 });
  });

  it('yields null for a missing input or a division by zero', () => {
    const form = formOf([money('assets'), money('liabilities'), formula('ratio', 'liabilities / assets', 'percent')]);
    expect(computer(form)({ liabilities: 5 }, env).ratio).toBeNull();
    expect(computer(form)({ assets: 0, liabilities: 5 }, env).ratio).toBeNull();
  });

  it('overwrites a formula value the client sent', () => {
    const form = formOf([money('a'), formula('b', 'a + 1')]);
    expect(computer(form)({ a: 1, b: 99 }, env).b).toBe(2);
  });

  it('computes row formulas on every row before form formulas that sum them', () => {
    const table: FieldDefinition = { id: 'statements', type: 'sub_table', label: label('Statements'), columns: [money('assets'), money('liabilities'), formula('equity', 'assets - liabilities', 'money')] };
    const form = formOf([table, formula('total_equity', 'SUM(statements.equity)', 'money')]);
    const out = computer(form)({ statements: [{ id: 'y1', assets: 10, liabilities: 4 }, { assets: 5.5, liabilities: 0.25 }, 'junk'] }, env);
    expect(out.statements).toEqual([{ id: 'y1', assets: 10, liabilities: 4, equity: 6 }, { assets: 5.5, liabilities: 0.25, equity: 5.25 }, 'junk']);
    expect(out.total_equity).toBe(11.25);
  });

  it('stores every date-time in canonical UTC, sub-table cells included, so stored values sort as text', () => {
    const at = (id: string): FieldDefinition => ({ id, type: 'datetime', label: label(id) });
    const visits: FieldDefinition = { id: 'visits', type: 'sub_table', label: label('Visits'), columns: [at('visited_at'), { id: 'note', type: 'text', label: label('Note') }] };
    const form = formOf([at('reviewed_at'), at('signed_at'), visits, { id: 'note', type: 'text', label: label('Note') }]);
    const out = computer(form)({ reviewed_at: '2024-03-01T10:00+08:00', signed_at: '2024-03-01T03:00:00Z', note: '2024-03-01T10:00+08:00', visits: [{ visited_at: '2024-03-01T01:00:00.5+08:00', note: 'x' }, 'junk'] }, env);
    expect(out.reviewed_at).toBe('2024-03-01T02:00:00.000Z');
    expect(out.signed_at).toBe('2024-03-01T03:00:00.000Z');
    expect((out.reviewed_at as string) < (out.signed_at as string)).toBe(true);
    expect(out.visits).toEqual([{ visited_at: '2024-02-29T17:00:00.500Z', note: 'x' }, 'junk']);
    expect(out.note).toBe('2024-03-01T10:00+08:00');
  });

  it('leaves a value that is not a date-time for validation to report', () => {
    const form = formOf([{ id: 'reviewed_at', type: 'datetime', label: label('Reviewed at') }]);
    expect(computer(form)({ reviewed_at: '2024-03-01 10:00' }, env).reviewed_at).toBe('2024-03-01 10:00');
    expect(computer(form)({}, env)).toEqual({});
  });

  it('uses the caller’s today', () => {
    const form = formOf([{ id: 'since', type: 'date', label: label('Since') }, formula('days', 'DAYS(TODAY(), since)')]);
    expect(computer(form)({ since: '2024-04-01' }, env).days).toBe(30);
  });

  it('refuses a form that was not validated', () => {
    expect(() => computer(formOf([formula('a', 'b + 1'), formula('b', 'a + 1')]))).toThrow(/cycle/);
    expect(() => computer(formOf([formula('a', 'nope + 1')]))).toThrow(/does not compile/);
  });
});

describe('storedResult', () => {
  const f = formula('x', '1');
  it('rounds money to fen and numbers or percents to their decimals, half up', () => {
    expect(storedResult({ ...f, resultType: 'money' }, 1.005)).toBe(1.01);
    expect(storedResult({ ...f, resultType: 'money' }, 2e13)).toBeNull();
    expect(storedResult({ ...f, resultType: 'percent', decimals: 1 }, 0.12345)).toBe(0.123);
    expect(storedResult({ ...f, resultType: 'number', decimals: 0 }, 2.5)).toBe(3);
    expect(storedResult({ ...f, resultType: 'number' }, 1 / 3)).toBe(1 / 3);
  });

  it('gives null when the value does not fit the result type', () => {
    expect(storedResult({ ...f, resultType: 'text' }, 1)).toBeNull();
    expect(storedResult({ ...f, resultType: 'boolean' }, 'yes')).toBeNull();
    expect(storedResult({ ...f, resultType: 'date' }, '2024-02-30')).toBeNull();
    expect(storedResult({ ...f, resultType: 'date' }, '2024-02-29')).toBe('2024-02-29');
    expect(storedResult(f, [1, 2])).toBeNull();
  });
});
