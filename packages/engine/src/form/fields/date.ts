/** @module Date: a calendar day `YYYY-MM-DD`; `min`/`max` may be a date or "today" (the caller's today). */
import type { Problem } from '../../core/problem.js';
import type { DateField } from '../types.js';
import { dateAdvice } from '../../core/advice.js';
import { DATE_PATTERN, isCalendarDate } from '../../core/calendar.js';
import { defFail, fail, typeProblem } from './checks.js';
import type { FieldTypeSpec, ValueContext } from './spec.js';

const dateShape = new RegExp(DATE_PATTERN);

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
    out.push(fail(ctx, 'value.min', `must not be before ${s.en}: pick ${s.en} or a later date.`, `不能早于${s.zh}：请选择${s.zh}或之后的日期。`));
  }
  if (max !== undefined && day > max) {
    const s = say(field.rules?.max, max);
    out.push(fail(ctx, 'value.max', `must not be after ${s.en}: pick ${s.en} or an earlier date.`, `不能晚于${s.zh}：请选择${s.zh}或更早的日期。`));
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
    if (isCalendarDate(value)) return checkRange(value, field, ctx);
    const a = dateAdvice(value);
    if (typeof value !== 'string' || !dateShape.test(value)) return [typeProblem(value, ctx, { what: { en: 'a date', 'zh-CN': '日期' }, how: { en: a.en, 'zh-CN': a.zh } })];
    return [fail(ctx, 'value.date', `has ${value}, which is not a day of the calendar: ${a.en}.`, `：${value} 不是有效日期，${a.zh}。`)];
  },
  checkDefinition(field, ctx) {
    const out: Problem[] = [];
    for (const key of ['min', 'max'] as const) {
      const bound = field.rules?.[key];
      if (typeof bound === 'string' && bound !== 'today' && !isCalendarDate(bound)) {
        const a = dateAdvice(bound);
        out.push(defFail(ctx, ['rules', key], 'field.rules.date', `${bound} is not a day of the calendar: ${a.en}, or "today".`, `${bound} 不是有效日期：${a.zh}，或填写 "today"。`));
      }
    }
    const [min, max] = [field.rules?.min, field.rules?.max];
    if (isCalendarDate(min) && isCalendarDate(max) && min > max) {
      out.push(defFail(ctx, ['rules', 'max'], 'field.rules.range', `The latest date ${max} is before the earliest date ${min}: swap them.`, `最晚日期 ${max} 早于最早日期 ${min}，请对调。`));
    }
    return out;
  },
};
