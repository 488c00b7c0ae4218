/** @module The scorecard definition: factors, weights, grade bands, overrides and policies. */
import type { DefinitionBase } from '../core/kind.js';
import type { LocalizedText } from '../core/localized.js';
import type { Condition } from '../condition/types.js';

/** How a factor turns a record into points; each kind is one file in `methods/`. */
export type FactorMethodKind = 'bands' | 'lookup' | 'linear' | 'formula';

/**
 * For a date field: the value banded is the time elapsed from the date to `today`, in
 * completed units (a company founded 2015-06-30 is 8 years old on 2024-06-29).
 */
export type AgeUnit = 'years' | 'months' | 'days';

/** A numeric range: `min` inclusive, `max` exclusive; an absent bound is open. */
export interface RangeBand {
  readonly id: string;
  readonly min?: number;
  readonly max?: number;
  readonly points: number;
}

/** A band chosen by a condition over the record (json-rules-engine format). */
export interface ConditionBand {
  readonly id: string;
  readonly when: Condition;
  readonly points: number;
}

/**
 * Bands, first match wins: numeric ranges over `field` (number, money, percent as a fraction,
 * or a date's age in `unit`), or conditions (then `field` only names the value shown as raw).
 */
export interface BandsMethod {
  readonly kind: 'bands';
  readonly field?: string;
  readonly unit?: AgeUnit;
  readonly bands: readonly RangeBand[] | readonly ConditionBand[];
}

/** One value of a lookup table. */
export interface LookupEntry {
  readonly value: string | number | boolean;
  readonly points: number;
}

/** A table from the field's value (an industry, a yes/no) to points; `otherwise` for other values. */
export interface LookupMethod {
  readonly kind: 'lookup';
  readonly field: string;
  readonly entries: readonly LookupEntry[];
  readonly otherwise?: number;
}

/** A point of a linear scale. */
export interface ScalePoint {
  readonly value: number;
  readonly points: number;
}

/** Points on the straight line from `from` to `to`, clamped to the points at both ends. */
export interface LinearMethod {
  readonly kind: 'linear';
  readonly field: string;
  readonly unit?: AgeUnit;
  readonly from: ScalePoint;
  readonly to: ScalePoint;
}

/** Points computed by a formula over the record, rounded to 2 decimals, clamped to `min`/`max`. */
export interface FormulaMethod {
  readonly kind: 'formula';
  readonly formula: string;
  readonly min?: number;
  readonly max?: number;
}

export type FactorMethod = BandsMethod | LookupMethod | LinearMethod | FormulaMethod;

/**
 * What happens when a factor has no value (an empty field, no band or entry matching, a
 * formula yielding nothing): fixed `points`; `exclude` the factor and share its weight among
 * the others; or `fail`, leaving the record without a score.
 */
export type MissingPolicy =
  | { readonly policy: 'points'; readonly points: number }
  | { readonly policy: 'exclude' }
  | { readonly policy: 'fail' };

/** An indicator (指标). `weight` in basis points: 10000 = 100%. Points have at most 2 decimals. */
export interface Factor {
  readonly id: string;
  readonly name: LocalizedText;
  readonly weight: number;
  readonly method: FactorMethod;
  readonly missing: MissingPolicy;
}

/** Weight multipliers (e.g. 1.2) for records whose dimension field holds `value`. */
export interface ModifierValue {
  readonly value: string;
  readonly multipliers: Readonly<Record<string, number>>;
}

/**
 * Industry or region weighting (行业、区域加权): factor weights are multiplied for the record's
 * value of `dimension`, then scaled back to exactly 100%.
 */
export interface WeightModifier {
  readonly id: string;
  readonly dimension: string;
  readonly values: readonly ModifierValue[];
}

/**
 * A grade band: a rounded total `t` gets this grade when `min ≤ t ≤ max`, both inclusive at
 * the scorecard's precision (AA 700–799 and AAA 800–850 meet with precision 0). No `max`:
 * no upper bound. Higher totals are better grades.
 */
export interface GradeBand {
  readonly id: string;
  readonly grade: string;
  readonly label: LocalizedText;
  /** `#rrggbb`. */
  readonly color: string;
  readonly min: number;
  readonly max?: number;
}

/** Cap the grade at (no better than) a grade, force a grade, or add a flag. */
export type OverrideAction =
  | { readonly kind: 'cap'; readonly grade: string }
  | { readonly kind: 'force'; readonly grade: string }
  | { readonly kind: 'flag'; readonly flag: string; readonly label: LocalizedText };

/**
 * Applied in order after grading. `when` sees the record's fields plus `score` (the rounded
 * total) and `grade` (as left by the overrides before it).
 */
export interface Override {
  readonly id: string;
  readonly name?: LocalizedText;
  readonly when: Condition;
  readonly action: OverrideAction;
}

/** What a policy output is: money is rounded to fen, days to whole days. */
export type PolicyType = 'money' | 'number' | 'days' | 'text';

/** A credit policy output (limit, terms) per grade: grade → formula (`annual_sales * 0.2`, `"现款现货"`). */
export interface Policy {
  readonly id: string;
  readonly name: LocalizedText;
  readonly type: PolicyType;
  readonly byGrade: Readonly<Record<string, string>>;
}

/**
 * A weighted scorecard (信用评分卡) over the records of `form`. The total is the weighted
 * average of the factors' points, rounded half up to `precision` decimals (0–4).
 */
export interface ScorecardDefinition extends DefinitionBase<'scorecard'> {
  readonly form: string;
  readonly precision: number;
  readonly factors: readonly Factor[];
  readonly modifiers?: readonly WeightModifier[];
  readonly grades: readonly GradeBand[];
  readonly overrides?: readonly Override[];
  readonly policies?: readonly Policy[];
}
