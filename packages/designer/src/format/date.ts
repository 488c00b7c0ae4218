/** @module Dates per language (Intl): calendar dates are shown as written, never shifted by a time zone. */
import type { Lang } from '../i18n/language.js';

const CALENDAR = /^(\d{4})-(\d{2})-(\d{2})$/;

const locale = (lang: Lang) => (lang === 'zh-CN' ? 'zh-CN' : 'en-US');

/**
 * A `YYYY-MM-DD` date as the language writes it: `2024年6月30日` / `Jun 30, 2024`. A value
 * that is not a calendar date is returned as it is.
 *
 * @example
 * formatDate('2024-06-30', 'en') // 'Jun 30, 2024'
 */
export function formatDate(date: string, lang: Lang): string {
  const m = CALENDAR.exec(date);
  if (m === null) return date;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const utc = new Date(Date.UTC(y, mo - 1, d));
  // Date.UTC rolls 2024-13-45 over into 2025; such a date is shown as typed.
  if (utc.getUTCFullYear() !== y || utc.getUTCMonth() !== mo - 1 || utc.getUTCDate() !== d) return date;
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeZone: 'UTC' }).format(utc);
}

/**
 * An ISO 8601 instant as date and 24-hour time in `timeZone` (the browser's by default).
 *
 * @example
 * formatDateTime('2024-06-30T06:05:00Z', 'zh-CN', 'Asia/Shanghai') // '2024年6月30日 14:05'
 */
export function formatDateTime(iso: string, lang: Lang, timeZone?: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23', ...(timeZone === undefined ? {} : { timeZone }) }).format(d);
}

/**
 * The calendar date of an instant in `timeZone`, as `YYYY-MM-DD`: what scoring takes as `today`.
 *
 * @example
 * isoDate(new Date('2024-06-30T20:00:00Z'), 'Asia/Shanghai') // '2024-07-01'
 */
export function isoDate(instant: Date, timeZone?: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', ...(timeZone === undefined ? {} : { timeZone }) }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
