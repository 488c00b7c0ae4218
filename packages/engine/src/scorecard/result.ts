/** @module What evaluating a scorecard returns: everything needed to explain a score. */
import type { LocalizedText } from '../core/localized.js';
import type { Problem } from '../core/problem.js';
import type { FormulaValue } from '../formula/types.js';
import { NONE } from './overrides.js';
import type { OverrideAction, ScorecardDefinition } from './types.js';

/** What scoring needs from its caller: the engine has no clock. */
export interface ScoreEnv {
  /** `YYYY-MM-DD`, for ages of date fields and `TODAY()` in formulas. */
  readonly today: string;
}

/** Why a factor had no points of its own: an empty value, or a value no band or entry matched. */
export type MissingReason = 'empty' | 'unmatched';

/**
 * One factor's share of the score. `contribution = points × weight / 10000`, exact (at most
 * 6 decimals); the contributions add up to the total before it is rounded.
 */
export interface FactorScore {
  readonly id: string;
  /** The value scored: the field's value, a date's age, or the formula's result. */
  readonly raw: unknown;
  readonly points: number;
  /** Effective weight in basis points, after modifiers and exclusions (they add up to 10000). */
  readonly weight: number;
  readonly contribution: number;
  /** The band that matched, for the bands method. */
  readonly band: string | undefined;
  /** Set when the missing-value policy decided the points (or excluded the factor: weight 0). */
  readonly missing: MissingReason | undefined;
}

/** An override whose condition held, in the order applied. */
export interface FiredOverride {
  readonly id: string;
  readonly action: OverrideAction;
}

/**
 * A score. When a factor with the `fail` policy has no value, `total` and the grade are null,
 * no override or policy runs, and `problems` says which values are needed (paths into the record).
 */
export interface ScoreResult {
  readonly scorecard: string;
  readonly total: number | null;
  readonly grade: string | null;
  readonly label: LocalizedText | null;
  readonly color: string | null;
  /** The grade the total's band gave, before overrides. */
  readonly bandGrade: string | null;
  /**
   * One explanation per factor, in the scorecard's order. Read-only: an explanation fixed by
   * the definition (a lookup entry, a condition band) may be one frozen object shared by results.
   */
  readonly factors: readonly FactorScore[];
  readonly overrides: readonly FiredOverride[];
  /** Flags added by overrides, each once, in the order added. */
  readonly flags: readonly string[];
  /** Policy id → value for the final grade (money in yuan rounded to fen, days whole). */
  readonly outputs: Readonly<Record<string, FormulaValue>>;
  readonly problems?: readonly Problem[];
}

/** How a compiled scorecard evaluates: one generated function, or the closures it falls back to. */
export type EvaluatorKind = 'generated' | 'closures';

/** A scorecard ready to score records: built once per published version. */
export interface CompiledScorecard {
  readonly definition: ScorecardDefinition;
  /** Which evaluator scores: both give identical results; `generated` is several times faster. */
  readonly evaluator: EvaluatorKind;
  /** Effective weights (basis points by factor id) for a record, after modifiers. */
  weightsFor(record: Readonly<Record<string, unknown>>): Readonly<Record<string, number>>;
  /** Scores one record (validated against the form, formulas computed). Never throws. */
  evaluate(record: Readonly<Record<string, unknown>>, env: ScoreEnv): ScoreResult;
}

/** The outputs of a result without policies, shared. */
export const NO_OUTPUTS: Readonly<Record<string, FormulaValue>> = Object.freeze({});

/**
 * The result of a record that could not be scored: the factors as far as they went, and why.
 *
 * @example
 * incomplete('small', factors, [missingProblem({ en: 'Debt ratio', 'zh-CN': '资产负债率' }, 'debt_ratio', 'empty', null)]).total // null
 */
export function incomplete(id: string, factors: readonly FactorScore[], problems: readonly Problem[]): ScoreResult {
  return {
    scorecard: id,
    total: null,
    grade: null,
    label: null,
    color: null,
    bandGrade: null,
    factors,
    overrides: NONE,
    flags: NONE,
    outputs: NO_OUTPUTS,
    problems,
  };
}
