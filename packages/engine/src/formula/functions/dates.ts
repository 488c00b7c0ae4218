/** @module DAYS, ADDDAYS and TODAY: calendar days, with today supplied by the caller. */
import type { FunctionSpec } from './spec.js';
import { addDays, daysBetween, isCalendarDate } from '../../core/calendar.js';

/** DAYS(end, start): whole days from start to end (Excel's order), by calendar date. */
export const DAYS: FunctionSpec = {
  arity: [2, 2],
  params: ['temporal', 'temporal'],
  usage: 'DAYS(end_date, start_date)',
  result: 'number',
  compile: ([end, start]) => (s) => daysBetween(end?.(s) ?? null, start?.(s) ?? null),
};

/**
 * ADDDAYS(date, days): the date whole `days` later (earlier when negative), e.g. a due date from the
 * issue date and the payment terms; blank when either is blank, or the days are not whole.
 */
export const ADDDAYS: FunctionSpec = {
  arity: [2, 2],
  params: ['date', 'number'],
  usage: 'ADDDAYS(date, days)',
  result: 'date',
  compile: ([date, days]) => (s) => {
    const d = date?.(s) ?? null;
    const n = days?.(s) ?? null;
    return typeof d === 'string' && typeof n === 'number' ? addDays(d, n) : null;
  },
};

/** TODAY(): the caller's `env.today`; blank when that is not a valid date. */
export const TODAY: FunctionSpec = {
  arity: [0, 0],
  params: [],
  usage: 'TODAY()',
  result: 'date',
  compile: () => (s) => (isCalendarDate(s.env.today) ? s.env.today : null),
};
