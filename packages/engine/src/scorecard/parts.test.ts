import { describe, expect, it } from 'vitest';
import { EXCLUDE, FAIL, POINTS, scorecardParts } from './parts.js';
import { creditCatalog, smallCard } from './test-kit.js';

describe('scorecardParts', () => {
  const def = smallCard();

  it('lists every field read once: factors, dimensions, then the facts of overrides and policies', () => {
    const parts = scorecardParts({ ...def, modifiers: [{ id: 'm', dimension: 'industry', values: [{ value: 'retail', multipliers: { debt: 2 } }] }] }, creditCatalog);
    expect(parts.fields).toEqual(['debt_ratio', 'lawsuit_pending', 'cooperation_years', 'industry', 'negative_news', 'annual_sales']);
    expect(parts.factKeys).toEqual(['lawsuit_pending', 'negative_news', 'annual_sales']);
  });

  it('holds the missing policies as integers and points in hundredths', () => {
    const parts = scorecardParts(def, creditCatalog);
    expect([...parts.policyOf]).toEqual([POINTS, EXCLUDE, POINTS]);
    expect([...parts.missingPoints]).toEqual([0, 0, 2000]);
    expect(scorecardParts({ ...def, factors: def.factors.map((f) => ({ ...f, missing: { policy: 'fail' } })) }, creditCatalog).policyOf[0]).toBe(FAIL);
  });

  it('scales totals by the precision', () => {
    const parts = scorecardParts(def, creditCatalog);
    expect([parts.divisor, parts.unit, parts.hasOverrides, parts.hasPolicies]).toEqual([100_000, 10, true, true]);
  });
});
