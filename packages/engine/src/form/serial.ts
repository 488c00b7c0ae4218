/** @module Serial numbers: which counter a new record's number is drawn from, and how the number is written. */
import type { SerialDateFormat, SerialField, SerialReset } from './types.js';

/** How many leading characters of the compact day (`20261124`) each date format writes. */
export const DATE_DIGITS = { yyyyMMdd: 8, yyyyMM: 6, yyyy: 4 } as const satisfies Record<SerialDateFormat, number>;
/** How many leading characters of the compact day a sequence's counters are told apart by. */
export const RESET_DIGITS = { daily: 8, monthly: 6, yearly: 4, never: 0 } as const satisfies Record<SerialReset, number>;

const compact = (day: string): string => day.replaceAll('-', '');

/**
 * The counter a number made on the business day `day` (`YYYY-MM-DD`) is drawn from: the part of
 * the day its sequence starts again on (`202611` for a monthly reset), empty when it never does.
 *
 * @example
 * serialPeriod(orderNumber, '2026-11-24') // '20261124' (reset daily)
 */
export function serialPeriod(field: SerialField, day: string): string {
  const sequence = field.parts.find((p) => p.type === 'sequence');
  return compact(day).slice(0, sequence === undefined ? 0 : RESET_DIGITS[sequence.reset]);
}

/**
 * The number `n` of its counter, made on the business day `day`, as the field's parts write it;
 * a sequence outgrowing its digits is written with more.
 *
 * @example
 * formatSerial(orderNumber, '2026-11-24', 1) // 'SO-20261124-0001'
 */
export function formatSerial(field: SerialField, day: string, n: number): string {
  return field.parts
    .map((p) => {
      if (p.type === 'text') return p.text;
      if (p.type === 'date') return compact(day).slice(0, DATE_DIGITS[p.format]);
      return String(n).padStart(p.digits, '0');
    })
    .join('');
}
