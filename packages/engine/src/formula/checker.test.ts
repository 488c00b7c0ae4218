import { describe, it, expect } from 'vitest';
import { catalogOf } from '../core/catalog.js';
import { checkFormula } from './checker.js';
import { catalog } from './test-kit.js';

const check = (source: string) => checkFormula(source, catalog, '/policy/limit');
const messages = (source: string) => check(source).problems.map((p) => p.message);
const codes = (source: string) => check(source).problems.map((p) => p.code);

describe('checkFormula: the kind a formula yields', () => {
  it.each([
    ['annual_sales * 0.2', 'number'],
    ['total_liabilities / total_assets', 'number'],
    ['name & " (" & industry & ")"', 'text'],
    ['annual_sales > 1000000', 'boolean'],
    ['IF(listed, "A", "B")', 'text'],
    ['IF(listed, tags, tags)', 'list'],
    ['TODAY()', 'date'],
    ['founded', 'date'],
    ['DAYS(TODAY(), reviewed_at)', 'number'],
    ['SUM(financials.revenue) / COUNT(financials)', 'number'],
    ['ISBLANK(tags)', 'boolean'],
    ['founded < TODAY()', 'boolean'],
    ['industry = "retail"', 'boolean'],
  ])('%s → %s', (source, kind) => {
    expect(check(source)).toEqual({ kind, problems: [] });
  });
});

describe('checkFormula: problems, all at once, at the given path', () => {
  it('suggests the closest field id for a typo', () => {
    const { kind, problems } = check('anual_sales * 0.2');
    expect(kind).toBeUndefined();
    expect(problems).toEqual([
      {
        path: '/policy/limit',
        code: 'formula.unknown_field',
        message: 'Unknown field "anual_sales". Did you mean annual_sales? (column 1)',
        messageZh: '未知字段 "anual_sales"。您是指 annual_sales 吗？（第 1 列）',
      },
    ]);
  });

  it('lists the known fields when nothing is close', () => {
    expect(messages('zzzzzz + 1')[0]).toContain('Known: annual_sales, total_liabilities');
    expect(checkFormula('x', catalogOf([]), '').problems[0]?.message).toContain('There are none here');
  });

  it('tells a bare function name from a field', () => {
    expect(messages('TODAY')).toEqual(['"TODAY" is a function: call it with parentheses, e.g. TODAY(). (column 1)']);
  });

  it('reports every unknown name, not just the first', () => {
    expect(codes('foo + bar * annual_salse')).toEqual(['formula.unknown_field', 'formula.unknown_field', 'formula.unknown_field']);
  });

  it('checks sub-tables and their columns', () => {
    expect(messages('SUM(financial.revenue)')[0]).toContain('Unknown sub-table "financial". Did you mean financials?');
    expect(messages('SUM(financials.revenu)')).toEqual(['Unknown column of financials "revenu". Did you mean revenue? (column 16)']);
    expect(messages('SUM(name.revenue)')[0]).toContain('"name" is text, not a sub-table');
  });

  it('suggests the closest function', () => {
    expect(messages('ROUDN(1, 2)')[0]).toContain('Unknown function "ROUDN". Did you mean ROUND?');
    expect(codes('FOO(1)')).toEqual(['formula.unknown_function']);
  });

  it('rejects arithmetic on text and dates', () => {
    expect(messages('name + 1')[0]).toContain('"+" cannot combine text with a number');
    expect(messages('TODAY() - founded')[0]).toContain('use DAYS(end_date, start_date)');
    expect(messages('founded + 30')[0]).toContain('use ADDDAYS(date, days)');
    expect(messages('30 + founded')[0]).toContain('use ADDDAYS(date, days)');
    expect(messages('-name')[0]).toContain('Minus needs a number, but this is text: remove the minus sign.');
  });

  it('rejects comparing different kinds, and ordering text', () => {
    expect(messages('annual_sales = "1000"')[0]).toContain('"=" cannot combine a number with text: both sides of a comparison must be of the same kind, so make the other side a number too (numbers are written without quotes). (column 14)');
    expect(messages('name < "b"')[0]).toContain('only numbers, dates and date-times can be ordered');
    expect(messages('founded < reviewed_at')[0]).toContain('same kind');
    expect(messages('tags = tags')[0]).toContain('operators work on single values');
  });

  it('checks the text a select field is compared with against its options', () => {
    expect(messages('industry = "retial"')).toEqual(['"retial" is not an option of industry, so this never matches. Did you mean "retail"? (column 12)']);
    expect(messages('"zzz" <> industry')[0]).toContain('Its options: retail, manufacturing.');
    expect(check('industry = "manufacturing"').problems).toEqual([]);
    expect(check('name = "anything"').problems).toEqual([]);
  });

  it('requires IF branches of one kind and a TRUE/FALSE condition', () => {
    expect(messages('IF(listed, 1, "no")')).toEqual(['IF must give the same kind of value either way, but one branch is a number and the other text. (column 1)']);
    expect(messages('IF(annual_sales, 1, 2)')[0]).toContain('Argument 1 of IF must be TRUE/FALSE, but it is a number');
  });

  it('requires SUM/AVG over a column of numbers', () => {
    expect(messages('SUM(annual_sales)')[0]).toContain('Argument 1 of SUM must be a column of numbers (table.column), but it is a number');
    expect(messages('AVG(financials.year)')[0]).toContain('but it is a column of text');
    expect(messages('SUM(financials)')[0]).toContain('but it is a sub-table');
    expect(codes('COUNT(annual_sales)')).toEqual(['formula.type']);
  });

  it('requires dates in DAYS', () => {
    expect(messages('DAYS(annual_sales, founded)')[0]).toContain('Argument 1 of DAYS must be a date or date-time, but it is a number. Usage: DAYS(end_date, start_date).');
  });

  it('checks arity', () => {
    expect(messages('ROUND(1)')).toEqual(['ROUND takes 2 arguments, but 1 was given. Usage: ROUND(number, digits). (column 1)']);
    expect(messages('TODAY(1)')[0]).toContain('TODAY takes 0 arguments, but 1 was given');
    expect(messages('AND()')[0]).toContain('AND takes at least 1 argument, but 0 were given');
    expect(codes('IF(listed, 1)')).toEqual(['formula.arity']);
  });

  it('keeps columns and sub-tables inside aggregates', () => {
    expect(messages('financials.revenue * 2')[0]).toContain('use SUM, AVG, COUNT, MIN or MAX for a sub-table column');
    expect(messages('financials.revenue')[0]).toContain('A formula must give a single value, not a column of numbers');
    expect(messages('financials')[0]).toContain('not a sub-table');
    expect(messages('ABS(financials.revenue)')[0]).toContain('Argument 1 of ABS must be a number');
  });

  it('reports syntax errors at the path and checks nothing else', () => {
    expect(check('anual_sales +')).toEqual({ problems: [expect.objectContaining({ path: '/policy/limit', code: 'formula.syntax' })] });
  });
});
