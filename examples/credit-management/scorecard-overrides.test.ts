import { describe, expect, it } from 'vitest';
import { customer, goodWholesaler, history, negativeNews, topCustomer } from './samples.js';
import { fieldWrites, form, runRules, score, scoreChanged, stored } from './test-kit.js';

// Overrides run in order after grading: high-risk flag, high-risk cap at D, abnormal operation
// or blacklist forces D, negative news caps at A, negative news or a new legal representative
// flags "watch". The policy then follows the final grade.

describe('the credit scorecard overrides, by hand', () => {
  it('a pending lawsuit caps an AAA score at D and flags high risk; 844.5 rounds half up to 845', () => {
    const r = score(customer({ ...topCustomer, region: 'south', enterprise_type: 'foreign', total_liabilities: 100_000_000, lawsuits_pending: true, lawsuit_details: '买卖合同纠纷，标的 380 万元' }));
    // Every factor 850 but foreign-invested (795): 850 × 90% = 765, 795 × 10% = 79.5; 765 + 79.5 = 844.5 → 845 → AAA band.
    expect(r).toMatchObject({ total: 845, bandGrade: 'AAA', grade: 'D', flags: ['high_risk'] });
    expect(r.overrides.map((o) => o.id)).toEqual(['high_risk_flag', 'high_risk_cap']);
    // Grade D: no limit, no terms, cash on delivery.
    expect(r.outputs).toEqual({ limit: 0, terms: 0, settlement: 'cash' });
  });

  it('a debt ratio over 70% caps an A score at D', () => {
    const r = score(customer({ industry: 'wholesale', region: 'central', annual_sales: 40_000_000, total_assets: 100_000_000, total_liabilities: 80_000_000, current_ratio: 0.95, founded_on: '2010-01-01', cooperation_since: '2020-01-01', ...history(10, 30, 1) }));
    // 30 days late over 10 receivables, 3 on average: 740 × 25% = 185; 1 settled late: 685 × 15% = 102.75;
    // debt 80% (≥ 70%): 300 × 15% = 45; current ratio 0.95: 300 + 0.45 / 1.5 × 550 = 465 × 10% = 46.5;
    // private 685 × 10% = 68.5; founded 2010, 15 years: 850 × 10% = 85; with us since 2020-01-01, 5 years: 850 × 15% = 127.5.
    // 185 + 102.75 + 45 + 46.5 + 68.5 + 85 + 127.5 = 660.25 → 660 → A band, capped at D.
    expect(r).toMatchObject({ total: 660, bandGrade: 'A', grade: 'D', flags: ['high_risk'], outputs: { limit: 0, terms: 0 } });
  });

  it('a debt ratio of exactly 70% is not high risk (the override says "over 70%")', () => {
    const r = score(customer({ ...goodWholesaler, total_liabilities: 56_000_000 }));
    // Debt 56M / 80M = 70%: the "≥ 70%" band gives 300 instead of 685, so 729 − 385 × 15% = 671.25 → 671 → A.
    expect(r).toMatchObject({ total: 671, grade: 'A', flags: [] });
  });

  it('negative news caps an AAA customer at A; a new legal representative flags it for watching', () => {
    const r = score(customer({ ...topCustomer, ...negativeNews, recent_changes: ['legal_representative'] }));
    // 850 → AAA band, capped at A: limit 300,000,000 × 10% = 30,000,000, 45 days.
    expect(r).toMatchObject({ total: 850, bandGrade: 'AAA', grade: 'A', flags: ['watch'], outputs: { limit: 30_000_000, terms: 45 } });
    expect(r.overrides.map((o) => o.id)).toEqual(['negative_news_cap', 'watch']);
  });

  it('a blacklisted customer is forced to D whatever it scores', () => {
    const r = score(customer({ ...goodWholesaler, blacklisted: true, blacklist_reason: '恶意拖欠货款' }));
    // 729 (see the wholesaler in the scorecard test) → AA band, forced to D.
    expect(r).toMatchObject({ total: 729, bandGrade: 'AA', grade: 'D', outputs: { limit: 0, terms: 0 } });
    expect(r.overrides.map((o) => o.id)).toEqual(['blocked']);
  });

  it('abnormal operation forces D too', () => {
    expect(score(customer({ ...topCustomer, abnormal_operation: true }))).toMatchObject({ total: 850, grade: 'D' });
  });
});

describe('the rating rules write back what the policy says', () => {
  // The credit_rating rule set writes the scorecard's grade, total and policy outputs (policy_limit,
  // policy_terms) into the customer, and the form's settlement formula follows the grade: one
  // sample per grade, the trial limit and both scales of terms, each computed by hand from the
  // policy's formulas (limit: AAA 20%, AA 15%, A 10%, B 5% of annual sales, new customers at most
  // 200,000; D none. Terms: 90, 60, 45, 30, 0 days).
  type Rating = { credit_grade: string; credit_score: number; credit_limit: number; payment_terms_days: number; settlement: string };
  const samples: readonly (readonly [Record<string, unknown>, Rating])[] = [
    // 850 (see the scorecard test) → AAA: 300,000,000 × 20% = 60,000,000.
    [customer(topCustomer), { credit_grade: 'AAA', credit_score: 850, credit_limit: 60_000_000, payment_terms_days: 90, settlement: 'credit_flexible' }],
    // 729 (see the scorecard test) → AA: 50,000,000 × 15% = 7,500,000.
    [customer(goodWholesaler), { credit_grade: 'AA', credit_score: 729, credit_limit: 7_500_000, payment_terms_days: 60, settlement: 'credit' }],
    // With us since 2025-01-01, 180 days: new, under a year (465 × 15% = 69.75 instead of 111): 729 − 111 + 69.75 = 687.75 → 688 → A;
    // trial limit MIN(200,000, 50,000,000 × 10% = 5,000,000) = 200,000.
    [customer({ ...goodWholesaler, cooperation_since: '2025-01-01' }), { credit_grade: 'A', credit_score: 688, credit_limit: 200_000, payment_terms_days: 45, settlement: 'credit' }],
    // Northeast doubles payment days: 40%, 12%, 12%, 8%, 8%, 8%, 12%. 400 days late over 10, 40 on average (30–59): 465 × 40% = 186;
    // 6 late (≥ 6): 300 × 12% = 36; debt 45%: 685 × 12% = 82.2; current 1.7: 740 × 8% = 59.2; private 685 × 8% = 54.8;
    // founded 2012: 850 × 8% = 68; with us since 2021-09-01: 740 × 12% = 88.8. 186 + 36 + 82.2 + 59.2 + 54.8 + 68 + 88.8 = 575 → B;
    // 50,000,000 × 5% = 2,500,000.
    [customer({ ...goodWholesaler, region: 'northeast', ...history(10, 400, 6) }), { credit_grade: 'B', credit_score: 575, credit_limit: 2_500_000, payment_terms_days: 30, settlement: 'credit_strict' }],
    // 850 capped at A by negative news: 300,000,000 × 10% = 30,000,000.
    [customer({ ...topCustomer, ...negativeNews }), { credit_grade: 'A', credit_score: 850, credit_limit: 30_000_000, payment_terms_days: 45, settlement: 'credit' }],
    // 850 capped at D by a pending lawsuit: no limit, no terms, cash.
    [customer({ ...topCustomer, lawsuits_pending: true, lawsuit_details: '劳动争议' }), { credit_grade: 'D', credit_score: 850, credit_limit: 0, payment_terms_days: 0, settlement: 'cash' }],
  ];

  it.each(samples.map(([record, rating], i) => [i, record, rating] as const))('sample %i: first rating writes the grade, score, limit and terms; the settlement follows the grade as the policy says', async (_, record, { settlement, ...rating }) => {
    const writes = fieldWrites(await runRules('credit_rating', scoreChanged(record, null)));
    expect(writes).toEqual({ ...rating, rated_on: '2025-06-30' });
    const entered = Object.entries({ ...record, ...writes }).filter(([id]) => form('customer').fields.find((f) => f.id === id)?.type !== 'formula');
    expect(stored('customer', Object.fromEntries(entered)).settlement).toBe(settlement);
  });
});
