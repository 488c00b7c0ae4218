/** @module What a formula can give: the literals and fields its IF branches end in, for checks that need values, not just a kind. */
import type { FormulaNode } from './ast.js';
import { columnAt } from './lexer.js';
import { parseFormula } from './parser.js';

/**
 * One way a formula's value can come about: a literal written in it, a field read as is, or
 * anything computed (`&`, arithmetic, a function other than IF), whose value is known only
 * when it runs. `column` is 1-based, in characters, for messages.
 */
export type FormulaResult =
  | { readonly kind: 'text'; readonly value: string; readonly column: number }
  | { readonly kind: 'number'; readonly value: number; readonly column: number }
  | { readonly kind: 'boolean'; readonly value: boolean; readonly column: number }
  | { readonly kind: 'field'; readonly id: string; readonly column: number }
  | { readonly kind: 'computed'; readonly column: number };

function collect(node: FormulaNode, source: string, out: FormulaResult[]): void {
  const column = columnAt(source, node.start);
  switch (node.type) {
    case 'string':
      out.push({ kind: 'text', value: node.value, column });
      return;
    case 'number':
      out.push({ kind: 'number', value: node.value, column });
      return;
    case 'boolean':
      out.push({ kind: 'boolean', value: node.value, column });
      return;
    case 'field':
      out.push({ kind: 'field', id: node.id, column });
      return;
    case 'call': {
      const [, then, otherwise] = node.args;
      if (node.name === 'IF' && node.args.length === 3 && then !== undefined && otherwise !== undefined) {
        collect(then, source, out);
        collect(otherwise, source, out);
        return;
      }
      out.push({ kind: 'computed', column });
      return;
    }
    default:
      out.push({ kind: 'computed', column });
  }
}

/**
 * Every way a formula's value can come about, in source order, following both branches of
 * each IF; undefined when it does not parse. Type-check it first (`checkFormula`): this reads
 * the shape of the formula only.
 *
 * @example
 * formulaResults('IF(days_overdue > 90, "legal", "notice")')
 * // [{ kind: 'text', value: 'legal', column: 23 }, { kind: 'text', value: 'notice', column: 32 }]
 */
export function formulaResults(source: string): FormulaResult[] | undefined {
  const { ast } = parseFormula(source);
  if (ast === undefined) return undefined;
  const out: FormulaResult[] = [];
  collect(ast, source, out);
  return out;
}
