/** @module MIN, MAX, ROUND, ABS: exact, blank in blank out. */
import { constantNumber, type FunctionSpec } from './spec.js';
import type { Evaluator, Scope } from '../typing.js';
import { roundTo } from '../exact.js';

/**
 * The numbers MIN/MAX look at: a blank single argument makes the whole result blank (a missing
 * input must not be silently ignored), while blank cells of a column are skipped, as in Excel.
 */
function numbersOf(args: readonly Evaluator[], s: Scope): number[] | null {
  const out: number[] = [];
  for (const arg of args) {
    const v = arg(s);
    if (Array.isArray(v)) {
      for (const cell of v) if (typeof cell === 'number') out.push(cell);
    } else if (typeof v === 'number') {
      out.push(v);
    } else {
      return null;
    }
  }
  return out;
}

function extreme(pick: (a: number, b: number) => boolean): FunctionSpec['compile'] {
  return (args) => (s) => {
    const values = numbersOf(args, s);
    if (values === null || values.length === 0) return null;
    return values.reduce((best, v) => (pick(v, best) ? v : best));
  };
}

/** MIN(a, b, ...) or MIN(table.column). */
export const MIN: FunctionSpec = {
  arity: [1, Infinity],
  params: ['numbers'],
  usage: 'MIN(number1, number2, ...) or MIN(table.column)',
  result: 'number',
  compile: extreme((a, b) => a < b),
};

/** MAX(a, b, ...) or MAX(table.column). */
export const MAX: FunctionSpec = {
  arity: [1, Infinity],
  params: ['numbers'],
  usage: 'MAX(number1, number2, ...) or MAX(table.column)',
  result: 'number',
  compile: extreme((a, b) => a > b),
};

/** ROUND(x, digits): half away from zero; digits from -8 (ten-millions) to 8. */
export const ROUND: FunctionSpec = {
  arity: [2, 2],
  params: ['number', 'number'],
  usage: 'ROUND(number, digits)',
  result: 'number',
  checkArgs: ([, digits]) => {
    const d = constantNumber(digits);
    if (digits === undefined || d === undefined || (Number.isInteger(d) && d >= -8 && d <= 8)) return undefined;
    return {
      at: digits.start,
      en: `ROUND takes a whole number of digits from -8 to 8 (2 for cents, 0 for yuan, -4 for tens of thousands), not ${d}.`,
      zh: `ROUND 的位数须为 -8 到 8 的整数（2 表示到分，0 表示到元，-4 表示到万），不能是 ${d}。`,
    };
  },
  compile: ([value, digits]) => (s) => {
    const x = value?.(s);
    const d = digits?.(s);
    return typeof x === 'number' && typeof d === 'number' ? roundTo(x, d) : null;
  },
};

/** ABS(x). */
export const ABS: FunctionSpec = {
  arity: [1, 1],
  params: ['number'],
  usage: 'ABS(number)',
  result: 'number',
  compile: ([value]) => (s) => {
    const x = value?.(s);
    return typeof x === 'number' ? Math.abs(x) : null;
  },
};
