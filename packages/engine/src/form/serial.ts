/** @module Serial numbers: the day a new record's number carries, which counter it is drawn from, and how it is written. */
import { isCalendarDate } from '../core/calendar.js';
import { pointer } from '../core/json-pointer.js';
import { problem, type Problem } from '../core/problem.js';
import { hint } from '../core/suggest.js';
import type { FormDefinition, SerialDateFormat, SerialField, SerialReset } from './types.js';

/** How many leading characters of the compact day (`20261124`) each date format writes. */
export const DATE_DIGITS = { yyyyMMdd: 8, yyyyMM: 6, yyyy: 4 } as const satisfies Record<SerialDateFormat, number>;
/** How many leading characters of the compact day a sequence's counters are told apart by. */
export const RESET_DIGITS = { daily: 8, monthly: 6, yearly: 4, never: 0 } as const satisfies Record<SerialReset, number>;

const compact = (day: string): string => day.replaceAll('-', '');

/**
 * The business day a new record's number carries: its `dateField`'s day when the field has one
 * and the record fills it in, else `today`, the day it is made.
 *
 * @example
 * serialDay({ ...orderNumber, dateField: 'order_date' }, { order_date: '2025-03-18' }, '2026-11-24') // '2025-03-18'
 */
export function serialDay(field: SerialField, values: Readonly<Record<string, unknown>>, today: string): string {
  const day = field.dateField === undefined ? undefined : values[field.dateField];
  return typeof day === 'string' && isCalendarDate(day) ? day : today;
}

/**
 * An auto number's `dateField` must be a date field of its form.
 *
 * @example
 * checkSerialDates(form) // [{ path: '/fields/0/dateField', code: 'field.serial.dateField', ... }]
 */
export function checkSerialDates(def: FormDefinition): Problem[] {
  const dates = def.fields.filter((f) => f.type === 'date').map((f) => f.id);
  return def.fields.flatMap((f, i) => {
    if (f.type !== 'serial' || f.dateField === undefined || dates.includes(f.dateField)) return [];
    const h = hint(f.dateField, dates);
    return [problem(pointer('/fields', i, 'dateField'), 'field.serial.dateField', `"${f.label.en}" takes its date from "${f.dateField}", which is no date field of this form: pick one of its date fields, or number by the day a record is made.${h.en}`, `“${f.label['zh-CN']}”的日期取自 "${f.dateField}"，但它不是本表单的日期字段：请选一个日期字段，或按记录创建日期编号。${h.zh}`)];
  });
}

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
