import { describe, expect, it } from 'vitest';
import { bundleContext, compileScorecard, formCatalog, validateScorecard } from '@heng/engine';
import type { Factor, ScorecardDefinition } from '@heng/engine';

import { creditManagement } from './index.js';
import { customer, goodWholesaler, history, topCustomer } from './samples.js';
import { form, scorecard, TODAY } from './test-kit.js';

// The README's recipe for the A–D scale (A excellent, B good, C average / new customer, D high
// risk, on 0–100), followed step by step: every point value p becomes (p − 300) / 5.5, the grade
// bands and the grade names in overrides and policies change. Nothing else does.
const toHundred = (p: number) => (p - 300) / 5.5;
const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });

function hundredPoints(f: Factor): Factor {
  const m = f.method;
  const method =
    m.kind === 'bands' ? { ...m, bands: m.bands.map((b) => ({ ...b, points: toHundred(b.points) })) }
    : m.kind === 'lookup' ? { ...m, entries: m.entries.map((e) => ({ ...e, points: toHundred(e.points) })), ...(m.otherwise === undefined ? {} : { otherwise: toHundred(m.otherwise) }) }
    : m.kind === 'linear' ? { ...m, from: { ...m.from, points: toHundred(m.from.points) }, to: { ...m.to, points: toHundred(m.to.points) } }
    : m;
  const missing = f.missing.policy === 'points' ? { policy: 'points' as const, points: toHundred(f.missing.points) } : f.missing;
  return { ...f, method, missing } as Factor;
}

const aaa = scorecard('credit_score');
const abcd: ScorecardDefinition = {
  ...aaa,
  factors: aaa.factors.map(hundredPoints),
  grades: [
    { id: 'a', grade: 'A', label: t('优秀', 'Excellent'), color: '#2e7d32', min: 85, max: 100 },
    { id: 'b', grade: 'B', label: t('良好', 'Good'), color: '#1565c0', min: 70, max: 84 },
    { id: 'c', grade: 'C', label: t('一般 / 新客户', 'Average / new customer'), color: '#f9a825', min: 55, max: 69 },
    { id: 'd', grade: 'D', label: t('高风险', 'High risk'), color: '#c62828', min: 0, max: 54 },
  ],
  // D stays the high-risk grade; negative news now caps at B.
  overrides: (aaa.overrides ?? []).map((o) => {
    const to = o.action.kind === 'cap' ? ({ A: 'B' } as Record<string, string>)[o.action.grade] : undefined;
    return to === undefined ? o : { ...o, action: { kind: 'cap', grade: to } as const };
  }),
  policies: (aaa.policies ?? []).map((p) => {
    const by = p.byGrade;
    return { ...p, byGrade: { A: by.AAA as string, B: by.AA as string, C: by.B as string, D: by.D as string } };
  }),
};

describe('switching the credit score to the A–D scale', () => {
  it('is a valid scorecard with DOMAIN.md’s 0–100 points (100, 70, 40, 0 for the debt ratio)', () => {
    expect(validateScorecard(abcd, bundleContext(creditManagement))).toEqual([]);
    expect(abcd.factors.find((f) => f.id === 'debt')?.method).toMatchObject({ bands: [{ points: 100 }, { points: 70 }, { points: 40 }, { points: 0 }] });
  });

  it('scores every customer (total − 300) / 5.5 of its AAA-scale total', () => {
    const card = compileScorecard(abcd, formCatalog(form('customer')));
    const grade = (values: Readonly<Record<string, unknown>>) => card.evaluate(customer(values), { today: TODAY });
    // 850 → 100: A, 20% of 300,000,000.
    expect(grade(topCustomer)).toMatchObject({ total: 100, grade: 'A', outputs: { limit: 60_000_000, terms: 90 } });
    // 729 → 429 / 5.5 = 78: B, 15% of 50,000,000.
    expect(grade(goodWholesaler)).toMatchObject({ total: 78, grade: 'B', outputs: { limit: 7_500_000, terms: 60 } });
    // The same wholesaler, new to us (687.75 on the AAA scale before rounding) → 387.75 / 5.5 = 70.5 → 71: B, trial limit.
    expect(grade({ ...goodWholesaler, cooperation_since: '2025-01-01' })).toMatchObject({ total: 71, grade: 'B', outputs: { limit: 200_000 } });
    // Northeast, 40 days late, 6 late payments: 575 on the AAA scale → 275 / 5.5 = 50: D.
    expect(grade({ ...goodWholesaler, region: 'northeast', ...history(10, 400, 6) })).toMatchObject({ total: 50, grade: 'D', outputs: { limit: 0 } });
    // A pending lawsuit is still high risk: D.
    expect(grade({ ...topCustomer, lawsuits_pending: true, lawsuit_details: '劳动争议' })).toMatchObject({ total: 100, grade: 'D', flags: ['high_risk'] });
    // A receivable 8–30 days overdue leaves the grade alone (its orders are frozen); over 30 days: D.
    expect(grade({ ...topCustomer, frozen_receivables: 1 })).toMatchObject({ total: 100, grade: 'A' });
    expect(grade({ ...topCustomer, frozen_receivables: 1, legal_receivables: 1 })).toMatchObject({ total: 100, grade: 'D', flags: ['high_risk'] });
  });
});
