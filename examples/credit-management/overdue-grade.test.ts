import { describe, expect, it } from 'vitest';
import { customer, goodWholesaler, history } from './samples.js';
import { fieldWrites, fired, runRules, score, scoreChanged } from './test-kit.js';

// An invoice left unpaid lowers the grade while it is overdue, not only once it is settled late:
// the customer's rollups of its receivables at the collection stages (which the daily escalation
// writes, and a payment resets) are read by the scorecard's overrides. The server re-scores the
// customer whenever those rollups change (packages/server/src/demo/template.test.ts runs that).
// The good wholesaler scores 729 (AA): limit 15% of 50,000,000 = 7,500,000, 60 days.
const wholesaler = (values: Readonly<Record<string, unknown>> = {}) => customer({ ...goodWholesaler, credit_limit: 7_500_000, payment_terms_days: 60, ...values });
const atNotice = { overdue_receivables: 1, frozen_receivables: 1, legal_receivables: 0 };
const atLegal = { overdue_receivables: 1, frozen_receivables: 1, legal_receivables: 1 };

describe('overdue receivables in the grade', () => {
  it('a receivable more than 30 days overdue caps the grade at D and flags high risk', () => {
    const r = score(wholesaler(atLegal));
    // Still 729 on its factors (nothing is settled late yet), but D: no limit, no terms, cash on delivery.
    expect(r).toMatchObject({ total: 729, bandGrade: 'AA', grade: 'D', flags: ['high_risk'], outputs: { limit: 0, terms: 0, settlement: 'cash' } });
    expect(r.overrides.map((o) => o.id)).toEqual(['collection_risk_flag', 'collection_risk_cap']);
  });

  it('up to 30 days overdue leaves the grade, and so the limit an approval granted, alone: 8–30 days its new orders are frozen instead', () => {
    expect(score(wholesaler({ overdue_receivables: 1, frozen_receivables: 0, legal_receivables: 0 }))).toMatchObject({ total: 729, grade: 'AA', overrides: [] });
    expect(score(wholesaler(atNotice))).toMatchObject({ total: 729, grade: 'AA', overrides: [] });
  });

  it('invoice 31+ days overdue → graded D, its limit and terms taken away, sales and finance warned with the reason', async () => {
    const before = wholesaler({ overdue_receivables: 0, frozen_receivables: 0, legal_receivables: 0 });
    const result = await runRules('grade_change', scoreChanged(wholesaler(atLegal), before));
    expect(fired(result)).toEqual(['downgrade']);
    expect(fieldWrites(result)).toEqual({ credit_limit: 0, payment_terms_days: 0 });
    const finance = result.effects.find((e) => e.kind === 'notify' && e.action === 'tell_finance');
    const said = finance?.kind === 'notify' ? finance.message.en : '';
    expect(said).toContain('fell from AA (729 points) to D (729 points)');
    expect(said).toContain('override: A receivable over 30 days overdue, or a bad debt written off: no better than D');
  });

  it('paid → re-scored on its history, the grade recovers: the terms follow the policy, the limit stays until a credit application', async () => {
    // Settled 42 days late: 11 settled, 50 + 42 = 92 days late in total (8.4 on average: still 740 × 25%),
    // 3 settled late (520 instead of 685 × 15%): 729 − 24.75 = 704.25 → 704, AA again.
    const paid = wholesaler({ overdue_receivables: 0, frozen_receivables: 0, legal_receivables: 0, credit_limit: 0, payment_terms_days: 0, ...history(11, 92, 3) });
    expect(score(paid)).toMatchObject({ total: 704, grade: 'AA', overrides: [] });
    const result = await runRules('grade_change', scoreChanged(paid, [729, 'D']));
    expect(fired(result)).toEqual(['upgrade']);
    expect(fieldWrites(result)).toEqual({ payment_terms_days: 60 });
  });
});
