/** @module Where a new range band goes: the uncovered end of the bands, or the top half of the band open above. */
import type { RangeBand } from '@heng/engine';

/** The new band's bounds, and the bound it sets on the band it is split from (if any). */
export interface NextRange {
  readonly min?: number;
  readonly max?: number;
  readonly split?: { readonly id: string; readonly max: number };
}

// Bounds are sums of decimals (0.7 + 0.2): kept at 10 places so 0.9 does not read 0.8999999999999999.
const tidy = (n: number): number => Math.round(n * 1e10) / 1e10;

/**
 * The bounds of a band added after `bands`, so that it starts valid (min below max) and opens no gap
 * or overlap: above the highest max when no band is open above; below the lowest min when no band is
 * open below (bands listed from the top down); else the band open above is split, at its min plus the
 * width of the band under it (or twice its min, or 0 when nothing says a width).
 *
 * @example
 * nextRange([{ id: 'low', max: 0.3, points: 100 }, { id: 'mid', min: 0.3, max: 0.5, points: 70 }]) // { min: 0.5 }
 * nextRange([{ id: 'top', min: 0.95, points: 100 }, { id: 'good', min: 0.9, max: 0.95, points: 80 }]) // { max: 0.9 }
 * nextRange([{ id: 'mid', min: 0.5, max: 0.7, points: 40 }, { id: 'over', min: 0.7, points: 0 }]) // { min: 0.9, split: { id: 'over', max: 0.9 } }
 */
export function nextRange(bands: readonly RangeBand[]): NextRange {
  if (bands.length === 0) return {};
  const maxes = bands.map((b) => b.max);
  const mins = bands.map((b) => b.min);
  if (maxes.every((m) => m !== undefined)) return { min: Math.max(...maxes) };
  if (mins.every((m) => m !== undefined)) return { max: Math.min(...mins) };
  const top = bands.find((b) => b.max === undefined) as RangeBand;
  const under = bands.find((b) => b.max !== undefined && b.max === top.min && b.min !== undefined);
  const at = top.min === undefined ? 0 : tidy(top.min + (under === undefined ? Math.abs(top.min) || 1 : top.min - (under.min as number)));
  return { min: at, split: { id: top.id, max: at } };
}
