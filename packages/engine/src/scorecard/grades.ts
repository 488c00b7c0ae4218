/** @module The grade scale: totals (as integers at the scorecard's precision) to grade bands. */
import { pow10, toScaled } from '../core/decimal.js';
import type { GradeBand } from './types.js';

/**
 * Grade bands ordered from the best down, with bounds as integers at the precision, so the
 * comparison with a rounded total is exact.
 */
export interface GradeScale {
  /** Bands from the highest `min` down. */
  readonly bands: readonly GradeBand[];
  /** The band of a total given in units of 10^-precision. */
  bandOf(scaledTotal: number): GradeBand;
  /** How good a grade is: 0 for the worst band, higher is better; -1 when unknown. */
  rank(grade: string): number;
  /** The band of a grade code. */
  byGrade(grade: string): GradeBand | undefined;
}

/**
 * Compiles the grade bands of a (valid) scorecard. A total is in a band when
 * `min ≤ total ≤ max`; the bands are searched from the best down, so the first whose `min`
 * the total reaches is its band. Validation rules out gaps and totals outside the scale;
 * were one to occur, a total below every band gets the worst grade and one above the best
 * band's max gets the best.
 *
 * @example
 * gradeScale(grades, 0).bandOf(799).grade // 'AA' (700–799)
 */
export function gradeScale(grades: readonly GradeBand[], precision: number): GradeScale {
  const bands = [...grades].sort((a, b) => b.min - a.min);
  const mins = Float64Array.from(bands, (b) => toScaled(b.min, precision));
  const n = bands.length;
  const rankOf = new Map(bands.map((b, i) => [b.grade, n - 1 - i] as const));
  const byCode = new Map(bands.map((b) => [b.grade, b] as const));
  return {
    bands,
    bandOf(scaledTotal) {
      for (let i = 0; i < n - 1; i++) if (scaledTotal >= (mins[i] as number)) return bands[i] as GradeBand;
      return bands[n - 1] as GradeBand;
    },
    rank: (grade) => rankOf.get(grade) ?? -1,
    byGrade: (grade) => byCode.get(grade),
  };
}

/**
 * A total in units of 10^-precision, written with its decimals.
 *
 * @example
 * formatTotal(7995, 1) // '799.5'
 */
export function formatTotal(scaled: number, precision: number): string {
  if (!Number.isFinite(scaled)) return scaled > 0 ? '∞' : '-∞';
  return (scaled / pow10(precision)).toFixed(precision);
}
