/** @module Datetime: an instant, ISO 8601 with an offset (2024-03-31T09:30:00+08:00), so it is unambiguous. */
import type { DatetimeField } from '../types.js';
import { DATETIME_PATTERN, isIsoDatetime } from './calendar.js';
import { fail } from './checks.js';
import type { FieldTypeSpec } from './spec.js';

/** The datetime field type. */
export const datetime: FieldTypeSpec<DatetimeField> = {
  kind: () => 'datetime',
  label: { en: 'Date and time', 'zh-CN': '日期时间' },
  props: { properties: {}, required: [] },
  rules: [],
  valueSchema: () => ({ type: 'string', pattern: DATETIME_PATTERN }),
  checkValue: (value, _field, ctx) =>
    isIsoDatetime(value)
      ? []
      : [fail(ctx, 'value.type', 'must be a date and time with its offset, like 2024-03-31T09:30:00+08:00.', '应为带时区的日期时间，格式如 2024-03-31T09:30:00+08:00。')],
  checkDefinition: () => [],
};
