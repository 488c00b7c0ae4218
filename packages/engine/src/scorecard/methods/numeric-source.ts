/** @module The number a method scores: a numeric field's value, or a date field's age at `today`. */
import type { FieldCatalog } from '../../core/catalog.js';
import type { ScoreEnv } from '../result.js';
import type { AgeUnit } from '../types.js';

/** A field value as a number; `NaN` when it is empty or not usable. */
export type NumericReader = (value: unknown, env: ScoreEnv) => number;

const DAY_MS = 86_400_000;

/** A character's digit value, or something above 9 for any other character (`>>> 0` wraps negatives). */
const digit = (s: string, i: number): number => (s.charCodeAt(i) - 48) >>> 0;

/**
 * `YYYY-MM-DD` as `y * 10000 + m * 100 + d`, or NaN. Hand-parsed and unrolled: it runs once
 * per record and date factor.
 *
 * @example
 * ymd('2024-02-29') // 20240229
 */
export function ymd(s: unknown): number {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  const y0 = digit(s, 0), y1 = digit(s, 1), y2 = digit(s, 2), y3 = digit(s, 3);
  const m0 = digit(s, 5), m1 = digit(s, 6), d0 = digit(s, 8), d1 = digit(s, 9);
  if (y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9) return NaN;
  const m = m0 * 10 + m1;
  const d = d0 * 10 + d1;
  if (m < 1 || m > 12 || d < 1 || d > 31) return NaN;
  return (y0 * 1000 + y1 * 100 + y2 * 10 + y3) * 10000 + m * 100 + d;
}

/** Completed units from `from` to `to` (both from {@link ymd}, `from ≤ to`; `| 0` floors these positive integers). */
function elapsed(from: number, to: number, unit: AgeUnit): number {
  const fy = (from / 10000) | 0;
  const ty = (to / 10000) | 0;
  if (unit === 'years') return ty - fy - (to % 10000 < from % 10000 ? 1 : 0);
  const fm = ((from / 100) | 0) % 100;
  const tm = ((to / 100) | 0) % 100;
  if (unit === 'months') return (ty - fy) * 12 + (tm - fm) - (to % 100 < from % 100 ? 1 : 0);
  return (Date.UTC(ty, tm - 1, to % 100) - Date.UTC(fy, fm - 1, from % 100)) / DAY_MS;
}

/** The age in completed units, negative for a date after today; NaN when either is not a date. */
function ageBetween(d: number, t: number, unit: AgeUnit): number {
  if (d !== d || t !== t) return NaN;
  return d <= t ? elapsed(d, t, unit) : -elapsed(t, d, unit);
}

/** A finite number as is; anything else NaN. */
const finite: NumericReader = (value) => (typeof value === 'number' && value - value === 0 ? value : NaN);

/**
 * How to read `field` as a number: its value, or for a date field its age in `unit`
 * (years by default).
 *
 * @example
 * numericReader('founded', 'years', catalog)('2015-06-30', { today: '2024-07-01' }) // 9
 */
export function numericReader(field: string, unit: AgeUnit | undefined, catalog: FieldCatalog): NumericReader {
  if (catalog.get(field)?.kind !== 'date') return finite;
  const u = unit ?? 'years';
  // Records of one run share `today`: parse it once, not once per record.
  let lastToday = '';
  let t = NaN;
  return (value, env) => {
    if (env.today !== lastToday) {
      lastToday = env.today;
      t = ymd(lastToday);
    }
    return ageBetween(ymd(value), t, u);
  };
}

/** Whether a value counts as empty: absent, null or blank text. */
export function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || v === '';
}
