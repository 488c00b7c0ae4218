/** @module How to fix a literal of the wrong kind (a date that does not exist, a number in quotes), said in both languages for problem messages. */
import { daysInMonth, isCalendarDate, toUtcDatetime } from './calendar.js';
import type { ValueKind } from './catalog.js';

/** A clause that says how to fix a value, to end a message with. */
export interface Advice {
  readonly en: string;
  readonly zh: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WRITE_DATE: Advice = { en: 'write it YYYY-MM-DD, like 2024-03-31', zh: '请写成 YYYY-MM-DD 格式，如 2024-03-31' };
const WRITE_DATETIME: Advice = { en: 'write it like 2024-03-31T09:30:00+08:00: a date, T, a time and its offset from UTC', zh: '请写成 2024-03-31T09:30:00+08:00 的格式：日期、T、时间和时区偏移' };
const looseDatetime = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):(\d{2}))?$/;

/**
 * How to fix a value that should be a calendar date `YYYY-MM-DD`: the month it lacks, the
 * length of its month and its last day, or the form to write.
 *
 * @example
 * dateAdvice('2024-02-30').en // 'February 2024 has 29 days: pick a real date, such as 2024-02-29'
 */
export function dateAdvice(value: unknown): Advice {
  const m = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (m === null || isCalendarDate(value)) return WRITE_DATE;
  const [yyyy, mm, dd] = [m[1] as string, m[2] as string, m[3] as string];
  const [year, month] = [Number(yyyy), Number(mm)];
  if (month < 1 || month > 12) return { en: `there is no month ${mm}: months run 01 to 12`, zh: `没有 ${mm} 月：月份应为 01 到 12` };
  if (dd === '00') return { en: 'there is no day 00: days start at 01', zh: '没有 00 日：日期从 01 开始' };
  const last = daysInMonth(year, month);
  return {
    en: `${MONTHS[month - 1] ?? ''} ${yyyy} has ${last} days: pick a real date, such as ${yyyy}-${mm}-${last}`,
    zh: `${year} 年 ${month} 月只有 ${last} 天，请改为真实日期，如 ${yyyy}-${mm}-${last}`,
  };
}

/**
 * How to fix a value that should be an ISO 8601 date-time with an offset: the offset it lacks,
 * the day, time or offset that cannot be, or the form to write.
 *
 * @example
 * datetimeAdvice('2024-03-31T09:30:00').en // 'add its offset from UTC, like 2024-03-31T09:30:00+08:00 for China time'
 */
export function datetimeAdvice(value: unknown): Advice {
  const m = typeof value === 'string' ? looseDatetime.exec(value) : null;
  if (m === null) return WRITE_DATETIME;
  if (!isCalendarDate(m[1])) return dateAdvice(m[1]);
  if (Number(m[2]) > 23 || Number(m[3]) > 59 || Number(m[4] ?? 0) > 59) {
    return { en: 'hours run 00 to 23, minutes and seconds 00 to 59', zh: '小时应为 00 到 23，分和秒应为 00 到 59' };
  }
  if (m[5] === undefined) return { en: `add its offset from UTC, like ${String(value)}+08:00 for China time`, zh: `请加上时区偏移，如北京时间写作 ${String(value)}+08:00` };
  if (Number(m[6] ?? 0) > 23 || Number(m[7] ?? 0) > 59) {
    return { en: 'offsets run from -23:59 to +23:59, like +08:00 for China time', zh: '时区偏移应在 -23:59 到 +23:59 之间，如北京时间为 +08:00' };
  }
  return { en: 'in UTC it falls before year 0000 or after 9999: correct the year', zh: '换算为 UTC 后早于 0000 年或晚于 9999 年，请修改年份' };
}

/**
 * How to write a date-time in the canonical UTC form records store (what conditions compare
 * as text); the form to write when it is not a date-time at all.
 *
 * @example
 * utcAdvice('2024-03-01T10:00:00+08:00').en // 'write it in UTC, as records store it: "2024-03-01T02:00:00.000Z"'
 */
export function utcAdvice(value: unknown): Advice {
  const utc = toUtcDatetime(value);
  if (utc === null) return datetimeAdvice(value);
  return { en: `write it in UTC, as records store it: "${utc}"`, zh: `请改写为记录中保存的 UTC 格式："${utc}"` };
}

/** A number to show as an example, by the field type compared: an amount in yuan, a percent as its fraction. */
const NUMBER_EXAMPLES: Readonly<Record<string, Advice>> = {
  money: { en: '500000 (yuan)', zh: '500000（元）' },
  percent: { en: '0.7 (for 70%)', zh: '0.7（即 70%）' },
  number: { en: '10', zh: '10' },
};

/**
 * How to write a literal of `kind` in place of `v` (a condition's value, a rule's `set_field`);
 * `type`, the field type compared, picks the example number.
 *
 * @example
 * literalAdvice('number', '500000').en // 'write it without quotes, like 500000'
 */
export function literalAdvice(kind: ValueKind, v: unknown, type?: string): Advice {
  switch (kind) {
    case 'number': {
      const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
      if (Number.isFinite(n)) return { en: `write it without quotes, like ${n}`, zh: `请去掉引号，写作 ${n}` };
      const example = NUMBER_EXAMPLES[type ?? ''] ?? NUMBER_EXAMPLES.number!;
      return { en: `write a number without quotes, like ${example.en}`, zh: `请填写不加引号的数字，如 ${example.zh}` };
    }
    case 'boolean':
      return { en: 'write true or false, without quotes', zh: '请填写 true 或 false（不加引号）' };
    case 'date':
      return dateAdvice(v);
    case 'datetime':
      return datetimeAdvice(v);
    case 'list': {
      const example = JSON.stringify([typeof v === 'string' ? v : 'option']);
      return { en: `write the option ids in a list, like ${example}`, zh: `请把选项 ID 放进列表，如 ${example}` };
    }
    case 'table':
      return { en: 'write the rows as objects in a list, like [{ "column": "value" }]', zh: '请把各行写成对象放进列表，如 [{ "列": "值" }]' };
    case 'text': {
      const example = JSON.stringify(typeof v === 'number' || typeof v === 'boolean' ? String(v) : 'text');
      return { en: `write it in double quotes, like ${example}`, zh: `请加双引号，写作 ${example}` };
    }
  }
}
