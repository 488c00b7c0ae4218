/** @module A scorecard compiled once: a generated function where the platform allows, closures otherwise. */
import type { FieldCatalog } from '../core/catalog.js';
import { closureEvaluator } from './closures.js';
import { generateEvaluator, newFunction, type FunctionMaker } from './generate.js';
import { scorecardParts } from './parts.js';
import type { CompiledScorecard } from './result.js';
import type { ScorecardDefinition } from './types.js';

/** How to compile: by default code is generated, falling back to closures where it cannot be. */
export interface CompileOptions {
  /** `false` for the closure evaluator only (the reference); otherwise how functions are made. */
  readonly generate?: false | FunctionMaker;
}

/**
 * Compiles a scorecard that validated without problems against its form's fields (`catalog`).
 * Throws on a definition that would not validate.
 *
 * The arithmetic is exact: points are integer hundredths, weights integer basis points, so
 * each contribution is an integer number of millionths and the total is their sum, rounded
 * half up to `precision` decimals by integer division before it meets the grade bands.
 * Both evaluators (see `evaluator`) give identical results and keep scratch state in the
 * compiled scorecard, so evaluation is not re-entrant (JavaScript never interrupts it, and
 * nothing it calls can call back into it).
 *
 * @example
 * const card = compileScorecard(def, catalog);
 * card.evaluate({ debt_ratio: 0.35, lawsuit_pending: false, cooperation_years: 5 }, { today: '2024-06-30' })
 * // { total: 77, grade: 'B', factors: [{ id: 'debt', raw: 0.35, points: 70, weight: 5000, contribution: 35, band: 'mid' }, ...], ... }
 */
export function compileScorecard(def: ScorecardDefinition, catalog: FieldCatalog, options: CompileOptions = {}): CompiledScorecard {
  const parts = scorecardParts(def, catalog);
  const closures = closureEvaluator(parts);
  const generated = options.generate === false ? undefined : generateEvaluator(parts, options.generate ?? newFunction);
  return {
    definition: def,
    evaluator: generated === undefined ? 'closures' : 'generated',
    weightsFor: closures.weightsFor,
    evaluate: generated ?? closures.evaluate,
  };
}
