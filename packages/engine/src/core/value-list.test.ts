import { describe, expect, it } from 'vitest';
import { joinValueList, queryValue, splitValueList } from './value-list.js';

describe('the values of an in filter in one parameter', () => {
  it('round-trips values holding commas, backslashes and other characters', () => {
    const values = ['Zhou, Wu & Co.', 'a\\,b', 'C:\\', '', '100%', 'x=y&z', '闽江，机械', ','];
    expect(splitValueList(joinValueList(values))).toEqual(values);
  });

  it('reads plain comma-separated values as before', () => {
    expect(splitValueList('steel,services')).toEqual(['steel', 'services']);
    expect(splitValueList('C:\\temp\\x')).toEqual(['C:\\temp\\x']);
    expect(splitValueList('end\\')).toEqual(['end\\']);
  });
});

describe('one filter value as its kind stores it', () => {
  it('reads numbers, yes/no, dates and date-times, and refuses what is not one', () => {
    expect(queryValue('number', '0.35')).toBe(0.35);
    expect(queryValue('number', ' ')).toBeUndefined();
    expect(queryValue('boolean', 'false')).toBe(false);
    expect(queryValue('boolean', 'no')).toBeUndefined();
    expect(queryValue('date', '2024-02-29')).toBe('2024-02-29');
    expect(queryValue('date', '2023-02-29')).toBeUndefined();
    expect(queryValue('datetime', '2024-05-01T08:00:00+08:00')).toBe('2024-05-01T00:00:00.000Z');
    expect(queryValue('text', '法务催收')).toBe('法务催收');
  });
});
