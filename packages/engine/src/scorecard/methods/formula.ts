/** @module The formula method: points computed by a formula over the record. */
import { checkFormula, compileFormula } from '../../formula/index.js';
import { problem, type Problem } from '../../core/problem.js';
import type { FormulaMethod } from '../types.js';
import { checkPoints, hundredths, MAX_POINTS, pointsSchema } from './points.js';
import type { FactorMethodSpec, MethodScope } from './spec.js';

function validateFormulaMethod(method: FormulaMethod, scope: MethodScope): Problem[] {
  const out: Problem[] = [];
  if (method.min !== undefined) out.push(...checkPoints(method.min, `${scope.path}/min`));
  if (method.max !== undefined) out.push(...checkPoints(method.max, `${scope.path}/max`));
  if (method.min !== undefined && method.max !== undefined && method.min >= method.max) {
    out.push(
      problem(
        `${scope.path}/max`,
        'scorecard.formula.range',
        `${scope.owner.en} clamps points between ${method.min} and ${method.max}: the max must be above the min.`,
        `${scope.owner.zh} 的分值范围为 ${method.min} 至 ${method.max}：上限应大于下限。`,
      ),
    );
  }
  if (scope.catalog === undefined) return out;
  const checked = checkFormula(method.formula, scope.catalog, `${scope.path}/formula`);
  out.push(...checked.problems);
  if (checked.problems.length === 0 && checked.kind !== 'number') {
    out.push(
      problem(
        `${scope.path}/formula`,
        'scorecard.formula.kind',
        `${scope.owner.en}: the formula gives ${checked.kind ?? 'no'} value, but points must be a number.`,
        `${scope.owner.zh}：公式的结果不是数字，而分值必须是数字。`,
      ),
    );
  }
  return out;
}

/**
 * Formula: points = the formula's number, rounded half up to 2 decimals and clamped to
 * `min`/`max` (and to ±1,000,000 in any case). A null result (missing input, division by
 * zero) counts as missing.
 *
 * @example
 * { kind: 'formula', formula: 'MIN(100, current_ratio * 50)', min: 0, max: 100 }
 */
export const formulaMethod = {
  kind: 'formula',
  schema: {
    type: 'object',
    properties: {
      kind: { const: 'formula' },
      formula: { type: 'string', minLength: 1, maxLength: 2000 },
      min: pointsSchema,
      max: pointsSchema,
    },
    required: ['kind', 'formula'],
    additionalProperties: false,
  },
  validate: validateFormulaMethod,
  range: (method) => ({
    lo: method.min === undefined ? -Infinity : hundredths(method.min),
    hi: method.max === undefined ? Infinity : hundredths(method.max),
  }),
  field: () => undefined,
  compile(method, catalog) {
    const compiled = compileFormula(method.formula, catalog);
    if (!compiled.ok) throw new Error(`formula "${method.formula}" does not compile: ${compiled.problems[0]?.message ?? ''}`);
    const formula = compiled.value;
    const lo = hundredths(Math.max(method.min ?? -MAX_POINTS, -MAX_POINTS));
    const hi = hundredths(Math.min(method.max ?? MAX_POINTS, MAX_POINTS));
    return (_value, record, env, out) => {
      const v = formula.evaluate(record, env);
      out.raw = v;
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        out.missing = 'empty';
        return;
      }
      const p = v <= -MAX_POINTS ? lo : v >= MAX_POINTS ? hi : hundredths(v);
      // `+ 0`: a small negative rounds to -0, which is no number of points to show.
      out.points = (p < lo ? lo : p > hi ? hi : p) + 0;
    };
  },
} satisfies FactorMethodSpec<FormulaMethod>;
