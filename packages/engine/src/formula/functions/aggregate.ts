/** @module SUM, AVG, COUNT over a sub-table: blank cells skipped, a missing table is empty. */
import type { FunctionSpec } from './spec.js';
import { add, divide } from '../exact.js';
import type { FormulaValue } from '../types.js';

function cells(v: FormulaValue | undefined): readonly FormulaValue[] {
  return Array.isArray(v) ? v : [];
}

function total(values: readonly FormulaValue[]): { sum: number | null; count: number } {
  let sum: number | null = 0;
  let count = 0;
  for (const v of values) {
    if (typeof v !== 'number') continue;
    count += 1;
    sum = sum === null ? null : add(sum, v);
  }
  return { sum, count };
}

/** SUM(table.column): exact; 0 for no rows. */
export const SUM: FunctionSpec = {
  arity: [1, 1],
  params: ['number-column'],
  usage: 'SUM(table.column)',
  result: 'number',
  compile: ([column]) => (s) => total(cells(column?.(s))).sum,
};

/** AVG(table.column): blank when no row has a value. */
export const AVG: FunctionSpec = {
  arity: [1, 1],
  params: ['number-column'],
  usage: 'AVG(table.column)',
  result: 'number',
  compile: ([column]) => (s) => {
    const { sum, count } = total(cells(column?.(s)));
    return sum === null || count === 0 ? null : divide(sum, count);
  },
};

/** COUNT(table) counts rows; COUNT(table.column) counts rows where that column has a value. */
export const COUNT: FunctionSpec = {
  arity: [1, 1],
  params: ['rows'],
  usage: 'COUNT(table) or COUNT(table.column)',
  result: 'number',
  compile: ([rows]) => (s) => cells(rows?.(s)).filter((v) => v !== null && v !== '').length,
};
