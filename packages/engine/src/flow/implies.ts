/** @module Whether one condition implies another, soundly but not completely: for finding branches that can never be taken. */
import { isPlainObject } from '../core/json.js';
import { operators, type Condition, type FactCondition, type FactRef } from '../condition/index.js';

/**
 * Whether the condition holds for every record. Empty `all` and empty `any` are true, as in
 * json-rules-engine.
 *
 * @example
 * alwaysTrue({ all: [] }) // true
 */
export function alwaysTrue(c: Condition): boolean {
  if ('all' in c) return c.all.every(alwaysTrue);
  if ('any' in c) return c.any.length === 0 || c.any.some(alwaysTrue);
  if ('not' in c) return alwaysFalse(c.not);
  return false;
}

/** Whether the condition holds for no record. */
export function alwaysFalse(c: Condition): boolean {
  if ('all' in c) return c.all.some(alwaysFalse);
  if ('any' in c) return c.any.length > 0 && c.any.every(alwaysFalse);
  if ('not' in c) return alwaysTrue(c.not);
  return false;
}

/** A condition as text with sorted keys and without `name`/`priority`, which do not change what it means. */
export function canonical(c: unknown): string {
  if (Array.isArray(c)) return `[${c.map(canonical).join(',')}]`;
  if (c === null || typeof c !== 'object') return JSON.stringify(c) ?? 'null';
  const entries = Object.entries(c as Record<string, unknown>)
    .filter(([k]) => k !== 'name' && k !== 'priority')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

const isRef = (v: unknown): v is FactRef => isPlainObject(v);

type Bound = { readonly side: 'upper' | 'lower'; readonly at: number; readonly inclusive: boolean };

/** The numeric half-line a comparison with a number accepts. */
function boundOf(c: FactCondition): Bound | undefined {
  if (typeof c.value !== 'number') return undefined;
  switch (c.operator) {
    case 'lessThan':
      return { side: 'upper', at: c.value, inclusive: false };
    case 'lessThanInclusive':
      return { side: 'upper', at: c.value, inclusive: true };
    case 'greaterThan':
      return { side: 'lower', at: c.value, inclusive: false };
    case 'greaterThanInclusive':
      return { side: 'lower', at: c.value, inclusive: true };
    default:
      return undefined;
  }
}

function within(a: Bound, b: Bound): boolean {
  if (a.side !== b.side) return false;
  const tighter = a.side === 'upper' ? a.at < b.at : a.at > b.at;
  return tighter || (a.at === b.at && (!a.inclusive || b.inclusive));
}

/** Whether `c` holds when its fact is `v`; a malformed comparison (e.g. `in` a non-list) holds for nothing. */
function holds(c: FactCondition, v: unknown): boolean {
  try {
    return operators[c.operator].test(v, c.value);
  } catch {
    return false;
  }
}

/** Two comparisons on the same fact: a finite set of values, or nested numeric half-lines. */
function atomImplies(a: FactCondition, b: FactCondition): boolean {
  if (a.fact !== b.fact || a.path !== b.path || isRef(a.value) || isRef(b.value)) return false;
  // The fact's value is then one of these, so `b` holds exactly when it holds for each of them.
  const values = a.operator === 'equal' ? [a.value] : a.operator === 'in' && Array.isArray(a.value) ? a.value : undefined;
  if (values !== undefined) return values.every((v) => holds(b, v));
  const ba = boundOf(a);
  const bb = boundOf(b);
  return ba !== undefined && bb !== undefined && within(ba, bb);
}

/**
 * Whether every record matching `a` also matches `b`. `false` means "not shown", not "no":
 * the check stops after a fixed budget of steps so that huge conditions stay cheap.
 *
 * @example
 * implies({ fact: 'amount', operator: 'lessThan', value: 300000 }, { fact: 'amount', operator: 'lessThan', value: 500000 }) // true
 */
export function implies(a: Condition, b: Condition): boolean {
  const budget = { left: 10_000 };
  return go(a, b, budget);
}

function go(a: Condition, b: Condition, budget: { left: number }): boolean {
  if (--budget.left < 0) return false;
  if (alwaysTrue(b) || alwaysFalse(a) || canonical(a) === canonical(b)) return true;
  if ('any' in a && a.any.length > 0 && a.any.every((x) => go(x, b, budget))) return true;
  if ('all' in a && a.all.some((x) => go(x, b, budget))) return true;
  if ('all' in b && b.all.every((x) => go(a, x, budget))) return true;
  if ('any' in b && b.any.some((x) => go(a, x, budget))) return true;
  return 'fact' in a && 'fact' in b && atomImplies(a, b);
}
