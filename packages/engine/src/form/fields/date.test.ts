import { describe, expect, it } from 'vitest';
import { codes, defAt, label, valueAt } from '../test-kit.js';
import type { DateField } from '../types.js';
import { date } from './date.js';

const founded: DateField = { id: 'founded_on', type: 'date', label: label('Founded on', '成立日期'), rules: { min: '1949-10-01', max: 'today' } };
const at = valueAt('Founded on', '成立日期', '2024-05-01');

describe('date', () => {
  it('accepts a real day within its range', () => {
    expect(date.checkValue('2008-06-18', founded, at)).toEqual([]);
    expect(date.checkValue('2024-02-29', founded, at)).toEqual([]);
  });

  it('rejects other shapes and days the calendar lacks', () => {
    expect(codes(date.checkValue('2024/05/01', founded, at))).toEqual(['value.type']);
    expect(codes(date.checkValue(20240501, founded, at))).toEqual(['value.type']);
    expect(codes(date.checkValue('2023-02-29', founded, at))).toEqual(['value.date']);
    expect(codes(date.checkValue('2024-13-01', founded, at))).toEqual(['value.date']);
    const [p] = date.checkValue('2024-02-30', founded, at);
    expect(p?.message).toBe('Founded on has 2024-02-30, which is not a day of the calendar: February 2024 has 29 days: pick a real date, such as 2024-02-29.');
    expect(p?.messageZh).toBe('成立日期：2024-02-30 不是有效日期，2024 年 2 月只有 29 天，请改为真实日期，如 2024-02-29。');
    expect(date.checkValue('2024/05/01', founded, at)[0]?.message).toBe('Founded on must be a date, not the text "2024/05/01": write it YYYY-MM-DD, like 2024-03-31.');
  });

  it('resolves "today" from the caller, and skips it when there is none', () => {
    const [p] = date.checkValue('2024-05-02', founded, at);
    expect(p?.message).toBe('Founded on must not be after today: pick today or an earlier date.');
    expect(p?.messageZh).toBe('成立日期不能晚于今天：请选择今天或更早的日期。');
    expect(date.checkValue('2024-05-02', founded, { ...at, today: undefined })).toEqual([]);
    expect(date.checkValue('1949-09-30', founded, at)[0]?.message).toBe('Founded on must not be before 1949-10-01: pick 1949-10-01 or a later date.');
  });

  it('checks its bounds are real dates in order', () => {
    expect(date.checkDefinition(founded, defAt())).toEqual([]);
    expect(codes(date.checkDefinition({ ...founded, rules: { min: '2023-02-30' } }, defAt()))).toEqual(['field.rules.date']);
    expect(date.checkDefinition({ ...founded, rules: { min: '2023-02-30' } }, defAt())[0]?.message).toBe('2023-02-30 is not a day of the calendar: February 2023 has 28 days: pick a real date, such as 2023-02-28, or "today".');
    expect(codes(date.checkDefinition({ ...founded, rules: { min: '2024-01-01', max: '2023-01-01' } }, defAt()))).toEqual(['field.rules.range']);
  });
});
