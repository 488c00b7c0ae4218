import { describe, it, expect } from 'vitest';
import { checkCron, checkTimezone } from './cron.js';

describe('checkCron', () => {
  it.each(['0 9 * * *', '*/15 8-18 * * MON-FRI', '0 0 1 */3 *', '30 8 1,15 jan,jul 0', '0 9 * * 7', '5-55/10 * * * *', ' 0 9 * * * '])('accepts "%s"', (expr) => {
    expect(checkCron(expr, '/c')).toEqual([]);
  });

  it.each([
    ['0 9 * *', 'ruleset.cron.fields'],
    ['0 0 9 * * *', 'ruleset.cron.fields'],
    ['', 'ruleset.cron.fields'],
    ['@daily', 'ruleset.cron.fields'],
    ['60 9 * * *', 'ruleset.cron.field'],
    ['0 24 * * *', 'ruleset.cron.field'],
    ['0 9 0 * *', 'ruleset.cron.field'],
    ['0 9 * 13 *', 'ruleset.cron.field'],
    ['0 9 * * 8', 'ruleset.cron.field'],
    ['0 18-9 * * *', 'ruleset.cron.field'],
    ['*/0 * * * *', 'ruleset.cron.field'],
    ['0 9 ? * *', 'ruleset.cron.field'],
    ['0 9 L * *', 'ruleset.cron.field'],
    ['0 9 * * MON#2', 'ruleset.cron.field'],
    ['0 9 * * FRY', 'ruleset.cron.field'],
    ['0 9,, * * *', 'ruleset.cron.field'],
  ])('refuses "%s"', (expr, code) => {
    expect(checkCron(expr, '/c')).toMatchObject([{ path: '/c', code }]);
  });

  it('names the field at fault and how to write one', () => {
    const [p] = checkCron('0 25 * * *', '/c');
    expect(p?.message).toMatch(/^Cron hour field: "25" is outside 0-23\. Write 5 fields/);
  });

  it('reports every bad field', () => {
    expect(checkCron('99 99 * * *', '/c')).toHaveLength(2);
  });
});

describe('checkTimezone', () => {
  it('accepts IANA zones and refuses misspellings', () => {
    expect(checkTimezone('Asia/Shanghai', '/tz')).toEqual([]);
    expect(checkTimezone('UTC', '/tz')).toEqual([]);
    expect(checkTimezone('Asia/Shangai', '/tz')).toMatchObject([{ path: '/tz', code: 'ruleset.timezone' }]);
  });
});
