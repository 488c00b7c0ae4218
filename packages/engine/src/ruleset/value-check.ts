/** @module Whether a literal fits a form field, for `set_field` values written into a definition. */
import type { FieldInfo } from '../core/catalog.js';
import { hasAtMostDecimals } from '../core/decimal.js';
import { problem, type Problem } from '../core/problem.js';
import { hint } from '../core/suggest.js';

/** The largest amount a money field holds (as the form's money type says). */
export const MONEY_MAX = 1e13;
const dateRe = /^(\d{4})-(\d{2})-(\d{2})$/;
const datetimeRe = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Whether `s` is a real calendar day written `YYYY-MM-DD`. */
export function isDate(s: unknown): s is string {
  const m = typeof s === 'string' ? dateRe.exec(s) : null;
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

const isDatetime = (v: unknown): boolean => typeof v === 'string' && datetimeRe.test(v) && isDate(v.slice(0, 10));
const isRow = (v: unknown): boolean => v !== null && typeof v === 'object' && !Array.isArray(v);

/** What a value must look like, by field type first and by kind for types this file does not know. */
function expected(field: FieldInfo): { test: (v: unknown) => boolean; en: string; zh: string } {
  switch (field.type) {
    case 'money':
      return { test: (v) => typeof v === 'number' && hasAtMostDecimals(v, 2) && Math.abs(v) <= MONEY_MAX, en: 'an amount in CNY with at most 2 decimals', zh: '最多两位小数的人民币金额' };
    case 'percent':
      return { test: (v) => typeof v === 'number' && Number.isFinite(v), en: 'a fraction such as 0.35 for 35%', zh: '小数形式的百分比（如 0.35 表示 35%）' };
    case 'user':
    case 'reference':
      return { test: (v) => typeof v === 'string' && v !== '', en: `a ${field.type} id`, zh: field.type === 'user' ? '人员 ID' : '记录 ID' };
    case 'sub_table':
      return { test: (v) => Array.isArray(v) && v.every(isRow), en: 'a list of rows (objects)', zh: '由行（对象）组成的列表' };
  }
  switch (field.kind) {
    case 'number':
      return { test: (v) => typeof v === 'number' && Number.isFinite(v), en: 'a number', zh: '数字' };
    case 'boolean':
      return { test: (v) => typeof v === 'boolean', en: 'true or false', zh: 'true 或 false' };
    case 'date':
      return { test: isDate, en: 'a date written YYYY-MM-DD', zh: 'YYYY-MM-DD 格式的日期' };
    case 'datetime':
      return { test: isDatetime, en: 'a date and time with an offset, e.g. 2025-01-31T09:00:00+08:00', zh: '带时区的日期时间，例如 2025-01-31T09:00:00+08:00' };
    case 'list':
      return { test: (v) => Array.isArray(v) && v.every((x) => typeof x === 'string'), en: 'a list of option ids', zh: '选项 ID 列表' };
    case 'table':
      return { test: (v) => Array.isArray(v) && v.every(isRow), en: 'a list of rows (objects)', zh: '由行（对象）组成的列表' };
    default:
      return { test: (v) => typeof v === 'string', en: 'text', zh: '文本' };
  }
}

/**
 * Problems with a literal written into `field`: `null` clears a field and always fits; otherwise
 * the value must have the field's type (and be one of its options for a select field).
 *
 * @example
 * checkValue({ id: 'credit_limit', type: 'money', kind: 'number' }, 12.345, '/rules/0/actions/0/value')
 * // [{ code: 'ruleset.value.type', message: '12.345 does not fit "credit_limit": it must be an amount in CNY with at most 2 decimals.', ... }]
 */
export function checkValue(field: FieldInfo, value: unknown, path: string): Problem[] {
  if (value === null) return [];
  const want = expected(field);
  if (!want.test(value)) {
    const shown = JSON.stringify(value) ?? String(value);
    return [problem(path, 'ruleset.value.type', `${shown} does not fit "${field.id}": it must be ${want.en}.`, `${shown} 不符合字段 "${field.id}" 的类型：应为${want.zh}。`)];
  }
  const options = field.options;
  if (options === undefined) return [];
  const chosen = Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];
  return chosen
    .filter((v) => !options.includes(v))
    .map((v) => {
      const h = hint(v, options);
      return problem(path, 'ruleset.value.option', `"${v}" is not an option of "${field.id}".${h.en}`, `"${v}" 不是字段 "${field.id}" 的选项。${h.zh}`);
    });
}
