import { describe, expect, it } from 'vitest';
import { checkCron, isTimeZone, nextRunAfter } from './cron.js';

const utc = (iso: string): Date => new Date(iso);
const runs = (cron: string, tz: string, from: string, n: number): string[] => {
  const out: string[] = [];
  let after = utc(from);
  for (let i = 0; i < n; i += 1) {
    after = nextRunAfter(cron, tz, after);
    out.push(after.toISOString());
  }
  return out;
};

describe('nextRunAfter', () => {
  it('reads the expression in the schedule’s time zone: 09:00 in Shanghai is 01:00 UTC', () => {
    expect(runs('0 9 * * *', 'Asia/Shanghai', '2025-01-01T00:00:00Z', 2)).toEqual(['2025-01-01T01:00:00.000Z', '2025-01-02T01:00:00.000Z']);
    // Just after 09:00 Shanghai time, the next run is tomorrow's.
    expect(runs('0 9 * * *', 'Asia/Shanghai', '2025-01-01T01:00:00Z', 1)).toEqual(['2025-01-02T01:00:00.000Z']);
    expect(runs('0 9 * * *', 'UTC', '2025-01-01T00:00:00Z', 1)).toEqual(['2025-01-01T09:00:00.000Z']);
  });

  it('fires a quarterly review on the first day of each quarter, Shanghai time', () => {
    expect(runs('0 9 1 1,4,7,10 *', 'Asia/Shanghai', '2024-12-31T17:00:00Z', 4)).toEqual([
      '2025-01-01T01:00:00.000Z',
      '2025-04-01T01:00:00.000Z',
      '2025-07-01T01:00:00.000Z',
      '2025-10-01T01:00:00.000Z',
    ]);
  });

  it('runs at midnight Shanghai time on the previous UTC day, and on weekdays only when asked', () => {
    // 2025-01-03 is a Friday: the next weekday midnight in Shanghai is Monday the 6th, i.e. Sunday 16:00 UTC.
    expect(runs('0 0 * * 1-5', 'Asia/Shanghai', '2025-01-02T16:00:00Z', 2)).toEqual(['2025-01-05T16:00:00.000Z', '2025-01-06T16:00:00.000Z']);
  });

  it('keeps local time across a daylight-saving change', () => {
    // New York springs forward on 2025-03-09: 08:00 local is 13:00 UTC before, 12:00 UTC after.
    expect(runs('0 8 * * *', 'America/New_York', '2025-03-08T00:00:00Z', 2)).toEqual(['2025-03-08T13:00:00.000Z', '2025-03-09T12:00:00.000Z']);
  });

  it('spreads an H field the same way for the same seed every time', () => {
    const a = nextRunAfter('H 3 * * *', 'UTC', utc('2025-01-01T00:00:00Z'), 't1/nightly');
    expect(nextRunAfter('H 3 * * *', 'UTC', utc('2025-01-01T00:00:00Z'), 't1/nightly')).toEqual(a);
    expect(a.toISOString()).toMatch(/^2025-01-01T03:\d\d:00\.000Z$/);
  });
});

describe('checkCron', () => {
  it('accepts five fields and the usual aliases', () => {
    for (const cron of ['0 9 * * *', '*/15 8-18 * * MON-FRI', '0 9 L * *', '@daily', '@weekly', ' 0 9 * * * ']) expect(checkCron(cron, 'Asia/Shanghai')).toEqual([]);
  });

  it('names the field to fix, in English and Chinese', () => {
    expect(checkCron('0 9 * *', 'Asia/Shanghai').map((p) => [p.path, p.code])).toEqual([['/cron', 'schedule.cron_shape']]);
    expect(checkCron('* * * * * *', 'UTC').map((p) => p.code)).toEqual(['schedule.cron_shape']);
    expect(checkCron('@secondly', 'UTC').map((p) => p.code)).toEqual(['schedule.cron_shape']);
    const range = checkCron('0 25 * * *', 'UTC');
    expect(range.map((p) => [p.path, p.code])).toEqual([['/cron', 'schedule.cron']]);
    expect(range[0]!.message).toMatch(/"0 25 \* \* \*" is not a valid cron expression/);
    expect(range[0]!.messageZh).toMatch(/不是有效的 cron 表达式/);
    expect(checkCron('0 0 30 2 *', 'UTC').map((p) => p.code)).toEqual(['schedule.cron']);
    expect(checkCron('0 9 * * *', 'Mars/Olympus').map((p) => [p.path, p.code])).toEqual([['/timezone', 'schedule.timezone']]);
    expect(checkCron('nope', 'China', '/schedules/0').map((p) => p.path)).toEqual(['/schedules/0/timezone', '/schedules/0/cron']);
  });

  it('knows IANA time zones', () => {
    expect(['Asia/Shanghai', 'UTC', 'Asia/Hong_Kong'].map(isTimeZone)).toEqual([true, true, true]);
    expect(['China', '', ' Asia/Shanghai', 'Asia/Beijing'].map(isTimeZone)).toEqual([false, false, false, false]);
  });
});
