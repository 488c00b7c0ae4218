/** @module The syntax tree of a formula, with source positions for messages. */

/** Binary operators, loosest to tightest: comparisons, `&`, `+ -`, `* /`. */
export type BinaryOperator = '=' | '<>' | '<' | '<=' | '>' | '>=' | '&' | '+' | '-' | '*' | '/';

/** Where a node sits in the source: `start` is a 0-based offset, `end` is exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A number written in the formula (arithmetic reads it as the decimal it was written as). */
export interface NumberNode extends Span {
  readonly type: 'number';
  readonly value: number;
}

/** A text literal in double quotes. */
export interface StringNode extends Span {
  readonly type: 'string';
  readonly value: string;
}

/** `TRUE` or `FALSE`. */
export interface BooleanNode extends Span {
  readonly type: 'boolean';
  readonly value: boolean;
}

/** A field of the record, by id. */
export interface FieldNode extends Span {
  readonly type: 'field';
  readonly id: string;
}

/** `table.column`: one column of a sub-table, as a list of row values. */
export interface ColumnNode extends Span {
  readonly type: 'column';
  readonly table: string;
  readonly column: string;
}

/** `-x`. */
export interface NegateNode extends Span {
  readonly type: 'negate';
  readonly operand: FormulaNode;
}

/** `left op right`; `operatorAt` is the operator's offset, for messages. */
export interface BinaryNode extends Span {
  readonly type: 'binary';
  readonly operator: BinaryOperator;
  readonly operatorAt: number;
  readonly left: FormulaNode;
  readonly right: FormulaNode;
}

/** `NAME(args)`; `name` is upper-cased (function names are case-insensitive). */
export interface CallNode extends Span {
  readonly type: 'call';
  readonly name: string;
  readonly args: readonly FormulaNode[];
}

/** Any node of a formula's syntax tree. */
export type FormulaNode =
  | NumberNode
  | StringNode
  | BooleanNode
  | FieldNode
  | ColumnNode
  | NegateNode
  | BinaryNode
  | CallNode;
