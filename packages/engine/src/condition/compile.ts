/** @module Conditions compiled to plain functions that answer as json-rules-engine does. */
import { isPlainObject } from '../core/json.js';
import { operators } from './operators.js';
import { factValue } from './path.js';
import type { CompiledCondition, Condition, ConditionTrace, FactCondition, FactRef, Facts } from './types.js';

const isFactRef = (v: unknown): v is FactRef => isPlainObject(v) && Object.hasOwn(v, 'fact');

/** The right-hand side: a literal, or another fact's value (json-rules-engine's `{ fact }` value). */
function rightSide(c: FactCondition): (facts: Facts) => unknown {
  const v = c.value;
  if (isFactRef(v)) return (facts) => factValue(facts, v.fact, v.path);
  return () => v;
}

function compileFact(c: FactCondition): CompiledCondition {
  const test = operators[c.operator].test;
  const rhs = rightSide(c);
  const { fact, path } = c;
  // A malformed right-hand side (e.g. `in` against a non-list fact) is false here; json-rules-engine would throw.
  return (facts) => {
    try {
      return test(factValue(facts, fact, path), rhs(facts));
    } catch {
      return false;
    }
  };
}

/**
 * Compiles a (valid) condition into a plain function. Empty `all` and empty `any` are true,
 * as in json-rules-engine.
 *
 * @example
 * const risky = compileCondition({ any: [{ fact: 'debt_ratio', operator: 'greaterThan', value: 0.7 }, { fact: 'lawsuit_pending', operator: 'equal', value: true }] });
 * risky({ debt_ratio: 0.75, lawsuit_pending: false }) // true
 */
export function compileCondition(cond: Condition): CompiledCondition {
  if ('all' in cond) {
    const parts = cond.all.map(compileCondition);
    return (facts) => {
      for (const p of parts) if (!p(facts)) return false;
      return true;
    };
  }
  if ('any' in cond) {
    const parts = cond.any.map(compileCondition);
    if (parts.length === 0) return () => true;
    return (facts) => {
      for (const p of parts) if (p(facts)) return true;
      return false;
    };
  }
  if ('not' in cond) {
    const inner = compileCondition(cond.not);
    return (facts) => !inner(facts);
  }
  return compileFact(cond);
}

/**
 * Evaluates a condition and returns which parts passed, with each fact's value, to explain a decision.
 *
 * @example
 * traceCondition({ all: [{ fact: 'grade', operator: 'equal', value: 'C' }] }, { grade: 'C' }).result // true
 */
export function traceCondition(cond: Condition, facts: Facts): ConditionTrace {
  if ('all' in cond) {
    const all = cond.all.map((c) => traceCondition(c, facts));
    return { all, result: all.every((t) => t.result) };
  }
  if ('any' in cond) {
    const any = cond.any.map((c) => traceCondition(c, facts));
    return { any, result: any.length === 0 || any.some((t) => t.result) };
  }
  if ('not' in cond) {
    const not = traceCondition(cond.not, facts);
    return { not, result: !not.result };
  }
  return { ...cond, factValue: factValue(facts, cond.fact, cond.path), result: compileFact(cond)(facts) };
}

/**
 * Every fact a condition reads, in order of first use (value facts included).
 *
 * @example
 * conditionFacts({ all: [{ fact: 'amount', operator: 'lessThan', value: { fact: 'limit' } }] }) // ['amount', 'limit']
 */
export function conditionFacts(cond: Condition): string[] {
  const out = new Set<string>();
  const walk = (c: Condition): void => {
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if ('not' in c) walk(c.not);
    else {
      out.add(c.fact);
      if (isFactRef(c.value)) out.add(c.value.fact);
    }
  };
  walk(cond);
  return [...out];
}
