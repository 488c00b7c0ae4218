/** @module Points: at most 2 decimals, held as integer hundredths so sums are exact. */
import { hasAtMostDecimals, roundHalfUp, toScaled } from '../../core/decimal.js';
import { problem, type Problem } from '../../core/problem.js';

/** The largest points a band, entry or policy may give. */
export const MAX_POINTS = 1_000_000;

/** JSON Schema of a points value. */
export const pointsSchema = { type: 'number', minimum: -MAX_POINTS, maximum: MAX_POINTS } as const;

/** JSON Schema of a bound or a scale value. */
export const boundSchema = { type: 'number', minimum: -1e15, maximum: 1e15 } as const;

/**
 * Points as integer hundredths.
 *
 * @example
 * hundredths(70.25) // 7025
 */
export function hundredths(points: number): number {
  return toScaled(points, 2);
}

/**
 * A problem when points have more than 2 decimals.
 *
 * @example
 * checkPoints(12.345, '/factors/0/method/bands/1/points') // [{ code: 'scorecard.points.decimals', ... }]
 */
export function checkPoints(points: number, path: string): Problem[] {
  if (hasAtMostDecimals(points, 2)) return [];
  return [
    problem(
      path,
      'scorecard.points.decimals',
      `Points ${points} have more than 2 decimals: round them to 2 (e.g. ${roundHalfUp(points, 2)}).`,
      `分值 ${points} 的小数超过 2 位：请保留 2 位（如 ${roundHalfUp(points, 2)}）。`,
    ),
  ];
}
