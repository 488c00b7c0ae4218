/** @module Conditions as generated expressions over read values; anything unusual calls the compiled closure. */
import { isPlainObject } from '../core/json.js';
import { compileCondition, operators } from '../condition/index.js';
import type { Condition, FactCondition, Operator } from '../condition/index.js';
import { literal, type CodeData } from './generate-source.js';

/** Where a condition's code reads its facts. */
export interface ConditionScope {
  readonly data: CodeData;
  /** Code giving a fact's own value: a local, or an expression without side effects. */
  fact(name: string): string;
  /** Code giving the facts object the compiled closure of an unusual part is called with. */
  readonly facts: string;
  /** Set when some part calls its compiled closure (then `facts` must hold every fact). */
  usesFacts: boolean;
}

/** Values compared inline: the rest (objects, NaN) go through the closure. */
function scalar(value: unknown, data: CodeData): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? literal(value) : undefined;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value === null) return 'null';
  if (typeof value === 'string') return data.ref(value);
  return undefined;
}

/** A test that answers false where json-rules-engine's operator would throw, as compiled conditions do. */
function guarded(op: Operator): (a: unknown, b: unknown) => boolean {
  const test = operators[op].test;
  return (a, b) => {
    try {
      return test(a, b);
    } catch {
      return false;
    }
  };
}

const ORDER: Partial<Record<Operator, (a: string, b: string) => string>> = {
  lessThan: (a, b) => `${a} < ${b}`,
  lessThanInclusive: (a, b) => `${a} <= ${b}`,
  greaterThan: (a, b) => `${b} < ${a}`,
  greaterThanInclusive: (a, b) => `${b} <= ${a}`,
};

/**
 * One comparison inline, exactly as the operator's test: numbers compare directly, other
 * values take the operator's own test; lists compare with `indexOf`.
 */
function factCode(c: FactCondition, scope: ConditionScope): string | undefined {
  if ((c.path !== undefined && c.path !== '') || isPlainObject(c.value)) return undefined;
  const a = scope.fact(c.fact);
  const { data } = scope;
  if (c.operator === 'in' || c.operator === 'notIn') {
    if (!Array.isArray(c.value)) return undefined;
    return `${data.ref(c.value)}.indexOf(${a}) ${c.operator === 'in' ? '> -1' : '=== -1'}`;
  }
  const b = scalar(c.value, data);
  if (b === undefined) return undefined;
  if (c.operator === 'equal') return `${a} === ${b}`;
  if (c.operator === 'notEqual') return `${a} !== ${b}`;
  const order = ORDER[c.operator];
  const slow = `${data.ref(guarded(c.operator))}(${a}, ${b})`;
  if (order === undefined) return slow;
  // For a number, "numberish" means not NaN, and any comparison with NaN is false anyway.
  return `(typeof ${a} === "number" ? ${order(a, b)} : ${slow})`;
}

/**
 * A condition as a boolean expression agreeing with `compileCondition` (and so with
 * json-rules-engine): `all`/`any` short-circuit in order, an empty `all` or `any` is true.
 *
 * @example
 * conditionCode({ fact: 'debt_ratio', operator: 'greaterThan', value: 0.7 }, scope)
 * // '((typeof v0 === "number" ? 0.7 < v0 : c9(v0, 0.7)))'
 */
export function conditionCode(cond: Condition, scope: ConditionScope): string {
  if ('all' in cond) return cond.all.length === 0 ? 'true' : `(${cond.all.map((c) => conditionCode(c, scope)).join(' && ')})`;
  if ('any' in cond) return cond.any.length === 0 ? 'true' : `(${cond.any.map((c) => conditionCode(c, scope)).join(' || ')})`;
  if ('not' in cond) return `!${conditionCode(cond.not, scope)}`;
  const inline = factCode(cond, scope);
  if (inline !== undefined) return `(${inline})`;
  scope.usesFacts = true;
  return `${scope.data.ref(compileCondition(cond))}(${scope.facts})`;
}
