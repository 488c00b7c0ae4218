/** @module Defaults that depend on who makes a record and when: a date field's `"today"`, a user field's `"me"`. */
import type { FieldDefinition, FormDefinition } from './types.js';

/** Who makes a new record, and their business day: what `"me"` and `"today"` become. */
export interface NewRecordContext {
  /** `YYYY-MM-DD` */
  readonly today: string;
  /** Absent or null for a record the system makes (a scheduled rule): `"me"` stays empty. */
  readonly userId?: string | null;
}

/**
 * Whether `field`'s default is filled in when a record is made: `"today"` for a date field,
 * `"me"` (whoever fills the form in) for a user field.
 *
 * @example
 * isDynamicDefault({ id: 'paid_on', type: 'date', label, default: 'today' }) // true
 */
export function isDynamicDefault(field: FieldDefinition): boolean {
  return (field.type === 'date' && field.default === 'today') || (field.type === 'user' && field.default === 'me');
}

/**
 * The values a new record's dynamic defaults take (`initialRecord` leaves them out).
 *
 * @example
 * dynamicDefaults(payment, { today: '2025-06-30', userId: 'u1' }) // { paid_on: '2025-06-30', recorded_by: 'u1' }
 */
export function dynamicDefaults(def: Pick<FormDefinition, 'fields'>, ctx: NewRecordContext): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of def.fields) {
    if (!isDynamicDefault(f)) continue;
    if (f.type === 'date') out[f.id] = ctx.today;
    else if (typeof ctx.userId === 'string') out[f.id] = ctx.userId;
  }
  return out;
}
