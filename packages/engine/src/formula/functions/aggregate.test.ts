import { describe, it, expect } from 'vitest';
import { run } from '../test-kit.js';

const financials = [
  { year: '2021', revenue: 1000.1, audited: true },
  { year: '2022', revenue: 2000.2 },
  { year: '', revenue: null },
  { year: '2023' },
];

describe('SUM', () => {
  it('adds a column exactly, skipping blank cells', () => {
    expect(run('SUM(financials.revenue)', { financials })).toBe(3000.3);
    expect(run('SUM(financials.revenue)', { financials: Array.from({ length: 10 }, () => ({ revenue: 0.1 })) })).toBe(1);
  });

  it('is 0 for an empty or missing table', () => {
    expect(run('SUM(financials.revenue)', { financials: [] })).toBe(0);
    expect(run('SUM(financials.revenue)')).toBe(0);
  });
});

describe('AVG', () => {
  it('averages the cells that have a value', () => {
    expect(run('AVG(financials.revenue)', { financials })).toBe(1500.15);
    expect(run('AVG(financials.revenue)', { financials: [{ revenue: 1 }, { revenue: 1 }, { revenue: 2 }] })).toBe(1.3333333333333333);
  });

  it('is blank when no cell has a value', () => {
    expect(run('AVG(financials.revenue)', { financials: [{ year: '2021' }] })).toBeNull();
    expect(run('AVG(financials.revenue)')).toBeNull();
  });
});

describe('COUNT', () => {
  it('counts rows of a sub-table, or rows where a column has a value', () => {
    expect(run('COUNT(financials)', { financials })).toBe(4);
    expect(run('COUNT(financials.revenue)', { financials })).toBe(2);
    expect(run('COUNT(financials.year)', { financials })).toBe(3);
    expect(run('COUNT(financials.audited)', { financials })).toBe(1);
  });

  it('is 0 for an empty or missing table', () => {
    expect(run('COUNT(financials)', { financials: [] })).toBe(0);
    expect(run('COUNT(financials)')).toBe(0);
  });
});
