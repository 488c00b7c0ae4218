/** @module A Pratt parser for formulas: bounded in length and depth, errors with their column. */
import { problem, type Problem } from '../core/problem.js';
import type { BinaryOperator, FormulaNode } from './ast.js';
import { columnAt, tokenize, type SyntaxIssue, type Token } from './lexer.js';

/** Longest formula accepted, in UTF-16 units. */
export const MAX_FORMULA_LENGTH = 2000;
/** Deepest nesting of parentheses, calls and unary minus accepted. */
export const MAX_FORMULA_DEPTH = 64;

/** How tightly each binary operator binds; comparisons are loosest, as in Excel. */
const BINDING: Readonly<Record<string, number>> = {
  '=': 1, '<>': 1, '<': 1, '<=': 1, '>': 1, '>=': 1,
  '&': 2,
  '+': 3, '-': 3,
  '*': 4, '/': 4,
};
const UNARY_BINDING = 5;

/** Thrown inside the parser only, to unwind at the first error; never escapes `parseFormula`. */
class Failure {
  constructor(readonly issue: SyntaxIssue) {}
}

class Parser {
  private index = 0;
  private depth = 0;

  constructor(
    private readonly source: string,
    private readonly tokens: readonly Token[],
  ) {}

  parse(): FormulaNode {
    const first = this.peek();
    if (first.type === 'end') throw new Failure({ at: 0, en: 'the formula is empty: write an expression such as annual_sales * 0.2.', zh: '公式为空：请写一个表达式，例如 annual_sales * 0.2。' });
    const node = this.expression(0);
    const rest = this.peek();
    if (rest.type !== 'end') {
      throw new Failure({
        at: rest.start,
        en: `expected an operator or the end of the formula, found ${describe(rest)}: is an operator or a comma missing?`,
        zh: `此处应为运算符或公式结尾，却是${describe(rest, true)}：是否漏了运算符或逗号？`,
      });
    }
    return node;
  }

  private peek(): Token {
    return this.tokens[this.index] ?? (this.tokens[this.tokens.length - 1] as Token);
  }

  private next(): Token {
    const token = this.peek();
    if (token.type !== 'end') this.index += 1;
    return token;
  }

  private isOperator(value: string): boolean {
    const token = this.peek();
    return token.type === 'operator' && token.value === value;
  }

  private expression(minBinding: number): FormulaNode {
    let left = this.prefix();
    for (;;) {
      const token = this.peek();
      const binding = token.type === 'operator' ? BINDING[token.value] : undefined;
      if (binding === undefined || binding <= minBinding) return left;
      this.next();
      const right = this.expression(binding);
      const operator = token.value as BinaryOperator;
      left = { type: 'binary', operator, operatorAt: token.start, left, right, start: left.start, end: right.end };
    }
  }

  private nested<T>(at: number, parse: () => T): T {
    this.depth += 1;
    if (this.depth > MAX_FORMULA_DEPTH) {
      throw new Failure({
        at,
        code: 'formula.too_deep',
        en: `the formula nests more than ${MAX_FORMULA_DEPTH} levels deep: split it into several computed fields.`,
        zh: `公式嵌套超过 ${MAX_FORMULA_DEPTH} 层：请拆分为多个计算字段。`,
      });
    }
    const result = parse();
    this.depth -= 1;
    return result;
  }

  private prefix(): FormulaNode {
    const token = this.next();
    switch (token.type) {
      case 'number': {
        const value = Number(token.value);
        if (!Number.isFinite(value)) throw new Failure({ at: token.start, en: 'this number is too large.', zh: '数字过大。' });
        return { type: 'number', value, start: token.start, end: token.end };
      }
      case 'string':
        return { type: 'string', value: token.value, start: token.start, end: token.end };
      case 'name':
        return this.name(token);
      case 'operator':
        if (token.value === '(') {
          return this.nested(token.start, () => {
            const inner = this.expression(0);
            this.close(token);
            return inner;
          });
        }
        if (token.value === '-') {
          return this.nested(token.start, () => {
            const operand = this.expression(UNARY_BINDING);
            return { type: 'negate', operand, start: token.start, end: operand.end };
          });
        }
        break;
      case 'end':
        break;
    }
    throw new Failure({
      at: token.start,
      en: `expected a value (a number, "text", a field id or a function), found ${describe(token)}.`,
      zh: `此处应为一个值（数字、"文本"、字段 ID 或函数），却是${describe(token, true)}。`,
    });
  }

  private name(token: Token): FormulaNode {
    const upper = token.value.toUpperCase();
    if (this.isOperator('(')) return this.call(token, upper);
    if (this.isOperator('.')) {
      this.next();
      const column = this.next();
      if (column.type !== 'name') {
        throw new Failure({
          at: column.start,
          en: `expected a column id after "${token.value}.", found ${describe(column)}.`,
          zh: `"${token.value}." 后应为列 ID，却是${describe(column, true)}。`,
        });
      }
      return { type: 'column', table: token.value, column: column.value, start: token.start, end: column.end };
    }
    if (upper === 'TRUE' || upper === 'FALSE') return { type: 'boolean', value: upper === 'TRUE', start: token.start, end: token.end };
    return { type: 'field', id: token.value, start: token.start, end: token.end };
  }

  private call(name: Token, upper: string): FormulaNode {
    const open = this.next();
    return this.nested(open.start, () => {
      const args: FormulaNode[] = [];
      if (!this.isOperator(')')) {
        args.push(this.expression(0));
        while (this.isOperator(',')) {
          this.next();
          args.push(this.expression(0));
        }
      }
      const end = this.close(open);
      return { type: 'call', name: upper, args, start: name.start, end };
    });
  }

  /** Consumes the `)` matching `open`, returning the offset after it. */
  private close(open: Token): number {
    const token = this.next();
    if (token.type === 'operator' && token.value === ')') return token.end;
    const column = columnAt(this.source, open.start);
    throw new Failure({
      at: token.start,
      en: `expected ')' to close the '(' at column ${column}, found ${describe(token)}.`,
      zh: `此处应为 ')'，以闭合第 ${column} 列的 '('，却是${describe(token, true)}。`,
    });
  }
}

function describe(token: Token, zh = false): string {
  switch (token.type) {
    case 'end':
      return zh ? '公式结尾' : 'the end of the formula';
    case 'string':
      return zh ? `文本 "${token.value}"` : `the text "${token.value}"`;
    default:
      return `"${token.value}"`;
  }
}

/**
 * Parses a formula into a syntax tree, or reports the first syntax error with its column
 * (`path` places the problem in the definition). Never throws.
 *
 * @example
 * parseFormula('(a + 1').problems[0].message
 * // "At column 7: expected ')' to close the '(' at column 1, found the end of the formula."
 */
export function parseFormula(source: string, path = ''): { ast?: FormulaNode; problems: Problem[] } {
  if (source.length > MAX_FORMULA_LENGTH) {
    return {
      problems: [
        problem(
          path,
          'formula.too_long',
          `The formula is ${source.length} characters long; at most ${MAX_FORMULA_LENGTH} are allowed: split it into several computed fields.`,
          `公式长 ${source.length} 个字符，最多允许 ${MAX_FORMULA_LENGTH} 个：请拆分为多个计算字段。`,
        ),
      ],
    };
  }
  const { tokens, issue } = tokenize(source);
  if (issue !== undefined) return { problems: [syntaxProblem(source, issue, path)] };
  try {
    return { ast: new Parser(source, tokens).parse(), problems: [] };
  } catch (e) {
    if (e instanceof Failure) return { problems: [syntaxProblem(source, e.issue, path)] };
    throw e;
  }
}

function syntaxProblem(source: string, issue: SyntaxIssue, path: string): Problem {
  const column = columnAt(source, issue.at);
  return problem(path, issue.code ?? 'formula.syntax', `At column ${column}: ${issue.en}`, `第 ${column} 列：${issue.zh}`);
}
