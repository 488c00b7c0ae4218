/** @module Policy outputs compiled: per grade, a formula; money rounded to fen, days to whole days. */
import type { FieldCatalog } from '../core/catalog.js';
import { roundHalfUp } from '../core/decimal.js';
import { ownValue } from '../core/own.js';
import { compileFormula } from '../formula/index.js';
import type { CompiledFormula, FormulaValue } from '../formula/index.js';
import type { ScoreEnv } from './result.js';
import type { GradeBand, Policy, PolicyType } from './types.js';

/** Policies ready to run. */
export interface CompiledPolicies {
  /** The record fields the formulas read (`score` and `grade` left out). */
  readonly facts: readonly string[];
  /** Policy id → value for `grade`, `facts` holding the record's fields, `score` and `grade`. */
  outputs(facts: Readonly<Record<string, unknown>>, grade: string, env: ScoreEnv): Record<string, FormulaValue>;
}

/**
 * A formula's value as a policy of `type` holds it: money rounded half up to fen, days to
 * whole days, a wrongly typed value as null.
 *
 * @example
 * policyValue(1234.567, 'money') // 1234.57
 */
export function policyValue(v: FormulaValue, type: PolicyType): FormulaValue {
  if (type === 'text') return typeof v === 'string' ? v : null;
  if (typeof v !== 'number' || !Number.isFinite(v)) return null;
  if (type === 'money') return roundHalfUp(v, 2);
  if (type === 'days') return roundHalfUp(v, 0);
  return v;
}

/**
 * Compiles the policies of a (valid) scorecard against the form's fields plus `score` and
 * `grade` (`facts`). Throws if a formula does not compile: validate first.
 *
 * @example
 * compilePolicies([{ id: 'limit', type: 'money', byGrade: { AAA: 'annual_sales * 0.2', ... }, ... }], facts, grades)
 *   .outputs({ annual_sales: 5000000, score: 820, grade: 'AAA' }, 'AAA', env) // { limit: 1000000 }
 */
export function compilePolicies(policies: readonly Policy[], facts: FieldCatalog, grades: readonly GradeBand[]): CompiledPolicies {
  const compiled = policies.map((p) => {
    const byGrade = new Map<string, CompiledFormula>();
    for (const g of grades) {
      const source = ownValue(p.byGrade, g.grade);
      if (source === undefined) continue;
      const c = compileFormula(source, facts);
      if (!c.ok) throw new Error(`policy "${p.id}" for grade "${g.grade}" does not compile: ${c.problems[0]?.message ?? ''}`);
      byGrade.set(g.grade, c.value);
    }
    return { id: p.id, type: p.type, byGrade };
  });
  const refs = compiled.flatMap((p) => [...p.byGrade.values()].flatMap((f) => f.references));
  return {
    facts: [...new Set(refs)].filter((f) => f !== 'score' && f !== 'grade'),
    outputs(scratch, grade, env) {
      const out: Record<string, FormulaValue> = {};
      for (const p of compiled) {
        const f = p.byGrade.get(grade);
        out[p.id] = f === undefined ? null : policyValue(f.evaluate(scratch, env), p.type);
      }
      return out;
    },
  };
}
