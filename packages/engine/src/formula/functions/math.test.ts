import { describe, it, expect } from 'vitest';
import { problemsOf, run } from '../test-kit.js';

describe('MIN / MAX', () => {
  it('pick among numbers', () => {
    expect(run('MIN(3, 1.5, 2)')).toBe(1.5);
    expect(run('MAX(3, 1.5, 2)')).toBe(3);
    expect(run('MIN(annual_sales * 0.2, 500000)', { annual_sales: 1e7 })).toBe(500000);
  });

  it('yield blank when a single argument is blank, rather than ignoring a missing input', () => {
    expect(run('MIN(annual_sales * 0.2, 500000)')).toBeNull();
  });

  it('work over a column, skipping blank cells, and mix with numbers', () => {
    const financials = [{ revenue: 5 }, { revenue: null }, { revenue: -2 }, {}];
    expect(run('MIN(financials.revenue)', { financials })).toBe(-2);
    expect(run('MAX(financials.revenue)', { financials })).toBe(5);
    expect(run('MAX(financials.revenue, 10)', { financials })).toBe(10);
    expect(run('MAX(financials.revenue)', { financials: [] })).toBeNull();
    expect(run('MAX(financials.revenue)')).toBeNull();
  });
});

describe('ROUND', () => {
  it('rounds half away from zero, like 四舍五入', () => {
    expect(run('ROUND(2.5, 0)')).toBe(3);
    expect(run('ROUND(-2.5, 0)')).toBe(-3);
    expect(run('ROUND(1.005, 2)')).toBe(1.01);
    expect(run('ROUND(annual_sales * 0.2, 2)', { annual_sales: 1234.56 })).toBe(246.91);
  });

  it('rounds to thousands with negative digits', () => {
    expect(run('ROUND(annual_sales * 0.2, -3)', { annual_sales: 1234567 })).toBe(247000);
  });

  it('yields blank for blank input or computed digits out of range', () => {
    expect(run('ROUND(annual_sales, 2)')).toBeNull();
    expect(run('ROUND(1.5, annual_sales)')).toBeNull();
    expect(run('ROUND(1.5, annual_sales)', { annual_sales: 20 })).toBeNull();
    expect(run('ROUND(1.5, annual_sales)', { annual_sales: 0.5 })).toBeNull();
  });
});

describe('ABS', () => {
  it('drops the sign, keeping blank', () => {
    expect(run('ABS(-12.5)')).toBe(12.5);
    expect(run('ABS(3)')).toBe(3);
    expect(run('ABS(annual_sales)')).toBeNull();
  });
});

describe('ROUND digits written as a constant', () => {
  it('are checked when the formula is compiled', () => {
    expect(problemsOf('ROUND(annual_sales, 10)')).toEqual([
      expect.objectContaining({ code: 'formula.argument', message: expect.stringContaining('from -8 to 8 (2 for cents, 0 for yuan, -4 for tens of thousands), not 10. (column 21)') }),
    ]);
    expect(problemsOf('ROUND(annual_sales, -9)')[0]?.message).toContain('not -9');
    expect(problemsOf('ROUND(annual_sales, 1.5)')[0]?.code).toBe('formula.argument');
    expect(problemsOf('ROUND(annual_sales, -8)')).toEqual([]);
  });
});
