import { describe, expect, it } from 'vitest';
import { dateAdvice, datetimeAdvice, literalAdvice, utcAdvice } from './advice.js';

describe('dateAdvice', () => {
  it('says how long the month is and offers its last day', () => {
    expect(dateAdvice('2024-02-30')).toEqual({ en: 'February 2024 has 29 days: pick a real date, such as 2024-02-29', zh: '2024 年 2 月只有 29 天，请改为真实日期，如 2024-02-29' });
    expect(dateAdvice('2023-04-31').en).toBe('April 2023 has 30 days: pick a real date, such as 2023-04-30');
  });

  it('names a month or day that does not exist', () => {
    expect(dateAdvice('2024-13-01')).toEqual({ en: 'there is no month 13: months run 01 to 12', zh: '没有 13 月：月份应为 01 到 12' });
    expect(dateAdvice('2024-00-01').en).toBe('there is no month 00: months run 01 to 12');
    expect(dateAdvice('2024-01-00')).toEqual({ en: 'there is no day 00: days start at 01', zh: '没有 00 日：日期从 01 开始' });
  });

  it('shows the form to write for anything else', () => {
    for (const v of ['2024/01/01', '2024-1-1', 20240101, null]) {
      expect(dateAdvice(v)).toEqual({ en: 'write it YYYY-MM-DD, like 2024-03-31', zh: '请写成 YYYY-MM-DD 格式，如 2024-03-31' });
    }
  });
});

describe('datetimeAdvice', () => {
  it('asks for the offset a date-time lacks', () => {
    expect(datetimeAdvice('2024-03-31T09:30:00')).toEqual({ en: 'add its offset from UTC, like 2024-03-31T09:30:00+08:00 for China time', zh: '请加上时区偏移，如北京时间写作 2024-03-31T09:30:00+08:00' });
  });

  it('explains an impossible day, time or offset', () => {
    expect(datetimeAdvice('2024-02-30T09:30:00Z').en).toBe('February 2024 has 29 days: pick a real date, such as 2024-02-29');
    expect(datetimeAdvice('2024-03-31T24:00:00Z')).toEqual({ en: 'hours run 00 to 23, minutes and seconds 00 to 59', zh: '小时应为 00 到 23，分和秒应为 00 到 59' });
    expect(datetimeAdvice('2024-03-31T09:30:00+24:00')).toEqual({ en: 'offsets run from -23:59 to +23:59, like +08:00 for China time', zh: '时区偏移应在 -23:59 到 +23:59 之间，如北京时间为 +08:00' });
    expect(datetimeAdvice('0000-01-01T00:00:00+08:00').en).toBe('in UTC it falls before year 0000 or after 9999: correct the year');
  });

  it('shows the form to write for anything else', () => {
    for (const v of ['31/03/2024 09:30', '2024-03-31', 1711848600000]) {
      expect(datetimeAdvice(v)).toEqual({ en: 'write it like 2024-03-31T09:30:00+08:00: a date, T, a time and its offset from UTC', zh: '请写成 2024-03-31T09:30:00+08:00 的格式：日期、T、时间和时区偏移' });
    }
  });
});

describe('utcAdvice', () => {
  it('gives the canonical UTC form to write instead', () => {
    expect(utcAdvice('2024-03-01T10:00:00+08:00')).toEqual({ en: 'write it in UTC, as records store it: "2024-03-01T02:00:00.000Z"', zh: '请改写为记录中保存的 UTC 格式："2024-03-01T02:00:00.000Z"' });
    expect(utcAdvice('nonsense').en).toBe('write it like 2024-03-31T09:30:00+08:00: a date, T, a time and its offset from UTC');
  });
});

describe('literalAdvice', () => {
  it('says how to write a literal of each kind', () => {
    expect(literalAdvice('number', '500000')).toEqual({ en: 'write it without quotes, like 500000', zh: '请去掉引号，写作 500000' });
    expect(literalAdvice('number', 'a lot').en).toBe('write a number without quotes, like 10');
    expect(literalAdvice('number', ' ', 'percent').en).toBe('write a number without quotes, like 0.7 (for 70%)');
    expect(literalAdvice('number', '', 'money').zh).toBe('请填写不加引号的数字，如 500000（元）');
    expect(literalAdvice('boolean', 'true').en).toBe('write true or false, without quotes');
    expect(literalAdvice('text', 5)).toEqual({ en: 'write it in double quotes, like "5"', zh: '请加双引号，写作 "5"' });
    expect(literalAdvice('text', null).en).toBe('write it in double quotes, like "text"');
    expect(literalAdvice('date', '2024-02-30')).toEqual(dateAdvice('2024-02-30'));
    expect(literalAdvice('datetime', '2024-03-01T10:00')).toEqual(datetimeAdvice('2024-03-01T10:00'));
    expect(literalAdvice('list', 'vip')).toEqual({ en: 'write the option ids in a list, like ["vip"]', zh: '请把选项 ID 放进列表，如 ["vip"]' });
    expect(literalAdvice('table', 1).en).toBe('write the rows as objects in a list, like [{ "column": "value" }]');
  });
});
