import { describe, it, expect } from 'vitest';
import { run } from '../test-kit.js';

describe('IF', () => {
  it('picks a branch, and only evaluates that one', () => {
    expect(run('IF(listed, "listed", "private")', { listed: true })).toBe('listed');
    expect(run('IF(listed, "listed", "private")', { listed: false })).toBe('private');
    expect(run('IF(total_assets = 0, 0, total_liabilities / total_assets)', { total_assets: 0, total_liabilities: 1 })).toBe(0);
  });

  it('yields blank for a blank condition', () => {
    expect(run('IF(listed, 1, 2)')).toBeNull();
    expect(run('IF(annual_sales > 100, 1, 2)')).toBeNull();
  });

  it('nests, as credit policies do', () => {
    const grade = 'IF(annual_sales >= 1000000, "A", IF(annual_sales >= 100000, "B", "C"))';
    expect([5e6, 5e5, 5].map((annual_sales) => run(grade, { annual_sales }))).toEqual(['A', 'B', 'C']);
  });
});

describe('AND / OR / NOT', () => {
  it('follows three-valued logic', () => {
    const table = [
      [true, true, true, true],
      [true, false, false, true],
      [false, null, false, null],
      [true, null, null, true],
      [null, null, null, null],
    ] as const;
    for (const [a, b, and, or] of table) {
      const record = { listed: a, annual_sales: b === null ? null : b ? 10 : 0 };
      expect(run('AND(listed, annual_sales > 5)', record)).toBe(and);
      expect(run('OR(listed, annual_sales > 5)', record)).toBe(or);
    }
  });

  it('takes any number of arguments', () => {
    expect(run('AND(TRUE, TRUE, TRUE, FALSE)')).toBe(false);
    expect(run('OR(FALSE, FALSE, FALSE, TRUE)')).toBe(true);
    expect(run('AND(TRUE)')).toBe(true);
  });

  it('negates, keeping blank', () => {
    expect(run('NOT(listed)', { listed: true })).toBe(false);
    expect(run('NOT(listed)', { listed: false })).toBe(true);
    expect(run('NOT(listed)')).toBeNull();
  });
});

describe('ISBLANK', () => {
  it('is TRUE for missing, empty text and empty multi-select', () => {
    expect(run('ISBLANK(name)')).toBe(true);
    expect(run('ISBLANK(name)', { name: '' })).toBe(true);
    expect(run('ISBLANK(name)', { name: 'ACME' })).toBe(false);
    expect(run('ISBLANK(tags)', { tags: [] })).toBe(true);
    expect(run('ISBLANK(tags)', { tags: ['vip'] })).toBe(false);
    expect(run('ISBLANK(annual_sales)', { annual_sales: 0 })).toBe(false);
    expect(run('ISBLANK(annual_sales / 0)', { annual_sales: 1 })).toBe(true);
  });
});
