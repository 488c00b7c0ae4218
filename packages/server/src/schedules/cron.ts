/** @module Cron expressions in a time zone: checked with problems a person can act on, and the next run after a time. */
import { CronExpressionParser } from 'cron-parser';
import type { FieldProblem } from '../http/app-error.js';

/** The time zone of a schedule that names none: Heng's users are in China. */
export const DEFAULT_TIMEZONE = 'Asia/Shanghai';

// `@secondly` and six-field (seconds) expressions would queue a job every second.
const ALIASES = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@hourly', '@minutely', '@weekdays', '@weekends']);

/**
 * Whether the runtime knows the IANA time zone `tz` (`Asia/Shanghai`, `UTC`).
 *
 * @example
 * isTimeZone('Asia/Shanghai') // true
 * isTimeZone('China') // false
 */
export function isTimeZone(tz: string): boolean {
  if (tz.trim() === '' || tz !== tz.trim()) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

function parse(cron: string, timezone: string, after: Date, seed: string): ReturnType<typeof CronExpressionParser.parse> {
  // hashSeed: an `H` (spread) field picks the same minute for a schedule every time.
  return CronExpressionParser.parse(cron, { currentDate: after, tz: timezone, hashSeed: seed });
}

/**
 * The first time strictly after `after` at which `cron` fires, read in `timezone`. Times
 * that a daylight-saving change skips move to the next valid time.
 *
 * @example
 * nextRunAfter('0 9 * * *', 'Asia/Shanghai', new Date('2025-01-01T00:00:00Z'), 's1')
 * // 2025-01-01T01:00:00.000Z (09:00 in Shanghai)
 */
export function nextRunAfter(cron: string, timezone: string, after: Date, seed = ''): Date {
  return parse(cron.trim(), timezone, after, seed).next().toDate();
}

function problem(path: string, code: string, message: string, messageZh: string): FieldProblem {
  return { path, code, message, messageZh };
}

/**
 * Every problem with a schedule's cron expression and time zone, none when both are good.
 * Expressions have five fields (minute hour day-of-month month day-of-week) or are an alias
 * such as `@daily`.
 *
 * @example
 * checkCron('0 9 * * *', 'Asia/Shanghai') // []
 * checkCron('0 25 * * *', 'Asia/Shanghai')[0].path // '/cron'
 */
export function checkCron(cron: string, timezone: string, base = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const tzOk = isTimeZone(timezone);
  if (!tzOk) {
    problems.push(
      problem(`${base}/timezone`, 'schedule.timezone', `"${timezone}" is not a time zone: use an IANA name such as Asia/Shanghai.`, `"${timezone}" 不是有效时区，请使用 IANA 名称，例如 Asia/Shanghai。`),
    );
  }
  const text = cron.trim();
  const fields = text.split(/\s+/).length;
  if (text.startsWith('@') ? !ALIASES.has(text.toLowerCase()) : fields !== 5) {
    problems.push(
      problem(
        `${base}/cron`,
        'schedule.cron_shape',
        `"${cron}" must have five fields (minute hour day month weekday, e.g. "0 9 * * 1-5") or be one of ${[...ALIASES].join(', ')}.`,
        `"${cron}" 应有五个字段（分 时 日 月 周，例如 "0 9 * * 1-5"），或为 ${[...ALIASES].join('、')} 之一。`,
      ),
    );
    return problems;
  }
  try {
    nextRunAfter(text, tzOk ? timezone : 'UTC', new Date(Date.UTC(2000, 0, 1)));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push(problem(`${base}/cron`, 'schedule.cron', `"${cron}" is not a valid cron expression (${reason}): check each field's range.`, `"${cron}" 不是有效的 cron 表达式（${reason}），请检查各字段的取值范围。`));
  }
  return problems;
}
