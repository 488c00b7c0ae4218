import { describe, expect, it } from 'vitest';
import { rollupValue } from './rollup.js';
import type { RollupField } from './types.js';

const t = { en: 'x', 'zh-CN': 'x' };
const of = (aggregate: RollupField['aggregate'], field?: string, where?: RollupField['where']): RollupField => ({
  id: 'r', type: 'rollup', label: t, from: 'receivable', via: 'customer', aggregate, resultType: 'money', ...(field === undefined ? {} : { field }), ...(where === undefined ? {} : { where }),
});
const rows = [
  { amount: 0.1, due: '2026-03-01', status: 'open' },
  { amount: 0.2, due: '2026-01-15', status: 'open' },
  { amount: 100.7, due: '2026-02-01', status: 'paid' },
  { status: 'open' },
];

describe('rollupValue', () => {
  it('sums exactly, skipping empty values, and filters with where', () => {
    expect(rollupValue(of('sum', 'amount'), rows)).toBe(101);
    expect(rollupValue(of('sum', 'amount', { fact: 'status', operator: 'equal', value: 'open' }), rows)).toBe(0.3);
    expect(rollupValue(of('sum', 'amount'), [])).toBe(0);
  });

  it('counts records, and takes the smallest or largest number or date', () => {
    expect(rollupValue(of('count', undefined, { fact: 'status', operator: 'equal', value: 'open' }), rows)).toBe(3);
    expect(rollupValue(of('min', 'due'), rows)).toBe('2026-01-15');
    expect(rollupValue(of('max', 'amount'), rows)).toBe(100.7);
    expect(rollupValue(of('max', 'amount'), [])).toBeNull();
  });
});
