/** @module json-rules-engine's evaluated condition tree, read back as plain trace data. */
import type { Condition } from '../condition/types.js';
import type { RuleConditionTrace } from './types.js';

/** The parts of a json-rules-engine `Condition` instance after a run that a trace needs. */
interface Evaluated {
  readonly all?: unknown;
  readonly any?: unknown;
  readonly not?: unknown;
  readonly factResult?: unknown;
  readonly result?: unknown;
}

const asEvaluated = (x: unknown): Evaluated => (x !== null && typeof x === 'object' ? (x as Evaluated) : {});
const resultOf = (e: Evaluated): { result?: boolean } => (typeof e.result === 'boolean' ? { result: e.result } : {});

/**
 * Pairs a rule's conditions, as written, with json-rules-engine's evaluated copy of them: each
 * part keeps its own JSON and gains `result` (and `factValue` for a comparison). The root's
 * result is the rule's, which json-rules-engine keeps on the rule result rather than the root.
 *
 * @example
 * traceOf({ all: [{ fact: 'days_overdue', operator: 'greaterThan', value: 30 }] }, ruleResult.conditions, true)
 * // { all: [{ fact: 'days_overdue', operator: 'greaterThan', value: 30, factValue: 45, result: true }], result: true }
 */
export function traceOf(cond: Condition, evaluated: unknown, rootResult?: boolean): RuleConditionTrace {
  const e = asEvaluated(evaluated);
  const result = rootResult === undefined ? resultOf(e) : { result: rootResult };
  if ('all' in cond) {
    const parts = Array.isArray(e.all) ? e.all : [];
    return { all: cond.all.map((c, i) => traceOf(c, parts[i])), ...result };
  }
  if ('any' in cond) {
    const parts = Array.isArray(e.any) ? e.any : [];
    return { any: cond.any.map((c, i) => traceOf(c, parts[i])), ...result };
  }
  if ('not' in cond) return { not: traceOf(cond.not, e.not), ...result };
  const evaluatedHere = typeof e.result === 'boolean';
  return { ...cond, ...(evaluatedHere ? { factValue: e.factResult } : {}), ...result };
}
