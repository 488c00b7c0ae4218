/** @module Checks of a schedule: a 5-field cron expression and an IANA time zone. */
import { problem, type Problem } from '../core/problem.js';

interface CronField {
  readonly en: string;
  readonly zh: string;
  readonly min: number;
  readonly max: number;
  /** Names accepted in place of numbers (JAN → 1, SUN → 0), case-insensitive. */
  readonly names?: readonly string[];
  readonly firstName?: number;
}

const FIELDS: readonly CronField[] = [
  { en: 'minute', zh: '分钟', min: 0, max: 59 },
  { en: 'hour', zh: '小时', min: 0, max: 23 },
  { en: 'day of month', zh: '日', min: 1, max: 31 },
  { en: 'month', zh: '月', min: 1, max: 12, names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'], firstName: 1 },
  // 0 and 7 are both Sunday, as in Vixie cron.
  { en: 'day of week', zh: '星期', min: 0, max: 7, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'], firstName: 0 },
];

const ITEM = /^(\*|([A-Za-z0-9]+)(?:-([A-Za-z0-9]+))?)(?:\/([0-9]+))?$/;
const FORMAT_EN = 'Write 5 fields: minute hour day-of-month month day-of-week, e.g. "0 9 * * 1-5" (09:00 on weekdays).';
const FORMAT_ZH = '请写 5 个字段：分 时 日 月 星期，例如 "0 9 * * 1-5"（工作日 09:00）。';

function valueOf(token: string, field: CronField): number | undefined {
  if (/^[0-9]+$/.test(token)) return Number(token);
  const i = field.names?.indexOf(token.toUpperCase()) ?? -1;
  return i >= 0 ? i + (field.firstName ?? 0) : undefined;
}

/** What is wrong with one item of a field (a star, `5`, `1-5`, `0-59/15`, `MON-FRI`), if anything. */
function itemIssue(item: string, field: CronField): string | undefined {
  const m = ITEM.exec(item);
  if (m === null) return `"${item}" is not a value, a range a-b, a list a,b or a step */n`;
  const range = `${field.min}-${field.max}`;
  const bounds = m[1] === '*' ? [field.min, field.max] : [m[2] as string, m[3] ?? (m[2] as string)].map((t) => valueOf(t, field));
  const [lo, hi] = bounds;
  if (lo === undefined || hi === undefined) return `"${item}" is not a number${field.names ? ` or a name (${field.names.slice(0, 3).join(', ')}, …)` : ''}`;
  if (lo < field.min || hi > field.max) return `"${item}" is outside ${range}`;
  if (lo > hi) return `"${item}" runs backwards: write the smaller value first`;
  if (m[4] !== undefined && (Number(m[4]) < 1 || Number(m[4]) > field.max)) return `the step in "${item}" must be 1-${field.max}`;
  return undefined;
}

/**
 * Problems with a 5-field cron expression (minute hour day-of-month month day-of-week).
 * Quartz extras (`?`, `L`, `W`, `#`, seconds) and macros (`@daily`) are refused: each
 * scheduler reads them differently.
 *
 * @example
 * checkCron('0 25 * * *', '/trigger/cron')
 * // [{ code: 'ruleset.cron.field', message: 'Cron hour field: "25" is outside 0-23. Write 5 fields: ...', ... }]
 */
export function checkCron(expr: string, path: string): Problem[] {
  const parts = expr.trim().split(/\s+/);
  if (parts.length !== FIELDS.length || parts[0] === '') {
    return [problem(path, 'ruleset.cron.fields', `"${expr}" has ${parts[0] === '' ? 0 : parts.length} field(s), not 5. ${FORMAT_EN}`, `"${expr}" 有 ${parts[0] === '' ? 0 : parts.length} 个字段，应为 5 个。${FORMAT_ZH}`)];
  }
  const out: Problem[] = [];
  parts.forEach((part, i) => {
    const field = FIELDS[i] as CronField;
    const issue = part
      .split(',')
      .map((item) => itemIssue(item, field))
      .find((x) => x !== undefined);
    if (issue !== undefined) {
      out.push(problem(path, 'ruleset.cron.field', `Cron ${field.en} field: ${issue}. ${FORMAT_EN}`, `Cron 表达式的${field.zh}字段 "${part}" 无效（允许 ${field.min}-${field.max}）。${FORMAT_ZH}`));
    }
  });
  return out;
}

/**
 * A problem when `tz` is not an IANA time zone the runtime knows, such as `Asia/Shanghai`.
 *
 * @example
 * checkTimezone('Asia/Shangai', '/trigger/timezone') // [{ code: 'ruleset.timezone', ... }]
 */
export function checkTimezone(tz: string, path: string): Problem[] {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return [];
  } catch {
    return [problem(path, 'ruleset.timezone', `"${tz}" is not a time zone: use an IANA name such as "Asia/Shanghai".`, `"${tz}" 不是有效的时区：请使用 IANA 名称，例如 "Asia/Shanghai"。`)];
  }
}
