/** @module The contract of one formula function: arity, argument kinds, result kind, closure. */
import type { ValueKind } from '../../core/catalog.js';
import type { FormulaNode } from '../ast.js';
import type { Evaluator, FormulaType, Mismatch } from '../typing.js';

/**
 * What an argument may be:
 * - a value kind, or `any` field value (not a sub-table or column), or `temporal` (date or date-time);
 * - `numbers`: a number or a sub-table column of numbers;
 * - `number-column`: a sub-table column of numbers only;
 * - `rows`: a sub-table, or any of its columns (COUNT).
 */
export type FunctionParam = ValueKind | 'any' | 'temporal' | 'numbers' | 'number-column' | 'rows';

/** One function of the formula language. */
export interface FunctionSpec {
  /** Fewest and most arguments (`Infinity` for "any number of"). */
  readonly arity: readonly [min: number, max: number];
  /** Kind of each argument; the last one repeats for the rest. */
  readonly params: readonly FunctionParam[];
  /** The result kind, or a rule that derives it from the arguments (e.g. IF's branches). */
  readonly result: ValueKind | ((args: readonly FormulaType[]) => ValueKind | Mismatch);
  /** How it is called, for messages: `ROUND(number, digits)`. */
  readonly usage: string;
  /** Checks on the arguments as written (e.g. a constant out of range), after their kinds fit. */
  readonly checkArgs?: (args: readonly FormulaNode[]) => (Mismatch & { readonly at: number }) | undefined;
  /** Builds the closure once from the compiled arguments. */
  compile(args: readonly Evaluator[]): Evaluator;
}

const VALUE_KINDS = new Set<ValueKind>(['number', 'text', 'boolean', 'date', 'datetime', 'list']);

/**
 * Whether an argument of type `type` fits `param`.
 *
 * @example
 * accepts('numbers', { kind: 'number', column: true }) // true
 */
export function accepts(param: FunctionParam, type: FormulaType): boolean {
  const column = type.column === true;
  switch (param) {
    case 'any':
      return !column && VALUE_KINDS.has(type.kind);
    case 'temporal':
      return !column && (type.kind === 'date' || type.kind === 'datetime');
    case 'numbers':
      return type.kind === 'number';
    case 'number-column':
      return column && type.kind === 'number';
    case 'rows':
      return column || type.kind === 'table';
    default:
      return !column && type.kind === param;
  }
}

/** `param` as a person would say it. */
export function describeParam(param: FunctionParam, lang: 'en' | 'zh'): string {
  const en: Record<FunctionParam, string> = {
    number: 'a number', text: 'text', boolean: 'TRUE/FALSE', date: 'a date', datetime: 'a date-time',
    list: 'a multi-select list', table: 'a sub-table', any: 'a field value', temporal: 'a date or date-time',
    numbers: 'a number or a column of numbers (table.column)', 'number-column': 'a column of numbers (table.column)',
    rows: 'a sub-table or one of its columns',
  };
  const zh: Record<FunctionParam, string> = {
    number: '数字', text: '文本', boolean: '布尔值', date: '日期', datetime: '日期时间',
    list: '多选列表', table: '子表', any: '字段值', temporal: '日期或日期时间',
    numbers: '数字或子表的数字列（子表.列）', 'number-column': '子表的数字列（子表.列）', rows: '子表或子表的列',
  };
  return lang === 'en' ? en[param] : zh[param];
}

/**
 * The value of a number written as a constant (`2`, `-4`), or undefined for anything computed.
 *
 * @example
 * constantNumber({ type: 'negate', operand: { type: 'number', value: 4, start: 1, end: 2 }, start: 0, end: 2 }) // -4
 */
export function constantNumber(node: FormulaNode | undefined): number | undefined {
  if (node?.type === 'number') return node.value;
  if (node?.type === 'negate') {
    const inner = constantNumber(node.operand);
    return inner === undefined ? undefined : -inner;
  }
  return undefined;
}
