import { describe, expect, it } from 'vitest';
import { closureEvaluator } from './closures.js';
import { scorecardParts } from './parts.js';
import { creditCatalog, smallCard } from './test-kit.js';

const env = { today: '2024-06-30' };

describe('closureEvaluator', () => {
  const card = closureEvaluator(scorecardParts(smallCard(), creditCatalog));

  it('explains every factor', () => {
    const r = card.evaluate({ debt_ratio: 0.35, lawsuit_pending: false, cooperation_years: 5, annual_sales: 1_000_000 }, env);
    expect(r.factors).toEqual([
      { id: 'debt', raw: 0.35, points: 70, weight: 5000, contribution: 35, band: 'mid', missing: undefined },
      { id: 'lawsuit', raw: false, points: 100, weight: 3000, contribution: 30, band: undefined, missing: undefined },
      { id: 'coop', raw: 5, points: 60, weight: 2000, contribution: 12, band: undefined, missing: undefined },
    ]);
    expect(r).toMatchObject({ total: 77, grade: 'B', outputs: { limit: 100_000, terms: 60 } });
  });

  it("shares an excluded factor's weight and flags by override", () => {
    const r = card.evaluate({ debt_ratio: 0.2, lawsuit_pending: null, cooperation_years: 10, negative_news: true }, env);
    expect(r.factors.map((f) => f.weight)).toEqual([7143, 0, 2857]);
    expect(r).toMatchObject({ total: 100, grade: 'A', flags: ['watch'] });
  });

  it('gives weights by record', () => {
    expect(card.weightsFor({})).toEqual({ debt: 5000, lawsuit: 3000, coop: 2000 });
  });
});
