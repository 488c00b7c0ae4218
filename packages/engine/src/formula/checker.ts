/** @module Type checking of a formula against the fields it may read. */
import type { FieldCatalog, ValueKind } from '../core/catalog.js';
import { labelsWritten } from './labels-written.js';
import { problem, type Problem } from '../core/problem.js';
import type { ColumnNode, FieldNode, FormulaNode, CallNode } from './ast.js';
import { columnAt } from './lexer.js';
import { parseFormula } from './parser.js';
import { binaryKind } from './operators.js';
import { closest } from '../core/suggest.js';
import { FUNCTION_NAMES, lookupFunction } from './functions/registry.js';
import { accepts, describeParam } from './functions/spec.js';
import { describeType, type FormulaType } from './typing.js';

/** A checked formula: its tree, the type of every node, and every problem found. */
export interface Analysis {
  readonly ast?: FormulaNode;
  readonly types: ReadonlyMap<FormulaNode, FormulaType>;
  readonly type?: FormulaType;
  readonly problems: Problem[];
}

const KNOWN_LIMIT = 15;

function knownList(names: readonly string[], lang: 'en' | 'zh'): string {
  const shown = names.slice(0, KNOWN_LIMIT).join(', ');
  if (names.length <= KNOWN_LIMIT) return shown;
  return lang === 'en' ? `${shown} and ${names.length - KNOWN_LIMIT} more` : `${shown} 等 ${names.length} 个`;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

class Checker {
  readonly types = new Map<FormulaNode, FormulaType>();
  readonly problems: Problem[] = [];

  constructor(
    private readonly source: string,
    private readonly catalog: FieldCatalog,
    private readonly path: string,
  ) {}

  report(at: number, code: string, en: string, zh: string): undefined {
    const column = columnAt(this.source, at);
    this.problems.push(problem(this.path, code, `${en} (column ${column})`, `${zh}（第 ${column} 列）`));
    return undefined;
  }

  check(node: FormulaNode): FormulaType | undefined {
    const type = this.infer(node);
    if (type !== undefined) this.types.set(node, type);
    return type;
  }

  private infer(node: FormulaNode): FormulaType | undefined {
    switch (node.type) {
      case 'number':
      case 'string':
      case 'boolean':
        return { kind: node.type === 'string' ? 'text' : node.type };
      case 'field':
        return this.field(node);
      case 'column':
        return this.column(node);
      case 'negate': {
        const operand = this.check(node.operand);
        if (operand === undefined) return undefined;
        if (operand.kind === 'number' && operand.column !== true) return operand;
        return this.report(node.start, 'formula.type', `Minus needs a number, but this is ${describeType(operand, 'en')}: remove the minus sign.`, `负号只能用于数字，这里却是${describeType(operand, 'zh')}：请去掉负号。`);
      }
      case 'binary': {
        const left = this.check(node.left);
        const right = this.check(node.right);
        if (left === undefined || right === undefined) return undefined;
        const result = binaryKind(node.operator, left, right);
        if (!('kind' in result)) return this.report(node.operatorAt, 'formula.type', result.en, result.zh);
        if (node.operator === '=' || node.operator === '<>') {
          this.option(node.left, node.right);
          this.option(node.right, node.left);
        }
        return result;
      }
      case 'call':
        return this.call(node);
    }
  }

  private field(node: FieldNode): FormulaType | undefined {
    const info = this.catalog.get(node.id);
    if (info !== undefined) return { kind: info.kind };
    const upper = node.id.toUpperCase();
    if (lookupFunction(upper) !== undefined) {
      return this.report(node.start, 'formula.unknown_field', `"${node.id}" is a function: call it with parentheses, e.g. ${upper}().`, `"${node.id}" 是函数：请加括号调用，例如 ${upper}()。`);
    }
    return this.unknown(node.start, 'formula.unknown_field', 'field', '字段', node.id, [...this.catalog.keys()]);
  }

  /** A select field compared with a text that is none of its options can never match. */
  private option(field: FormulaNode, text: FormulaNode): void {
    if (field.type !== 'field' || text.type !== 'string') return;
    const options = this.catalog.get(field.id)?.options;
    if (options === undefined || options.includes(text.value)) return;
    const guess = closest(text.value, options);
    const hint = guess === undefined ? `Its options: ${knownList(options, 'en')}.` : `Did you mean "${guess}"?`;
    const hintZh = guess === undefined ? `可选项：${knownList(options, 'zh')}。` : `您是指 "${guess}" 吗？`;
    this.report(text.start, 'formula.unknown_option', `"${text.value}" is not an option of ${field.id}, so this never matches. ${hint}`, `"${text.value}" 不是 ${field.id} 的选项，永远不会匹配。${hintZh}`);
  }

  private column(node: ColumnNode): FormulaType | undefined {
    const table = this.catalog.get(node.table);
    if (table === undefined) {
      return this.unknown(node.start, 'formula.unknown_field', 'sub-table', '子表', node.table, [...this.catalog.values()].filter((f) => f.kind === 'table').map((f) => f.id));
    }
    if (table.kind !== 'table' || table.columns === undefined) {
      return this.report(node.start, 'formula.type', `"${node.table}" is ${describeType({ kind: table.kind }, 'en')}, not a sub-table, so it has no column "${node.column}".`, `"${node.table}" 是${describeType({ kind: table.kind }, 'zh')}而非子表，没有列 "${node.column}"。`);
    }
    const column = table.columns.get(node.column);
    if (column === undefined) {
      return this.unknown(node.start + node.table.length + 1, 'formula.unknown_column', `column of ${node.table}`, `${node.table} 的列`, node.column, [...table.columns.keys()]);
    }
    return { kind: column.kind, column: true };
  }

  private unknown(at: number, code: string, what: string, whatZh: string, name: string, known: readonly string[]): undefined {
    const guess = closest(name, known);
    if (guess !== undefined) {
      return this.report(at, code, `Unknown ${what} "${name}". Did you mean ${guess}?`, `未知${whatZh} "${name}"。您是指 ${guess} 吗？`);
    }
    const list = known.length === 0 ? ' There are none here.' : ` Known: ${knownList(known, 'en')}.`;
    const listZh = known.length === 0 ? '此处没有可用项。' : `可用：${knownList(known, 'zh')}。`;
    return this.report(at, code, `Unknown ${what} "${name}".${list}`, `未知${whatZh} "${name}"。${listZh}`);
  }

  private call(node: CallNode): FormulaType | undefined {
    const spec = lookupFunction(node.name);
    const args = node.args.map((arg) => this.check(arg));
    if (spec === undefined) {
      return this.unknown(node.start, 'formula.unknown_function', 'function', '函数', node.name, FUNCTION_NAMES);
    }
    const [min, max] = spec.arity;
    if (args.length < min || args.length > max) {
      const wanted = min === max ? plural(min, 'argument') : max === Infinity ? `at least ${plural(min, 'argument')}` : `${min} to ${max} arguments`;
      const wantedZh = min === max ? `${min} 个` : max === Infinity ? `至少 ${min} 个` : `${min} 到 ${max} 个`;
      return this.report(node.start, 'formula.arity', `${node.name} takes ${wanted}, but ${args.length === 1 ? '1 was' : `${args.length} were`} given. Usage: ${spec.usage}.`, `${node.name} 需要 ${wantedZh}参数，实际给了 ${args.length} 个。用法：${spec.usage}。`);
    }
    let ok = true;
    args.forEach((type, i) => {
      const param = spec.params[Math.min(i, spec.params.length - 1)];
      const arg = node.args[i] as FormulaNode;
      if (type === undefined || param === undefined) {
        ok = false;
      } else if (!accepts(param, type)) {
        ok = false;
        this.report(arg.start, 'formula.type', `Argument ${i + 1} of ${node.name} must be ${describeParam(param, 'en')}, but it is ${describeType(type, 'en')}. Usage: ${spec.usage}.`, `${node.name} 的第 ${i + 1} 个参数应为${describeParam(param, 'zh')}，这里却是${describeType(type, 'zh')}。用法：${spec.usage}。`);
      }
    });
    if (!ok) return undefined;
    const bad = spec.checkArgs?.(node.args);
    if (bad !== undefined) return this.report(bad.at, 'formula.argument', bad.en, bad.zh);
    const result = typeof spec.result === 'string' ? spec.result : spec.result(args as FormulaType[]);
    return typeof result === 'string' ? { kind: result } : this.report(node.start, 'formula.type', result.en, result.zh);
  }
}

/**
 * Parses and type-checks a formula, keeping what the compiler needs. Never throws.
 *
 * @example
 * analyzeFormula('a * 2', catalogOf([{ id: 'a', type: 'number', kind: 'number' }]), '').type // { kind: 'number' }
 */
export function analyzeFormula(source: string, catalog: FieldCatalog, path: string): Analysis {
  const parsed = parseFormula(source, path);
  if (parsed.ast === undefined) {
    // Labels where ids go are why it does not parse: say which ids to write, not which character stopped it.
    const labels = labelsWritten(source, catalog, path);
    return { types: new Map(), problems: labels === undefined ? parsed.problems : [labels] };
  }
  const checker = new Checker(source, catalog, path);
  const type = checker.check(parsed.ast);
  if (type !== undefined && (type.column === true || type.kind === 'table')) {
    checker.report(parsed.ast.start, 'formula.type', `A formula must give a single value, not ${describeType(type, 'en')}: wrap it in SUM, AVG, COUNT, MIN or MAX.`, `公式结果必须是单个值，不能是${describeType(type, 'zh')}：请用 SUM、AVG、COUNT、MIN 或 MAX 汇总。`);
  }
  const problems = checker.problems;
  return { ast: parsed.ast, types: checker.types, type: problems.length === 0 ? type : undefined, problems };
}

/**
 * Type-checks a formula against a catalog: the kind it yields, or every problem found
 * (unknown fields with a suggestion, wrong kinds, wrong arity), placed at `path`.
 *
 * @example
 * checkFormula('anual_sales * 0.2', catalog, '/fields/3/formula').problems[0].message
 * // 'Unknown field "anual_sales". Did you mean annual_sales? (column 1)'
 */
export function checkFormula(source: string, catalog: FieldCatalog, path: string): { kind?: ValueKind; problems: Problem[] } {
  const { type, problems } = analyzeFormula(source, catalog, path);
  return type === undefined ? { problems } : { kind: type.kind, problems };
}
