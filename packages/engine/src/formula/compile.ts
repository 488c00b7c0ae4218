/** @module Compiles a checked formula into closures once; evaluation never re-parses. */
import type { FieldCatalog, ValueKind } from '../core/catalog.js';
import type { Checked } from '../core/problem.js';
import type { FormulaNode } from './ast.js';
import { analyzeFormula } from './checker.js';
import { parseFormula } from './parser.js';
import { lookupFunction } from './functions/registry.js';
import { compileBinary, compileNegate } from './operators.js';
import { ownValue as own } from '../core/own.js';
import { readRows, readValue } from './values.js';
import type { Evaluator, FormulaType } from './typing.js';
import type { CompiledFormula, FormulaEnv, FormulaValue } from './types.js';

function kindOf(types: ReadonlyMap<FormulaNode, FormulaType>, node: FormulaNode): ValueKind {
  return types.get(node)?.kind ?? 'number';
}

function build(node: FormulaNode, types: ReadonlyMap<FormulaNode, FormulaType>): Evaluator {
  switch (node.type) {
    case 'number':
    case 'string':
    case 'boolean': {
      const value = node.value;
      return () => value;
    }
    case 'field': {
      const { id } = node;
      const kind = kindOf(types, node);
      if (kind === 'table') return (s) => readRows(own(s.record, id))?.map(() => true) ?? [];
      return (s) => readValue(own(s.record, id), kind);
    }
    case 'column': {
      const { table, column } = node;
      const kind = kindOf(types, node);
      return (s) => readRows(own(s.record, table))?.map((row) => readValue(own(row, column), kind)) ?? [];
    }
    case 'negate':
      return compileNegate(build(node.operand, types));
    case 'binary':
      return compileBinary(node.operator, kindOf(types, node.left), build(node.left, types), build(node.right, types));
    case 'call': {
      const spec = lookupFunction(node.name);
      const args = node.args.map((arg) => build(arg, types));
      return spec === undefined ? () => null : spec.compile(args);
    }
  }
}

function collectReferences(node: FormulaNode, into: Set<string>): void {
  switch (node.type) {
    case 'field':
      into.add(node.id);
      return;
    case 'column':
      into.add(node.table);
      return;
    case 'negate':
      collectReferences(node.operand, into);
      return;
    case 'binary':
      collectReferences(node.left, into);
      collectReferences(node.right, into);
      return;
    case 'call':
      for (const arg of node.args) collectReferences(arg, into);
      return;
    default:
      return;
  }
}

function referencesOf(ast: FormulaNode): string[] {
  const into = new Set<string>();
  collectReferences(ast, into);
  return [...into];
}

/**
 * The field ids a formula reads, in order of first appearance (a column counts as its
 * sub-table); empty when it does not parse.
 *
 * @example
 * formulaReferences('a + SUM(t.x) + a') // ['a', 't']
 */
export function formulaReferences(source: string): string[] {
  const { ast } = parseFormula(source);
  return ast === undefined ? [] : referencesOf(ast);
}

/**
 * Checks a formula against `catalog` and compiles it to closures. `evaluate` is pure and never
 * throws: missing or malformed inputs and division by zero yield null.
 *
 * @example
 * const f = compileFormula('annual_sales * 0.2', catalog);
 * if (f.ok) f.value.evaluate({ annual_sales: 1234.56 }, { today: '2024-05-01' }) // 246.912
 */
export function compileFormula(source: string, catalog: FieldCatalog, path = ''): Checked<CompiledFormula> {
  const { ast, types, type, problems } = analyzeFormula(source, catalog, path);
  if (ast === undefined || type === undefined || problems.length > 0) return { ok: false, problems };
  const root = build(ast, types);
  const evaluate = (record: Readonly<Record<string, unknown>>, env: FormulaEnv): FormulaValue => {
    try {
      return root({ record, env });
    } catch {
      // Only a hostile record (a getter that throws, a revoked proxy) can get here.
      return null;
    }
  };
  return { ok: true, value: { source, kind: type.kind, references: referencesOf(ast), evaluate } };
}
