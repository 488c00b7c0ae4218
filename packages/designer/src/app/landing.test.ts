import { describe, expect, it } from 'vitest';
import { landingSection } from './landing.js';
import { sectionsFor } from './navigation.js';

const boss = sectionsFor(['admin']);
const sales = sectionsFor(['salesperson']);
const risk = sectionsFor(['risk_officer']);

describe('where a user lands', () => {
  it('opens the inbox while work waits, whoever they are', () => {
    expect(landingSection({ sections: sales, work: 3, dashboards: 1 })).toBe('inbox');
    expect(landingSection({ sections: boss, work: 1, dashboards: 1 })).toBe('inbox');
  });

  it('opens the dashboards when no work waits and one is published', () => {
    expect(landingSection({ sections: boss, work: 0, dashboards: 1 })).toBe('dashboards');
    expect(landingSection({ sections: sectionsFor(['finance_director']), work: 0, dashboards: 2 })).toBe('dashboards');
  });

  it('opens the first section otherwise: the designer for an admin, records for the others', () => {
    expect(landingSection({ sections: boss, work: 0, dashboards: 0 })).toBe('forms');
    expect(landingSection({ sections: risk, work: 0, dashboards: 0 })).toBe('scorecards');
    expect(landingSection({ sections: sales, work: 0, dashboards: 0 })).toBe('records');
    expect(landingSection({ sections: [], work: 5, dashboards: 5 })).toBe('records');
  });
});
