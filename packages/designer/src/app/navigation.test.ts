import { describe, expect, it } from 'vitest';
import { KIND_SECTIONS, SECTIONS, appPath, definitionPath, inApp, kindOfSection, sectionOf, sectionPath, sectionsFor } from './navigation.js';

describe('navigation', () => {
  it('builds and reads section paths', () => {
    expect(appPath('a b')).toBe('/apps/a%20b');
    expect(sectionPath('minjiang', 'scorecards')).toBe('/apps/minjiang/scorecards');
    expect(sectionPath('a b', 'inbox')).toBe('/apps/a%20b/inbox');
    expect(sectionOf('/apps/minjiang/scorecards/credit_score')).toBe('scorecards');
    expect(sectionOf('/apps/minjiang')).toBeUndefined();
    expect(sectionOf('/login')).toBeUndefined();
  });

  it('lists every section once, scorecards second', () => {
    expect(new Set(SECTIONS).size).toBe(9);
    expect(SECTIONS[1]).toBe('scorecards');
  });

  it('shows design sections only to the roles that may edit their kind, and people and roles to admins', () => {
    expect(sectionsFor(['admin'])).toEqual([...SECTIONS]);
    expect(sectionsFor(['finance_director'])).not.toContain('people');
    expect(sectionsFor(['risk_officer'])).toEqual(['scorecards', 'records', 'inbox', 'dashboards']);
    expect(sectionsFor(['salesperson', 'sales_manager'])).toEqual(['records', 'inbox', 'dashboards']);
    expect(sectionsFor([])).toEqual(['records', 'inbox', 'dashboards']);
  });

  it('opens each kind of definition in its own section, and back', () => {
    expect(definitionPath('minjiang', 'ruleset', 'overdue')).toBe('/apps/minjiang/rulesets/overdue');
    for (const [kind, section] of Object.entries(KIND_SECTIONS)) expect(kindOfSection(section)).toBe(kind);
  });

  it('moves a path into another app, keeping where it leads', () => {
    expect(inApp('/apps/examples/scorecards/credit_score', 'minjiang')).toBe('/apps/minjiang/scorecards/credit_score');
    expect(inApp('/apps/examples', 'minjiang')).toBe('/apps/minjiang');
  });
});
