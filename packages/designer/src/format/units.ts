/** @module Values as an admin types them: percent fields in %, stored as fractions (0.35 = 35%). */
/** Twelve significant digits: more than any bound or value an admin types, fewer than the binary noise. */
const clean = (x: number): number => Number(x.toPrecision(12));

/** How a number of a field is typed: `percent` shown ×100 with %, `money` with ¥, else plain. */
export type NumberUnit = 'percent' | 'money' | 'plain';

/**
 * The unit of a field type (`percent`, `money`, anything else plain).
 *
 * @example
 * unitOfType('percent') // 'percent'
 */
export function unitOfType(type: string | undefined): NumberUnit {
  return type === 'percent' ? 'percent' : type === 'money' ? 'money' : 'plain';
}

/**
 * A stored value as typed: 0.35 → 35 for percent, cleaned of binary noise (0.07 × 100).
 *
 * @example
 * toTyped(0.07, 'percent') // 7
 */
export function toTyped(value: number, unit: NumberUnit): number {
  return unit === 'percent' ? clean(value * 100) : value;
}

/**
 * A typed value as stored: 35 → 0.35 for percent.
 *
 * @example
 * fromTyped(57, 'percent') // 0.57
 */
export function fromTyped(typed: number, unit: NumberUnit): number {
  return unit === 'percent' ? clean(typed / 100) : typed;
}
