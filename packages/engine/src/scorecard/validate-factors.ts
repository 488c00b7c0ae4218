/** @module Checks of the factors: ids, weights adding up to 100%, each method, missing points. */
import type { FieldCatalog } from '../core/catalog.js';
import { problem, type Problem } from '../core/problem.js';
import { duplicateIds, factorOwner, formatBp } from './messages.js';
import { methodSpec } from './methods/index.js';
import { checkPoints } from './methods/points.js';
import type { Factor } from './types.js';
import { FULL_WEIGHT } from './weights.js';

/**
 * The problem when weights do not add up to 100%, saying by how much to change them.
 *
 * @example
 * weightSumProblems([...factors of 40%, 25%, 20%, 10%])
 * // [{ path: '/factors', code: 'scorecard.weights.sum', message: 'Weights add up to 95.00%; they must add up to 100%. Add 5.00% to a factor or use Normalise.' }]
 */
export function weightSumProblems(factors: readonly Factor[]): Problem[] {
  const sum = factors.reduce((a, f) => a + f.weight, 0);
  if (sum === FULL_WEIGHT) return [];
  const diff = formatBp(Math.abs(FULL_WEIGHT - sum));
  const under = sum < FULL_WEIGHT;
  return [
    problem(
      '/factors',
      'scorecard.weights.sum',
      `Weights add up to ${formatBp(sum)}; they must add up to 100%. ${under ? `Add ${diff} to a factor` : `Remove ${diff} from a factor`} or use Normalise.`,
      `权重合计为 ${formatBp(sum)}，应为 100%。请${under ? `给某个指标增加 ${diff}` : `从某个指标减去 ${diff}`}，或使用“归一化”。`,
    ),
  ];
}

/**
 * Every problem with the factors of a scorecard whose structure is valid.
 *
 * @example
 * validateFactors(def.factors, 'customer', catalog) // [] when all is well
 */
export function validateFactors(factors: readonly Factor[], formId: string, catalog: FieldCatalog | undefined): Problem[] {
  const out = [...duplicateIds(factors, '/factors', { en: 'factor', zh: '指标' }), ...weightSumProblems(factors)];
  factors.forEach((f, i) => {
    const scope = { formId, catalog, path: `/factors/${i}/method`, owner: factorOwner(f) };
    out.push(...methodSpec(f.method).validate(f.method, scope));
    if (f.missing.policy === 'points') out.push(...checkPoints(f.missing.points, `/factors/${i}/missing/points`));
  });
  return out;
}
