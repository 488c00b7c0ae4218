import { describe, expect, it } from 'vitest';
import { codes, label, valueAt } from '../test-kit.js';
import type { DatetimeField } from '../types.js';
import { datetime } from './datetime.js';

const reviewed: DatetimeField = { id: 'last_reviewed_at', type: 'datetime', label: label('Last reviewed at') };

describe('datetime', () => {
  it('accepts ISO 8601 with an offset', () => {
    for (const v of ['2024-03-31T09:30:00+08:00', '2024-03-31T01:30Z', '2024-03-31T09:30:00.123+08:00']) {
      expect(datetime.checkValue(v, reviewed, valueAt())).toEqual([]);
    }
  });

  it('rejects a missing offset, impossible times and days', () => {
    for (const v of ['2024-03-31T09:30:00', '2024-03-31T24:00:00Z', '2023-02-29T10:00:00Z', '2024-03-31', 1711848600000]) {
      expect(codes(datetime.checkValue(v, reviewed, valueAt()))).toEqual(['value.type']);
    }
  });

  it('says how to fix it', () => {
    const [p] = datetime.checkValue('2024-03-31T09:30:00', reviewed, valueAt('Reviewed at', '评审时间'));
    expect(p?.message).toBe('Reviewed at must be a date and time with its offset, not the text "2024-03-31T09:30:00": add its offset from UTC, like 2024-03-31T09:30:00+08:00 for China time.');
    expect(p?.messageZh).toBe('评审时间应为带时区的日期时间，而不是文本 "2024-03-31T09:30:00"：请加上时区偏移，如北京时间写作 2024-03-31T09:30:00+08:00。');
  });

  it('is a datetime for formulas and conditions', () => {
    expect(datetime.kind(reviewed)).toBe('datetime');
  });
});
