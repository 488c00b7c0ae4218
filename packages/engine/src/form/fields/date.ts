/** @module Date: a calendar day `YYYY-MM-DD`; `min`/`max` may be a date or "today" (the caller's today). */
import type { Problem } from '../../core/problem.js';
import type { DateField } from '../types.js';
import { DATE_PATTERN, isCalendarDate } from './calendar.js';
import { defFail, fail } from './checks.js';
import type { FieldTypeSpec, ValueContext } from './spec.js';

/** A bound as a date, `today` resolved; undefined when not comparable here. */
function resolve(bound: unknown, today: string | undefined): string | undefined {
  if (bound === 'today') return today;
  return isCalendarDate(bound) ? bound : undefined;
}

const say = (bound: unknown, d: string): { en: string; zh: string } => (bound === 'today' ? { en: 'today', zh: '今天' } : { en: d, zh: d });

function checkRange(day: string, field: DateField, ctx: ValueContext): Problem[] {
  const out: Problem[] = [];
  const min = resolve(field.rules?.min, ctx.today);
  const max = resolve(field.rules?.max, ctx.today);
  if (min !== undefined && day < min) {
    const s = say(field.rules?.min, min);
    out.push(fail(ctx, 'value.min', `must not be before ${s.en}.`, `不能早于${s.zh}。`));
  }
  if (max !== undefined && day > max) {
    const s = say(field.rules?.max, max);
    out.push(fail(ctx, 'value.max', `must not be after ${s.en}.`, `不能晚于${s.zh}。`));
  }
  return out;
}

/** The date field type. */
export const date: FieldTypeSpec<DateField> = {
  kind: () => 'date',
  label: { en: 'Date', 'zh-CN': '日期' },
  props: { properties: {}, required: [] },
  rules: ['min', 'max', 'unique'],
  bound: { type: 'string', pattern: '^(\\d{4}-\\d{2}-\\d{2}|today)$' },
  valueSchema: () => ({ type: 'string', pattern: DATE_PATTERN }),
  checkValue(value, field, ctx) {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      return [fail(ctx, 'value.type', 'must be a date written like 2024-03-31.', '应为日期，格式如 2024-03-31。')];
    }
    if (!isCalendarDate(value)) return [fail(ctx, 'value.date', `has ${value}, which is not a day of the calendar.`, `：${value} 不是有效日期。`)];
    return checkRange(value, field, ctx);
  },
  checkDefinition(field, ctx) {
    const out: Problem[] = [];
    for (const key of ['min', 'max'] as const) {
      const bound = field.rules?.[key];
      if (typeof bound === 'string' && bound !== 'today' && !isCalendarDate(bound)) {
        out.push(defFail(ctx, ['rules', key], 'field.rules.date', `${bound} is not a day of the calendar: write a real date like 2024-03-31, or "today".`, `${bound} 不是有效日期，请填写真实日期（如 2024-03-31）或 "today"。`));
      }
    }
    const [min, max] = [field.rules?.min, field.rules?.max];
    if (isCalendarDate(min) && isCalendarDate(max) && min > max) {
      out.push(defFail(ctx, ['rules', 'max'], 'field.rules.range', `The latest date ${max} is before the earliest date ${min}: swap them.`, `最晚日期 ${max} 早于最早日期 ${min}，请对调。`));
    }
    return out;
  },
};
