/** @module Datetime: an instant, ISO 8601 with an offset (2024-03-31T09:30:00+08:00), so it is unambiguous; stored in canonical UTC. */
import type { DatetimeField } from '../types.js';
import { datetimeAdvice } from '../../core/advice.js';
import { DATETIME_PATTERN, isIsoDatetime } from '../../core/calendar.js';
import { typeProblem } from './checks.js';
import type { FieldTypeSpec } from './spec.js';

/** The datetime field type. */
export const datetime: FieldTypeSpec<DatetimeField> = {
  kind: () => 'datetime',
  label: { en: 'Date and time', 'zh-CN': '日期时间' },
  props: { properties: {}, required: [] },
  rules: [],
  valueSchema: () => ({ type: 'string', pattern: DATETIME_PATTERN }),
  checkValue(value, _field, ctx) {
    if (isIsoDatetime(value)) return [];
    const a = datetimeAdvice(value);
    return [typeProblem(value, ctx, { what: { en: 'a date and time with its offset', 'zh-CN': '带时区的日期时间' }, how: { en: a.en, 'zh-CN': a.zh } })];
  },
  checkDefinition: () => [],
};
