/**
 * @module The plain shapes a policy's formulas often take, read from and written back to them, so
 * an admin edits a fixed value or a share of a field per grade instead of a formula.
 */
import { parseFormula } from '../formula/index.js';
import type { FormulaNode } from '../formula/index.js';
import type { Policy } from './types.js';

/** A literal a formula may hold: a number or a text. */
export type PolicyLiteral = number | string;

/** A share of a field per grade; with a cap while a yes/no field holds (a new customer's trial limit). */
export interface PolicyRatio {
  /** The number or money field the share is of (`annual_sales`); undefined while none is picked. */
  readonly base: string | undefined;
  /** Grade → share (0.2 for 20%); a grade left out has no formula. */
  readonly byGrade: Readonly<Record<string, number>>;
  /** While `when` is true, at most `cap` (`is_new_customer`, 200000). */
  readonly cap?: { readonly when: string; readonly cap: number };
}

/**
 * What the policy's formulas are: `fixed` when every one is a literal (`90`, `"cash"`), `ratio`
 * when every one is `base * share`, or `IF(when, MIN(cap, base * share), base * share)` with
 * one base and one cap throughout (a share of 0 may be written `0`); undefined otherwise. A
 * grade without a formula fits both.
 */
export interface PolicyShapes {
  readonly fixed?: Readonly<Record<string, PolicyLiteral>>;
  readonly ratio?: PolicyRatio;
}

/** A number written in a formula, `-0.1` too. */
const numberOf = (node: FormulaNode): number | undefined =>
  node.type === 'number' ? node.value : node.type === 'negate' && node.operand.type === 'number' ? -node.operand.value : undefined;

/** A share written in a formula: `base * 0.2` or `0.2 * base`. */
function shareOf(node: FormulaNode): { base: string; share: number } | undefined {
  if (node.type !== 'binary' || node.operator !== '*') return undefined;
  const [field, num] = node.left.type === 'field' ? [node.left, numberOf(node.right)] : [node.right, numberOf(node.left)];
  if (field.type !== 'field' || num === undefined) return undefined;
  return { base: field.id, share: num };
}

/** One grade's formula as a share, with its cap if any. */
function ratioOf(node: FormulaNode): { base?: string; share: number; cap?: { when: string; cap: number } } | undefined {
  if (numberOf(node) === 0) return { share: 0 };
  const plain = shareOf(node);
  if (plain !== undefined) return plain;
  if (node.type !== 'call' || node.name !== 'IF' || node.args.length !== 3) return undefined;
  const [when, capped, otherwise] = node.args as [FormulaNode, FormulaNode, FormulaNode];
  if (when.type !== 'field' || capped.type !== 'call' || capped.name !== 'MIN' || capped.args.length !== 2) return undefined;
  const share = shareOf(otherwise);
  const [a, b] = capped.args as [FormulaNode, FormulaNode];
  const [cap, inner] = numberOf(a) === undefined ? [numberOf(b), a] : [numberOf(a), b];
  const innerShare = shareOf(inner);
  if (share === undefined || cap === undefined || innerShare === undefined) return undefined;
  if (innerShare.base !== share.base || innerShare.share !== share.share) return undefined;
  return { ...share, cap: { when: when.id, cap } };
}

const literalOf = (node: FormulaNode): PolicyLiteral | undefined => (node.type === 'string' ? node.value : numberOf(node));

const sameCap = (a: PolicyRatio['cap'], b: PolicyRatio['cap']): boolean => a?.when === b?.when && a?.cap === b?.cap;

/**
 * The shapes `policy`'s formulas fit, for the grades given.
 *
 * @example
 * policyShapes({ byGrade: { A: 'annual_sales * 0.1', D: '0' }, ... }, ['A', 'D'])
 * // { ratio: { base: 'annual_sales', byGrade: { A: 0.1, D: 0 } } }
 */
export function policyShapes(policy: Pick<Policy, 'byGrade'>, grades: readonly string[]): PolicyShapes {
  const nodes: [string, FormulaNode][] = [];
  for (const g of grades) {
    const source = Object.hasOwn(policy.byGrade, g) ? policy.byGrade[g] : undefined;
    if (source === undefined || source.trim() === '') continue;
    const { ast } = parseFormula(source);
    if (ast === undefined) return {};
    nodes.push([g, ast]);
  }
  const fixed: Record<string, PolicyLiteral> = {};
  const shares: Record<string, number> = {};
  let base: string | undefined;
  let cap: PolicyRatio['cap'];
  let capSeen = false;
  let isFixed = true;
  let isRatio = true;
  for (const [g, node] of nodes) {
    const literal = literalOf(node);
    if (literal === undefined) isFixed = false;
    else fixed[g] = literal;
    const r = isRatio ? ratioOf(node) : undefined;
    if (r === undefined) {
      isRatio = false;
      continue;
    }
    shares[g] = r.share;
    if (r.base !== undefined) {
      if (base !== undefined && base !== r.base) isRatio = false;
      if (capSeen && !sameCap(cap, r.cap)) isRatio = false;
      base = r.base;
      cap = r.cap;
      capSeen = true;
    }
  }
  return {
    ...(isFixed ? { fixed } : {}),
    ...(isRatio ? { ratio: { base, byGrade: shares, ...(cap === undefined ? {} : { cap }) } } : {}),
  };
}

/**
 * A number as a formula writes it, without an exponent (`0.075`, `0.0000001`, `200000`), or
 * undefined when it cannot be written so (not finite, or too large or too small to write out).
 *
 * @example
 * formulaNumber(0.15) // '0.15'
 */
export function formulaNumber(n: number): string | undefined {
  if (!Number.isFinite(n)) return undefined;
  const clean = Number(n.toPrecision(15));
  const text = String(clean);
  if (!/e/i.test(text)) return text;
  // Small numbers print with an exponent (1e-7): written out, up to 20 decimals.
  const fixed = Math.abs(clean) < 1 ? clean.toFixed(20).replace(/\.?0+$/, '') : '';
  return fixed === '' || fixed === '0' || fixed === '-0' ? undefined : fixed;
}

/**
 * A text as a formula literal: in double quotes, `"` and `\` escaped.
 *
 * @example
 * formulaText('现款现货') // '"现款现货"'
 */
export const formulaText = (text: string): string => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

/** A literal as a formula, or undefined for a number a formula cannot write. */
export const literalFormula = (value: PolicyLiteral): string | undefined => (typeof value === 'number' ? formulaNumber(value) : formulaText(value));

/**
 * One grade's formula for a share of `ratio.base` (`0` for a share of 0), capped while
 * `ratio.cap.when`; undefined while no base is picked or a number cannot be written.
 *
 * @example
 * ratioFormula({ base: 'annual_sales', byGrade: {}, cap: { when: 'is_new_customer', cap: 200000 } }, 0.2)
 * // 'IF(is_new_customer, MIN(200000, annual_sales * 0.2), annual_sales * 0.2)'
 */
export function ratioFormula(ratio: PolicyRatio, share: number): string | undefined {
  if (share === 0) return '0';
  const n = formulaNumber(share);
  if (ratio.base === undefined || n === undefined) return undefined;
  const plain = `${ratio.base} * ${n}`;
  if (ratio.cap === undefined) return plain;
  const cap = formulaNumber(ratio.cap.cap);
  return cap === undefined ? undefined : `IF(${ratio.cap.when}, MIN(${cap}, ${plain}), ${plain})`;
}
