/** @module What the checker knows of an expression, and what compiled expressions look like. */
import type { ValueKind } from '../core/catalog.js';
import type { FormulaEnv, FormulaValue } from './types.js';

/** An expression's type: a kind, and whether it is a sub-table column (a list of row values). */
export interface FormulaType {
  readonly kind: ValueKind;
  readonly column?: boolean;
}

/** What one evaluation sees. */
export interface Scope {
  readonly record: Readonly<Record<string, unknown>>;
  readonly env: FormulaEnv;
}

/** A compiled expression. Columns (and sub-tables in COUNT) yield one array entry per row. */
export type Evaluator = (scope: Scope) => FormulaValue;

/** Why a type does not fit, in English and Chinese. */
export interface Mismatch {
  readonly en: string;
  readonly zh: string;
}

const NAMES: Readonly<Record<ValueKind, readonly [en: string, zh: string, enPlural: string]>> = {
  number: ['a number', '数字', 'numbers'],
  text: ['text', '文本', 'text'],
  boolean: ['TRUE/FALSE', '布尔值', 'TRUE/FALSE values'],
  date: ['a date', '日期', 'dates'],
  datetime: ['a date-time', '日期时间', 'date-times'],
  list: ['a multi-select list', '多选列表', 'lists'],
  table: ['a sub-table', '子表', 'sub-tables'],
};

/**
 * A type as a person would say it.
 *
 * @example
 * describeType({ kind: 'number', column: true }, 'en') // 'a column of numbers'
 */
export function describeType(type: FormulaType, lang: 'en' | 'zh'): string {
  const [en, zh, plural] = NAMES[type.kind];
  if (type.column === true) return lang === 'en' ? `a column of ${plural}` : `子表的${zh}列`;
  return lang === 'en' ? en : zh;
}

/** Whether a type is a single value that operators can work on. */
export function isScalar(type: FormulaType): boolean {
  return type.column !== true && type.kind !== 'table' && type.kind !== 'list';
}
