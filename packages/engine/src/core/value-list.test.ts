import { describe, expect, it } from 'vitest';
import { joinValueList, splitValueList } from './value-list.js';

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
