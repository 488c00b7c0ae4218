import { describe, expect, it } from 'vitest';
import { SECTIONS, sectionOf, sectionPath } from './navigation.js';

describe('navigation', () => {
  it('builds and reads section paths', () => {
    expect(sectionPath('examples', 'scorecards')).toBe('/apps/examples/scorecards');
    expect(sectionPath('a b', 'inbox')).toBe('/apps/a%20b/inbox');
    expect(sectionOf('/apps/examples/scorecards/credit_score')).toBe('scorecards');
    expect(sectionOf('/apps/examples')).toBeUndefined();
    expect(sectionOf('/login')).toBeUndefined();
  });

  it('lists every section once, scorecards second', () => {
    expect(new Set(SECTIONS).size).toBe(7);
    expect(SECTIONS[1]).toBe('scorecards');
  });
});
