import type { CompiledDimension, FieldInfo } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { bucketKeys, daysOf, MAX_BUCKETS } from './buckets.js';

const dateField: FieldInfo = { id: 'issued_on', type: 'date', kind: 'date' };
const numberField: FieldInfo = { id: 'score', type: 'number', kind: 'number' };
const by = (bucket: CompiledDimension['bucket'], info = dateField): CompiledDimension => ({ path: { form: 'f', info }, ...(bucket === undefined ? {} : { bucket }) });

describe('bucketKeys', () => {
  it('fills the months and quarters between the first and the last, across years', () => {
    expect(bucketKeys(by('month'), ['2024-02', '2023-11'], 'asc')).toEqual(['2023-11', '2023-12', '2024-01', '2024-02']);
    expect(bucketKeys(by('quarter'), ['2024-Q2', '2023-Q4'], 'desc')).toEqual(['2024-Q2', '2024-Q1', '2023-Q4']);
    expect(bucketKeys(by('month'), [], 'asc')).toEqual([]);
  });

  it('fills widths from the lowest bound without rounding drift', () => {
    expect(bucketKeys(by({ width: 0.1 }, numberField), ['0.3', '0'], 'asc')).toEqual(['0', '0.1', '0.2', '0.3']);
    expect(bucketKeys(by({ width: 10 }, numberField), ['-10', '20'], 'asc')).toEqual(['-10', '0', '10', '20']);
  });

  it('shows only the buckets present past the limit, rather than thousands of empty ones', () => {
    expect(bucketKeys(by({ width: 1 }, numberField), ['0', String(MAX_BUCKETS * 5)], 'asc')).toEqual(['0', String(MAX_BUCKETS * 5)]);
  });
});

describe('daysOf', () => {
  it('counts the days of months and quarters, leap years included', () => {
    expect([daysOf('2024-02'), daysOf('2023-02'), daysOf('2024-12'), daysOf('2024-Q1'), daysOf('2023-Q1'), daysOf('2024-Q4'), daysOf('east')]).toEqual([29, 28, 31, 91, 90, 92, 1]);
  });
});
