import { describe, expect, it } from 'vitest';
import { bandRange } from './band-range.js';

describe('band range', () => {
  it('says a band by its bounds in the unit the editor types them in', () => {
    expect(bandRange(0.3, 0.5, 'percent', 'en')).toBe('30%–50%');
    expect(bandRange(0.07, undefined, 'percent', 'zh-CN')).toBe('≥ 7%');
    expect(bandRange(undefined, 3, 'plain', 'en', 'years')).toBe('< 3 years');
    expect(bandRange(1000000, 5000000, 'money', 'en')).toBe('¥1,000,000–¥5,000,000');
    expect(bandRange(undefined, undefined, 'plain', 'en')).toBeUndefined();
  });
});
