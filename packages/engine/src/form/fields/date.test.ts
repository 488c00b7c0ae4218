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
  });

  it('resolves "today" from the caller, and skips it when there is none', () => {
    const [p] = date.checkValue('2024-05-02', founded, at);
    expect(p?.message).toBe('Founded on must not be after today.');
    expect(p?.messageZh).toBe('成立日期不能晚于今天。');
    expect(date.checkValue('2024-05-02', founded, { ...at, today: undefined })).toEqual([]);
    expect(date.checkValue('1949-09-30', founded, at)[0]?.message).toBe('Founded on must not be before 1949-10-01.');
  });

  it('checks its bounds are real dates in order', () => {
    expect(date.checkDefinition(founded, defAt())).toEqual([]);
    expect(codes(date.checkDefinition({ ...founded, rules: { min: '2023-02-30' } }, defAt()))).toEqual(['field.rules.date']);
    expect(codes(date.checkDefinition({ ...founded, rules: { min: '2024-01-01', max: '2023-01-01' } }, defAt()))).toEqual(['field.rules.range']);
  });
});
