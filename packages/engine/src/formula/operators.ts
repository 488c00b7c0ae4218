/** @module Binary operators and unary minus: their type rules and their compiled closures. */
import type { BinaryOperator } from './ast.js';
import { add, divide, multiply, subtract } from './exact.js';
import { dayNumber, instantOf } from '../core/calendar.js';
import { describeType, isScalar, type Evaluator, type FormulaType, type Mismatch } from './typing.js';
import type { FormulaValue } from './types.js';

const ARITHMETIC = { '+': add, '-': subtract, '*': multiply, '/': divide } as const;
const ORDERED = new Set(['number', 'date', 'datetime']);

type Arithmetic = keyof typeof ARITHMETIC;
const isArithmetic = (op: BinaryOperator): op is Arithmetic => op in ARITHMETIC;

function mismatch(op: BinaryOperator, left: FormulaType, right: FormulaType, en: string, zh: string): Mismatch {
  return {
    en: `"${op}" cannot combine ${describeType(left, 'en')} with ${describeType(right, 'en')}: ${en}`,
    zh: `"${op}" 不能用于${describeType(left, 'zh')}和${describeType(right, 'zh')}：${zh}`,
  };
}

/**
 * The kind `left op right` yields, or why the operands do not fit.
 *
 * @example
 * binaryKind('&', { kind: 'text' }, { kind: 'number' }) // 'text'
 */
export function binaryKind(op: BinaryOperator, left: FormulaType, right: FormulaType): FormulaType | Mismatch {
  if (!isScalar(left) || !isScalar(right)) {
    return mismatch(op, left, right, 'operators work on single values; use SUM, AVG, COUNT, MIN or MAX for a sub-table column.', '运算符只能用于单个值；子表列请用 SUM、AVG、COUNT、MIN 或 MAX。');
  }
  if (isArithmetic(op)) {
    if (left.kind === 'number' && right.kind === 'number') return { kind: 'number' };
    const dated = (k: string): boolean => k === 'date' || k === 'datetime';
    // ADDDAYS takes a date (not a date and time), whichever side the number is on.
    if ((left.kind === 'date' && right.kind === 'number') || (left.kind === 'number' && right.kind === 'date')) {
      return mismatch(op, left, right, 'use ADDDAYS(date, days) for a date some days later (negative days: earlier).', '计算若干天之后的日期请用 ADDDAYS(日期, 天数)（天数为负即之前）。');
    }
    return dated(left.kind) && dated(right.kind)
      ? mismatch(op, left, right, 'use DAYS(end_date, start_date) for the days between two dates.', '两个日期相差的天数请用 DAYS(结束日期, 开始日期)。')
      : mismatch(op, left, right, 'arithmetic needs numbers on both sides (use & to join text).', '算术运算两侧都必须是数字（连接文本请用 &）。');
  }
  if (op === '&') return { kind: 'text' };
  if (left.kind !== right.kind) {
    const hintEn = left.kind === 'number' || right.kind === 'number' ? ' (numbers are written without quotes)' : '';
    const hintZh = hintEn === '' ? '' : '（数字不加引号）';
    return mismatch(op, left, right, `both sides of a comparison must be of the same kind, so make the other side ${describeType(left, 'en')} too${hintEn}.`, `比较的两侧必须是同一类型，请把另一侧也改为${describeType(left, 'zh')}${hintZh}。`);
  }
  if (op !== '=' && op !== '<>' && !ORDERED.has(left.kind)) {
    return mismatch(op, left, right, `only numbers, dates and date-times can be ordered; use = or <> for ${describeType(left, 'en')}.`, `只有数字、日期和日期时间可以比较大小；${describeType(left, 'zh')}请用 = 或 <>。`);
  }
  return { kind: 'boolean' };
}

/** Text a value contributes to `&`: blank is empty text, as in Excel. */
function asText(v: FormulaValue): string {
  if (v === null) return '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** A number to order values of `kind` by: day numbers for dates, instants for date-times. */
function orderKey(kind: string): (v: FormulaValue) => number | null {
  if (kind === 'date') return dayNumber;
  if (kind === 'datetime') return instantOf;
  return (v) => (typeof v === 'number' ? v : null);
}

const COMPARE: Readonly<Record<string, (c: number) => boolean>> = {
  '=': (c) => c === 0,
  '<>': (c) => c !== 0,
  '<': (c) => c < 0,
  '<=': (c) => c <= 0,
  '>': (c) => c > 0,
  '>=': (c) => c >= 0,
};

/**
 * Compiles `left op right` for operands of kind `operandKind` (as checked by {@link binaryKind}).
 * Null in, null out, except `&` which reads a blank as empty text.
 *
 * @example
 * compileBinary('+', 'number', () => 0.1, () => 0.2)(scope) // 0.3
 */
export function compileBinary(op: BinaryOperator, operandKind: string, left: Evaluator, right: Evaluator): Evaluator {
  if (isArithmetic(op)) {
    const f = ARITHMETIC[op];
    return (s) => {
      const a = left(s);
      if (typeof a !== 'number') return null;
      const b = right(s);
      return typeof b === 'number' ? f(a, b) : null;
    };
  }
  if (op === '&') return (s) => asText(left(s)) + asText(right(s));
  const test = COMPARE[op] as (c: number) => boolean;
  if (!ORDERED.has(operandKind)) {
    return (s) => {
      const a = left(s);
      const b = right(s);
      return a === null || b === null ? null : test(a === b ? 0 : 1);
    };
  }
  const key = orderKey(operandKind);
  return (s) => {
    const a = key(left(s));
    const b = key(right(s));
    return a === null || b === null ? null : test(a === b ? 0 : a < b ? -1 : 1);
  };
}

/**
 * Compiles `-operand`.
 *
 * @example
 * compileNegate(() => 2)(scope) // -2
 */
export function compileNegate(operand: Evaluator): Evaluator {
  return (s) => {
    const v = operand(s);
    return typeof v === 'number' ? 0 - v : null;
  };
}
