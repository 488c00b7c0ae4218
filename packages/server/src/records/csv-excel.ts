/** @module Cells as a spreadsheet saved in Chinese writes them: amounts with thousands separators and a currency sign, dates with slashes or 年月日. */

/** An amount with its thousands grouped by commas (5,000,000.50), maybe after ¥ or ￥ or before 元. */
const GROUPED = /^([+-]?)[¥￥]?\s*(\d{1,3}(?:[,，]\d{3})+|\d+)(\.\d+)?\s*元?$/;

/**
 * The number a cell writes as a spreadsheet shows it, or undefined when it is none: `5,000,000`,
 * `¥1,200.50`, `3000元`. Commas must group by threes (`1,50` is not read as 150), so nothing
 * typed in another sense is taken for a number.
 *
 * @example
 * groupedNumber('¥5,000,000.00') // 5000000
 * groupedNumber('1,50') // undefined
 */
export function groupedNumber(cell: string): number | undefined {
  const m = GROUPED.exec(cell.trim());
  if (m === null) return undefined;
  const n = Number(`${m[1]}${(m[2] ?? '').replace(/[,，]/g, '')}${m[3] ?? ''}`);
  return Number.isFinite(n) ? n : undefined;
}

/** A day written year first: 2015/3/18, 2015-3-18, 2015.3.18 or 2015年3月18日. */
const DAY = /^(\d{4})\s*(?:[/.-]|年)\s*(\d{1,2})\s*(?:[/.-]|月)\s*(\d{1,2})\s*日?$/;

/**
 * A date cell as `YYYY-MM-DD`, when it is written year first in another way Excel or a person
 * writes one; undefined otherwise (the cell then goes to validation as it is, which says which
 * dates are real).
 *
 * @example
 * dayOf('2015/3/18') // '2015-03-18'
 * dayOf('2015年3月8日') // '2015-03-08'
 * dayOf('18/3/2015') // undefined (day first is ambiguous)
 */
export function dayOf(cell: string): string | undefined {
  const m = DAY.exec(cell.trim());
  if (m === null) return undefined;
  const pad = (s: string | undefined) => (s ?? '').padStart(2, '0');
  return `${m[1]}-${pad(m[2])}-${pad(m[3])}`;
}
