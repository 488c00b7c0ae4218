/** @module Whether a literal fits a form field, for `set_field` values written into a definition. */
import { literalAdvice, type Advice } from '../core/advice.js';
import { isCalendarDate, isIsoDatetime } from '../core/calendar.js';
import type { FieldInfo } from '../core/catalog.js';
import { roundHalfUp } from '../core/decimal.js';
import { isPlainObject } from '../core/json.js';
import { isMoney, MONEY_LIMIT } from '../core/money.js';
import { problem, type Problem } from '../core/problem.js';
import { hint } from '../core/suggest.js';

/** What a field holds: the test, its name in a message, and how to write a value that fits. */
interface Holds {
  readonly test: (v: unknown) => boolean;
  readonly en: string;
  readonly zh: string;
  readonly how: (v: unknown) => Advice;
}

const isRows = (v: unknown): boolean => Array.isArray(v) && v.every(isPlainObject);
const isNumber = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);

function moneyAdvice(v: unknown): Advice {
  if (!isNumber(v)) return literalAdvice('number', v);
  const n = v as number;
  if (Math.abs(n) > MONEY_LIMIT) return { en: 'keep it within ±10,000,000,000,000', zh: '请控制在 ±10 万亿元以内' };
  return { en: `round it to ${roundHalfUp(n, 2)}`, zh: `请四舍五入为 ${roundHalfUp(n, 2)}` };
}

/** What a value must look like, by field type first and by kind for types this file does not know. */
function holds(field: FieldInfo): Holds {
  switch (field.type) {
    case 'money':
      return { test: isMoney, en: 'amounts in CNY with at most 2 decimals', zh: '最多两位小数的人民币金额', how: moneyAdvice };
    case 'percent':
      return { test: isNumber, en: 'fractions (0.35 for 35%)', zh: '小数形式的百分比', how: () => ({ en: 'write 0.35 for 35%, without quotes', zh: '35% 请写作 0.35（不加引号）' }) };
    case 'user':
    case 'reference': {
      const [en, zh, example] = field.type === 'user' ? ["the user's id", '人员 ID', 'u_li'] : ["the record's id", '记录 ID', 'rec_1'];
      return { test: (v) => typeof v === 'string' && v !== '', en: `${field.type} ids`, zh, how: () => ({ en: `write ${en} in quotes, like "${example}"`, zh: `请填写加引号的${zh}，如 "${example}"` }) };
    }
    case 'sub_table':
      return { test: isRows, en: 'lists of rows', zh: '由行（对象）组成的列表', how: (v) => literalAdvice('table', v) };
  }
  const how = (v: unknown): Advice => literalAdvice(field.kind, v);
  switch (field.kind) {
    case 'number':
      return { test: isNumber, en: 'numbers', zh: '数字', how };
    case 'boolean':
      return { test: (v) => typeof v === 'boolean', en: 'true or false', zh: 'true 或 false', how };
    case 'date':
      return { test: isCalendarDate, en: 'dates', zh: '日期', how };
    case 'datetime':
      return { test: isIsoDatetime, en: 'date-times with an offset', zh: '带时区的日期时间', how };
    case 'list':
      return { test: (v) => Array.isArray(v) && v.every((x) => typeof x === 'string'), en: 'lists of option ids', zh: '选项 ID 列表', how };
    case 'table':
      return { test: isRows, en: 'lists of rows', zh: '由行（对象）组成的列表', how };
    case 'text':
      return { test: (v) => typeof v === 'string', en: 'text', zh: '文本', how };
  }
}

/**
 * Problems with a literal written into `field`: `null` clears a field and always fits; otherwise
 * the value must have the field's type (and be one of its options for a select field). Each
 * problem says how to write a value that fits.
 *
 * @example
 * checkValue({ id: 'credit_limit', type: 'money', kind: 'number' }, 12.345, '/rules/0/actions/0/value')
 * // [{ code: 'ruleset.value.type', message: '12.345 does not fit "credit_limit", which holds amounts in CNY with at most 2 decimals: round it to 12.35.', ... }]
 */
export function checkValue(field: FieldInfo, value: unknown, path: string): Problem[] {
  if (value === null) return [];
  const want = holds(field);
  if (!want.test(value)) {
    const shown = JSON.stringify(value) ?? String(value);
    const how = want.how(value);
    return [problem(path, 'ruleset.value.type', `${shown} does not fit "${field.id}", which holds ${want.en}: ${how.en}.`, `${shown} 不符合字段 "${field.id}" 的类型（${want.zh}）：${how.zh}。`)];
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
