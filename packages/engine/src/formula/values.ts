/** @module Reading record values as formula values: anything of the wrong shape is null. */
import { isCalendarDate, isIsoDatetime } from '../core/calendar.js';
import type { ValueKind } from '../core/catalog.js';
import { isPlainObject } from '../core/json.js';
import type { FormulaValue } from './types.js';

/**
 * A record value read as `kind`, or null when it is missing or of the wrong shape (what a
 * formula sees of a field, and what a computed result may be stored as).
 *
 * @example
 * readValue('2024-02-30', 'date') // null
 * readValue(-0, 'number')         // 0
 */
export function readValue(value: unknown, kind: ValueKind): FormulaValue {
  switch (kind) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value + 0 : null;
    case 'text':
      return typeof value === 'string' ? value : null;
    case 'boolean':
      return typeof value === 'boolean' ? value : null;
    case 'date':
      return isCalendarDate(value) ? value : null;
    case 'datetime':
      return isIsoDatetime(value) ? value : null;
    case 'list':
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : null;
    case 'table':
      return null;
  }
}

/** The rows of a sub-table value: objects only, anything else skipped; null when not a list. */
export function readRows(value: unknown): readonly Readonly<Record<string, unknown>>[] | null {
  if (!Array.isArray(value)) return null;
  return value.filter(isPlainObject);
}
