import { describe, expect, it } from 'vitest';
import { customer, goodWholesaler, history, topCustomer } from './samples.js';
import { score } from './test-kit.js';

// The credit score, computed by hand on 2025-06-30. Points run from 300 to 850: DOMAIN.md's
// 0–100 points p become 300 + 5.5 × p (100 → 850, 80 → 740, 70 → 685, 60 → 630, 40 → 520,
// 30 → 465, 0 → 300). Base weights: payment days 25%, late payments 15% (payment history
// 40%), debt ratio 15%, current ratio 10% (financial condition 25%), enterprise type 10%,
// years in business 10% (qualification 20%), years of cooperation 15%. Contribution =
// points × weight; the total is their sum rounded half up; AAA 800–850, AA 700–799,
// A 600–699, B 500–599, D 300–499.
const summary = (r: ReturnType<typeof score>) => ({ total: r.total, grade: r.grade, limit: r.outputs.limit, terms: r.outputs.terms });

describe('the credit scorecard, by hand', () => {
  it('a state-owned customer at the top of every factor: 850, AAA, 20% of sales, 90 days', () => {
    const r = score(customer(topCustomer));
    // Debt ratio 125M / 500M = 25% (< 30%: 850); current ratio 2.2 (≥ 2.0: 850); 0 days late,
    // 0 late payments, state-owned, founded 2005 (20 years), with us since 2015 (10 years): all 850.
    // 850 × (25% + 15% + 15% + 10% + 10% + 10% + 15%) = 850.
    expect(r.factors.map((f) => f.points)).toEqual([850, 850, 850, 850, 850, 850, 850]);
    // Limit 300,000,000 × 20% = 60,000,000.
    expect(summary(r)).toEqual({ total: 850, grade: 'AAA', limit: 60_000_000, terms: 90 });
    expect(r.outputs.settlement).toBe('credit_flexible');
    expect(r.flags).toEqual([]);
  });

  it('a good private wholesaler: 729, AA, 15% of sales, 60 days', () => {
    const r = score(customer(goodWholesaler));
    // payment days 50 / 10 receivables settled = 5 (1–14): 740 × 25% = 185
    // late payments 2 (1–2): 685 × 15% = 102.75
    // debt ratio 36M / 80M = 45% (30–50%): 685 × 15% = 102.75
    // current ratio 1.7: 300 + (1.7 − 0.5) / 1.5 × 550 = 740 × 10% = 74
    // private: 685 × 10% = 68.5
    // founded 2012-05-01, 13 years (≥ 10): 850 × 10% = 85
    // with us since 2021-09-01, 3 completed years (3–5): 740 × 15% = 111
    // 185 + 102.75 + 102.75 + 74 + 68.5 + 85 + 111 = 729 → AA
    expect(r.factors.map((f) => [f.id, f.points, f.contribution])).toEqual([
      ['payment_days', 740, 185],
      ['late_count', 685, 102.75],
      ['debt', 685, 102.75],
      ['liquidity', 740, 74],
      ['ownership', 685, 68.5],
      ['company_age', 850, 85],
      ['cooperation', 740, 111],
    ]);
    // Limit 50,000,000 × 15% = 7,500,000.
    expect(summary(r)).toEqual({ total: 729, grade: 'AA', limit: 7_500_000, terms: 60 });
  });

  it('a foreign-invested service company in the southwest: 619, A, 10% of sales, 45 days', () => {
    const r = score(customer({ industry: 'services', region: 'southwest', enterprise_type: 'foreign', annual_sales: 20_000_000, total_assets: 100_000_000, total_liabilities: 60_000_000, current_ratio: 1.25, founded_on: '2019-01-01', cooperation_since: '2023-03-01', ...history(10, 180, 4) }));
    // payment days 180 / 10 = 18 (15–29): 630 × 25% = 157.5
    // late payments 4 (3–5): 520 × 15% = 78
    // debt ratio 60% (50–70%): 520 × 15% = 78
    // current ratio 1.25: 300 + 0.75 / 1.5 × 550 = 575 × 10% = 57.5
    // foreign: 795 × 10% = 79.5
    // founded 2019, 6 years (5–10): 740 × 10% = 74
    // with us since 2023-03-01, 2 years (1–3): 630 × 15% = 94.5
    // 157.5 + 78 + 78 + 57.5 + 79.5 + 74 + 94.5 = 619 → A; limit 20,000,000 × 10% = 2,000,000
    expect(summary(r)).toEqual({ total: 619, grade: 'A', limit: 2_000_000, terms: 45 });
  });

  it('a new customer (with us under a year) gets the trial limit: 641, A, at most 200,000', () => {
    const r = score(customer({ industry: 'technology', annual_sales: 60_000_000, total_assets: 50_000_000, total_liabilities: 20_000_000, current_ratio: 2.5, founded_on: '2021-01-01', cooperation_since: '2025-03-01' }));
    // No payment history yet: both payment factors take their missing-value points, 630.
    // 630 × 25% = 157.5; 630 × 15% = 94.5; debt 40%: 685 × 15% = 102.75; current 2.5: 850 × 10% = 85;
    // private 685 × 10% = 68.5; founded 2021, 4 years (3–5): 630 × 10% = 63; with us 0 years: 465 × 15% = 69.75
    // 157.5 + 94.5 + 102.75 + 85 + 68.5 + 63 + 69.75 = 641 → A
    expect(r.factors.slice(0, 2).map((f) => [f.points, f.missing])).toEqual([[630, 'empty'], [630, 'empty']]);
    // Limit MIN(200,000, 60,000,000 × 10% = 6,000,000) = 200,000.
    expect(summary(r)).toEqual({ total: 641, grade: 'A', limit: 200_000, terms: 45 });
  });
});

describe('industry and region weighting', () => {
  // A private contractor: never late (850, 850), debt 136M / 200M = 68% (520), current ratio 0.8
  // (300 + 0.3 / 1.5 × 550 = 410), private (685), founded 2008 (850), with us since 2016-06-30 (9 years: 850).
  const contractor = { annual_sales: 150_000_000, total_assets: 200_000_000, total_liabilities: 136_000_000, current_ratio: 0.8, founded_on: '2008-01-01', cooperation_since: '2016-06-30', ...history(30, 0, 0) };

  it('weighs the balance sheet double in construction: 740 AA elsewhere, 687 A in construction', () => {
    // Manufacturing: 212.5 + 127.5 + 520 × 15% = 78 + 410 × 10% = 41 + 68.5 + 85 + 127.5 = 740 → AA, 22,500,000.
    expect(summary(score(customer({ ...contractor, industry: 'manufacturing' })))).toEqual({ total: 740, grade: 'AA', limit: 22_500_000, terms: 60 });
    // Construction doubles debt and current ratio: shares 2500, 1500, 3000, 2000, 1000, 1000, 1500 (12,500)
    // → 20%, 12%, 24%, 16%, 8%, 8%, 12%.
    const r = score(customer({ ...contractor, industry: 'construction' }));
    expect(r.factors.map((f) => f.weight)).toEqual([2000, 1200, 2400, 1600, 800, 800, 1200]);
    // 850 × 20% = 170; 850 × 12% = 102; 520 × 24% = 124.8; 410 × 16% = 65.6; 685 × 8% = 54.8; 850 × 8% = 68; 850 × 12% = 102
    // 170 + 102 + 124.8 + 65.6 + 54.8 + 68 + 102 = 687.2 → 687 → A; limit 150,000,000 × 10% = 15,000,000.
    expect(summary(r)).toEqual({ total: 687, grade: 'A', limit: 15_000_000, terms: 45 });
  });

  it('weighs payment days double in the northeast: 630 A elsewhere, 597 B there', () => {
    // State-owned, founded 1998, with us since 2012: 850 each; 350 days late over 10 receivables, 35 on average (30–59: 465),
    // 7 late payments (≥ 6: 300), debt 20M / 50M = 40% (685), current ratio 1.55 (300 + 1.05 / 1.5 × 550 = 685).
    const slowPayer = { enterprise_type: 'state_owned', annual_sales: 80_000_000, total_assets: 50_000_000, total_liabilities: 20_000_000, current_ratio: 1.55, founded_on: '1998-04-01', cooperation_since: '2012-08-01', ...history(10, 350, 7) };
    // East: 465 × 25% = 116.25; 300 × 15% = 45; 685 × 15% = 102.75; 685 × 10% = 68.5; 85; 85; 127.5 → 630 → A.
    expect(summary(score(customer(slowPayer)))).toEqual({ total: 630, grade: 'A', limit: 8_000_000, terms: 45 });
    // Northeast: shares 5000, 1500, 1500, 1000, 1000, 1000, 1500 (12,500) → 40%, 12%, 12%, 8%, 8%, 8%, 12%.
    // 465 × 40% = 186; 300 × 12% = 36; 685 × 12% = 82.2; 685 × 8% = 54.8; 850 × 8% = 68; 68; 850 × 12% = 102
    // 186 + 36 + 82.2 + 54.8 + 68 + 68 + 102 = 597 → B; limit 80,000,000 × 5% = 4,000,000, 30 days, strict terms.
    const r = score(customer({ ...slowPayer, region: 'northeast' }));
    expect(summary(r)).toEqual({ total: 597, grade: 'B', limit: 4_000_000, terms: 30 });
    expect(r.outputs.settlement).toBe('credit_strict');
  });

  it('combines both, apportioning the weights to exactly 100%: a steel mill in the northwest scores 425, D, cash only', () => {
    const r = score(customer({ industry: 'steel', region: 'northwest', annual_sales: 90_000_000, total_assets: 100_000_000, total_liabilities: 68_000_000, current_ratio: 0.5, founded_on: '2020-07-01', cooperation_since: '2022-07-01', ...history(12, 900, 9) }));
    // Shares 5000, 1500, 3000, 2000, 1000, 1000, 1500 (15,000) → 3333.33, 1000, 2000, 1333.33, 666.67, 666.67, 1000 bp;
    // largest remainders round to 3333, 1000, 2000, 1333, 667, 667, 1000.
    expect(r.factors.map((f) => f.weight)).toEqual([3333, 1000, 2000, 1333, 667, 667, 1000]);
    // 900 days late over 12 receivables, 75 on average: 300 × 33.33% = 99.99; 9 late payments: 300 × 10% = 30; debt 68%: 520 × 20% = 104;
    // current ratio 0.5: 300 × 13.33% = 39.99; private: 685 × 6.67% = 45.6895; founded 2020-07-01, 4 years: 630 × 6.67% = 42.021;
    // with us since 2022-07-01, 2 years: 630 × 10% = 63.
    // 99.99 + 30 + 104 + 39.99 + 45.6895 + 42.021 + 63 = 424.6905 → 425 → D: no limit, no terms, cash on delivery.
    expect(r.factors.map((f) => f.contribution)).toEqual([99.99, 30, 104, 39.99, 45.6895, 42.021, 63]);
    expect(summary(r)).toEqual({ total: 425, grade: 'D', limit: 0, terms: 0 });
    expect(r.outputs.settlement).toBe('cash');
    expect(r.flags).toEqual([]);
  });
});
