/** @module The words of a draft's impact: a score as "612 · A", a move between grades. */
import type { ScoreSide } from '@heng/engine';

/**
 * A score as a line reads it: its total (kept to the card's precision) and grade, or `none` (never scored, or a score that failed).
 *
 * @example
 * sideText({ total: 612, grade: 'A' }, '未评分') // '612 · A'
 * sideText({ total: null, grade: null }, '未评分') // '未评分'
 */
export function sideText(side: ScoreSide, none: string): string {
  if (side.total === null) return none;
  return side.grade === null ? String(side.total) : `${side.total} · ${side.grade}`;
}

/**
 * How much a total moves, signed: "+30", "−12.5", or empty when either side has none.
 *
 * @example
 * deltaText({ total: 35, grade: 'D' }, { total: 65, grade: 'A' }) // '+30'
 */
export function deltaText(now: ScoreSide, draft: ScoreSide): string {
  if (now.total === null || draft.total === null) return '';
  const d = draft.total - now.total;
  if (d === 0) return '±0';
  // Totals are kept to the card's precision; the difference is rounded back to it.
  return `${d > 0 ? '+' : '−'}${Number(Math.abs(d).toFixed(4))}`;
}
