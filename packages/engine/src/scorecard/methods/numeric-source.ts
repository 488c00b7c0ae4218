/** @module The number a method scores: a numeric field's value, or a date field's age at `today`. */
import type { FieldCatalog } from '../../core/catalog.js';
import type { ScoreEnv } from '../result.js';
import type { AgeUnit } from '../types.js';

/** A field value as a number; `NaN` when it is empty or not usable. */
export type NumericReader = (value: unknown, env: ScoreEnv) => number;

const DAY_MS = 86_400_000;

/**
 * `YYYY-MM-DD` as `y * 10000 + m * 100 + d`, or NaN. Hand-parsed: it runs once per record.
 *
 * @example
 * ymd('2024-02-29') // 20240229
 */
export function ymd(s: unknown): number {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return NaN;
    n = n * 10 + c;
  }
  const m = Math.floor(n / 100) % 100;
  const d = n % 100;
  return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? n : NaN;
}

/** Completed units from `from` to `to` (both from {@link ymd}, `from ≤ to`). */
function elapsed(from: number, to: number, unit: AgeUnit): number {
  const fy = Math.floor(from / 10000);
  const ty = Math.floor(to / 10000);
  if (unit === 'years') return ty - fy - (to % 10000 < from % 10000 ? 1 : 0);
  const fm = Math.floor(from / 100) % 100;
  const tm = Math.floor(to / 100) % 100;
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
