/** @module Reading record values as formula values: anything of the wrong shape is null. */
import type { ValueKind } from '../core/catalog.js';
import type { FormulaValue } from './types.js';

const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * The day number (days since 1970-01-01) of a `YYYY-MM-DD` date or of the calendar date an ISO
 * datetime is written in (its own offset: `2024-03-01T23:30+08:00` is 1 March); null when invalid.
 *
 * @example
 * dayNumber('1970-01-02') // 1
 */
export function dayNumber(value: FormulaValue): number | null {
  if (typeof value !== 'string' || value.length < 10) return null;
  if (value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH || (value.length > 10 && value.charCodeAt(10) !== T)) return null;
  const y = digits(value, 0, 4);
  const mo = digits(value, 5, 2);
  const d = digits(value, 8, 2);
  if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  // Days from civil (H. Hinnant): exact integer arithmetic, no Date object, any year 0000-9999.
  const yy = mo <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (mo > 2 ? mo - 3 : mo + 9) + 2) / 5) + d - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

const DASH = 45;
const T = 84;

/** The decimal number written by `count` digits from `from`, or -1 when one is not a digit. */
function digits(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i += 1) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

function daysInMonth(y: number, mo: number): number {
  if (mo !== 2) return mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
}

/** A record value read as `kind`, or null when it is missing or of the wrong shape. */
export function readValue(value: unknown, kind: ValueKind): FormulaValue {
  switch (kind) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value + 0 : null;
    case 'text':
      return typeof value === 'string' ? value : null;
    case 'boolean':
      return typeof value === 'boolean' ? value : null;
    case 'date':
      return typeof value === 'string' && dayNumber(value) !== null ? value : null;
    case 'datetime':
      return typeof value === 'string' && DATETIME.test(value) && dayNumber(value) !== null && !Number.isNaN(Date.parse(value))
        ? value
        : null;
    case 'list':
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : null;
    case 'table':
      return null;
  }
}

/** The rows of a sub-table value: objects only, anything else skipped; null when not a list. */
export function readRows(value: unknown): readonly Readonly<Record<string, unknown>>[] | null {
  if (!Array.isArray(value)) return null;
  return value.filter((row): row is Record<string, unknown> => typeof row === 'object' && row !== null && !Array.isArray(row));
}
