/** @module Validation of a scorecard: the schema first, then every semantic problem at once. */
import { schemaChecker } from '../core/ajv.js';
import type { ReferenceContext } from '../core/context.js';
import { problem, type Problem } from '../core/problem.js';
import { hint } from '../core/suggest.js';
import { reachProblems, validateGrades } from './grades-check.js';
import { scoreCatalog } from './overrides.js';
import { totalRange } from './range.js';
import { scorecardSchema } from './schema.js';
import type { ScorecardDefinition } from './types.js';
import { validateFactors } from './validate-factors.js';
import { validateModifiers } from './validate-modifiers.js';
import { validateOverrides, validatePolicies } from './validate-rules.js';

const checkSchema = schemaChecker(scorecardSchema);

/**
 * Every problem with a scorecard, each with a JSON Pointer and a message in English and
 * Chinese that says how to fix it. Structural problems come alone (the meaning of a
 * malformed definition cannot be checked); otherwise all semantic checks run: the form and
 * its fields, weights adding up to 100%, bands, lookups, modifiers, grade bands (gaps,
 * overlaps, reachability from the factors' points), overrides and policies. Never throws.
 *
 * @example
 * validateScorecard(def, ctx)
 * // [{ path: '/factors', code: 'scorecard.weights.sum', message: 'Weights add up to 95.00%; ...' }]
 */
export function validateScorecard(input: unknown, ctx: ReferenceContext): Problem[] {
  const structural = checkSchema(input);
  if (structural.length > 0) return structural;
  const def = input as ScorecardDefinition;
  const catalog = ctx.forms.get(def.form);
  const out: Problem[] = [];
  if (catalog === undefined) {
    const h = hint(def.form, [...ctx.forms.keys()]);
    out.push(problem('/form', 'scorecard.form.unknown', `Scorecard scores records of form "${def.form}", which does not exist.${h.en}`, `评分卡所用表单 "${def.form}" 不存在。${h.zh}`));
  }
  const factorProblems = [
    ...validateFactors(def.factors, def.form, catalog),
    ...validateModifiers(def.modifiers ?? [], def.factors, def.form, catalog),
  ];
  const gradeProblems = validateGrades(def.grades, def.precision);
  out.push(...factorProblems, ...gradeProblems);
  // Reachability needs sound points and grade bands, or it would only repeat their problems.
  if (factorProblems.length === 0 && gradeProblems.length === 0) {
    out.push(...reachProblems(def.grades, totalRange(def), def.precision));
  }
  const codes = def.grades.map((g) => g.grade);
  const facts = catalog === undefined ? undefined : scoreCatalog(catalog, def.grades.map((g) => g.grade));
  out.push(...validateOverrides(def.overrides ?? [], codes, facts), ...validatePolicies(def.policies ?? [], codes, facts));
  return out;
}
