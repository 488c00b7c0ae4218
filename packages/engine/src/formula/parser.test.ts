import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import type { FormulaNode } from './ast.js';
import { MAX_FORMULA_DEPTH, MAX_FORMULA_LENGTH, parseFormula } from './parser.js';

/** The tree as an s-expression, so precedence is visible. */
function sexpr(node: FormulaNode | undefined): string {
  if (node === undefined) return '<none>';
  switch (node.type) {
    case 'number':
    case 'boolean':
      return String(node.value);
    case 'string':
      return JSON.stringify(node.value);
    case 'field':
      return node.id;
    case 'column':
      return `${node.table}.${node.column}`;
    case 'negate':
      return `(- ${sexpr(node.operand)})`;
    case 'binary':
      return `(${node.operator} ${sexpr(node.left)} ${sexpr(node.right)})`;
    case 'call':
      return `(${[node.name, ...node.args.map(sexpr)].join(' ')})`;
  }
}

const tree = (source: string) => sexpr(parseFormula(source).ast);
const message = (source: string) => parseFormula(source).problems.map((p) => p.message).join('\n');

describe('parseFormula: precedence and shape', () => {
  it.each([
    ['1 + 2 * 3', '(+ 1 (* 2 3))'],
    ['(1 + 2) * 3', '(* (+ 1 2) 3)'],
    ['10 - 4 - 3', '(- (- 10 4) 3)'],
    ['8 / 4 / 2', '(/ (/ 8 4) 2)'],
    ['-a * b', '(* (- a) b)'],
    ['-(a + b)', '(- (+ a b))'],
    ['a - -b', '(- a (- b))'],
    ['a + b > c * 2', '(> (+ a b) (* c 2))'],
    ['a & b + 1', '(& a (+ b 1))'],
    ['a = b & "x"', '(= a (& b "x"))'],
    ['a != b', '(<> a b)'],
    ['a <= b', '(<= a b)'],
  ])('%s → %s', (source, expected) => {
    expect(tree(source)).toBe(expected);
  });

  it('reads literals, booleans in any case, columns and calls with upper-cased names', () => {
    expect(tree('if(true, False, "a\\"b")')).toBe('(IF true false "a\\"b")');
    expect(tree('Sum(financials.revenue)')).toBe('(SUM financials.revenue)');
    expect(tree('TODAY()')).toBe('(TODAY)');
    expect(tree('.5 + 12.25')).toBe('(+ 0.5 12.25)');
  });

  it('keeps source spans', () => {
    const ast = parseFormula('  a + bc ').ast;
    expect(ast).toMatchObject({ type: 'binary', start: 2, end: 8, operatorAt: 4 });
  });
});

describe('parseFormula: errors with their column', () => {
  it.each([
    ['(a + 1', "At column 7: expected ')' to close the '(' at column 1, found the end of the formula."],
    ['MAX(1, 2', "At column 9: expected ')' to close the '(' at column 4"],
    ['1 +', 'At column 4: expected a value'],
    ['a b', 'At column 3: expected an operator or the end of the formula, found "b"'],
    ['* 2', 'At column 1: expected a value (a number, "text", a field id or a function), found "*"'],
    ['MAX(1,)', 'At column 7: expected a value'],
    ['t.', 'At column 3: expected a column id after "t."'],
    ['a)', 'At column 2: expected an operator'],
    ['', 'the formula is empty'],
    ['   ', 'the formula is empty'],
  ])('%j', (source, expected) => {
    expect(message(source)).toContain(expected);
  });

  it('says it in Chinese too, with the same column', () => {
    const [p] = parseFormula('(a + 1', '/fields/2/formula').problems;
    expect(p).toMatchObject({ path: '/fields/2/formula', code: 'formula.syntax' });
    expect(p?.messageZh).toMatch(/^第 7 列：此处应为 '\)'/);
  });

  it('reports tokenizer errors through the same path', () => {
    expect(parseFormula('1 # 2', '/x').problems).toEqual([expect.objectContaining({ path: '/x', message: expect.stringContaining('At column 3: unexpected character "#"') })]);
  });

  it('rejects numbers too large for a double', () => {
    expect(message('1' + '0'.repeat(400))).toContain('too large');
    expect(message('9'.repeat(40))).toContain('more than 15 significant digits');
  });
});

describe('parseFormula: limits', () => {
  it(`rejects sources longer than ${MAX_FORMULA_LENGTH} characters`, () => {
    const ok = parseFormula('1+'.repeat(999) + '11');
    expect(ok.problems).toEqual([]);
    const long = parseFormula('1+'.repeat(1000) + '1');
    expect(long.problems).toEqual([expect.objectContaining({ code: 'formula.too_long' })]);
  });

  it(`accepts ${MAX_FORMULA_DEPTH} levels of nesting and rejects one more`, () => {
    const nest = (n: number) => '('.repeat(n) + '1' + ')'.repeat(n);
    expect(parseFormula(nest(MAX_FORMULA_DEPTH)).problems).toEqual([]);
    expect(parseFormula(nest(MAX_FORMULA_DEPTH + 1)).problems).toEqual([expect.objectContaining({ code: 'formula.too_deep', message: expect.stringContaining('At column 65') })]);
    expect(parseFormula('-'.repeat(500) + '1').problems[0]?.code).toBe('formula.too_deep');
    expect(parseFormula('ABS('.repeat(300) + '1' + ')'.repeat(300)).problems[0]?.code).toBe('formula.too_deep');
  });

  it('parses a long flat chain without deep recursion', () => {
    const chain = parseFormula('a+'.repeat(999) + 'a');
    expect(chain.problems).toEqual([]);
    expect(chain.ast).toMatchObject({ type: 'binary', end: 1999 });
  });
});

describe('parseFormula: hostile input', () => {
  const alphabet = fc.constantFrom(...'()+-*/&=<>!,." \\abcSUMIF0123456789.（）'.split(''), 'TRUE', 'SUM(', 'IF(', 't.c');

  it('never throws, and yields a tree or problems', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.array(alphabet, { maxLength: 200 }).map((a) => a.join(''))), (source) => {
        const result = parseFormula(source);
        expect(result.ast === undefined).toBe(result.problems.length > 0);
      }),
      { numRuns: 2000 },
    );
  });
});
