import { describe, expect, it } from 'vitest';
import { showsTab } from './record-tabs.js';

describe('a record page’s optional tabs', () => {
  it('shows a tab when its form has what it shows, or the record has some', () => {
    expect(showsTab(true, false)).toBe(true);
    expect(showsTab(false, true)).toBe(true);
    expect(showsTab(false, false)).toBe(false);
  });

  it('shows a tab it cannot tell about, so its panel says what failed', () => {
    expect(showsTab(undefined, false)).toBe(true);
    expect(showsTab(false, undefined)).toBe(true);
  });
});
