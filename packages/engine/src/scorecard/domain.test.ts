import { describe, expect, it } from 'vitest';
import type { Condition } from '../condition/index.js';
import { compileScorecard } from './compile.js';
import { creditCatalog, creditContext } from './test-kit.js';
import type { Factor, GradeBand, Override, ScorecardDefinition } from './types.js';
import { validateScorecard } from './validate.js';

// The two scorecards of DOMAIN.md: payment history 40%, financial condition 25%,
// qualification 20%, cooperation history 15%; debt ratio < 30% → 100, < 50% → 70,
// < 70% → 40, else 0; "debt ratio > 70% or a pending lawsuit → high risk".

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });
type Cut = [max: number | undefined, points: number];
function bands(field: string, cuts: Cut[]): Factor['method'] {
  return {
    kind: 'bands',
    field,
    bands: cuts.map(([max, points], i) => ({ id: `b${i}`, ...(i > 0 ? { min: cuts[i - 1]?.[0] } : {}), ...(max === undefined ? {} : { max }), points })),
  };
}
const factor = (id: string, name: [string, string], weight: number, method: Factor['method'], missing: number): Factor => ({
  id,
  name: t(...name),
  weight,
  method,
  missing: { policy: 'points', points: missing },
});
const grade = (g: string, label: [string, string], color: string, min: number, max?: number): GradeBand => ({ id: g.toLowerCase(), grade: g, label: t(...label), color, min, ...(max === undefined ? {} : { max }) });
const highRisk: Condition = { any: [{ fact: 'debt_ratio', operator: 'greaterThan', value: 0.7 }, { fact: 'lawsuit_pending', operator: 'equal', value: true }] };
const riskOverrides = (worst: string): Override[] => [
  { id: 'high_risk_cap', name: t('高风险封顶', 'High risk cap'), when: highRisk, action: { kind: 'cap', grade: worst } },
  { id: 'high_risk_flag', name: t('高风险标记', 'High risk flag'), when: highRisk, action: { kind: 'flag', flag: 'high_risk', label: t('高风险', 'High risk') } },
];

/** A (excellent) / B (good) / C (average, new customer) / D (high risk) on 0–100. */
const abcd: ScorecardDefinition = {
  kind: 'scorecard',
  id: 'credit_abcd',
  name: t('客户信用评分（百分制）', 'Customer credit score (0–100)'),
  form: 'customer',
  precision: 0,
  factors: [
    factor('payment', ['付款记录', 'Payment history'], 4000, bands('avg_days_late', [[1, 100], [15, 80], [30, 60], [60, 30], [undefined, 0]]), 0),
    factor('finance', ['财务状况', 'Financial condition'], 2500, bands('debt_ratio', [[0.3, 100], [0.5, 70], [0.7, 40], [undefined, 0]]), 0),
    factor('qualification', ['资质', 'Qualification'], 2000, { kind: 'lookup', field: 'enterprise_type', entries: [{ value: 'state', points: 100 }, { value: 'foreign', points: 90 }, { value: 'private', points: 70 }] }, 50),
    factor('cooperation', ['合作历史', 'Cooperation history'], 1500, bands('cooperation_years', [[1, 30], [3, 60], [5, 80], [undefined, 100]]), 30),
  ],
  grades: [
    grade('A', ['优秀', 'Excellent'], '#2e7d32', 85, 100),
    grade('B', ['良好', 'Good'], '#1565c0', 70, 84),
    grade('C', ['一般/新客户', 'Average / new customer'], '#f9a825', 55, 69),
    grade('D', ['高风险', 'High risk'], '#c62828', 0, 54),
  ],
  overrides: riskOverrides('D'),
  policies: [
    { id: 'limit', name: t('信用额度', 'Credit limit'), type: 'money', byGrade: { A: 'annual_sales * 0.2', B: 'annual_sales * 0.15', C: 'MIN(annual_sales * 0.05, 100000)', D: '0' } },
    { id: 'terms', name: t('账期（天）', 'Payment terms (days)'), type: 'days', byGrade: { A: '90', B: '60', C: '30', D: '0' } },
    { id: 'settlement', name: t('结算方式', 'Settlement'), type: 'text', byGrade: { A: '"月结"', B: '"月结"', C: '"预付 30%"', D: '"现款现货"' } },
  ],
};

/** AAA 800–850, AA 700–799, A 600–699, B 500–599, with points on the same scale. */
const fico: ScorecardDefinition = {
  ...abcd,
  id: 'credit_fico',
  name: t('客户信用评分（AAA）', 'Customer credit score (AAA scale)'),
  factors: [
    factor('payment', ['付款记录', 'Payment history'], 4000, bands('avg_days_late', [[1, 850], [15, 800], [30, 700], [60, 600], [undefined, 500]]), 500),
    factor('finance', ['财务状况', 'Financial condition'], 2500, bands('debt_ratio', [[0.3, 850], [0.5, 750], [0.7, 650], [undefined, 500]]), 500),
    factor('qualification', ['资质', 'Qualification'], 2000, { kind: 'lookup', field: 'enterprise_type', entries: [{ value: 'state', points: 850 }, { value: 'foreign', points: 780 }, { value: 'private', points: 700 }], otherwise: 620 }, 620),
    factor('cooperation', ['合作历史', 'Cooperation history'], 1500, bands('cooperation_years', [[1, 560], [3, 650], [5, 740], [undefined, 850]]), 560),
  ],
  // A cyclical industry: the balance sheet weighs more, a long relationship less (行业加权).
  modifiers: [{ id: 'industry_weighting', dimension: 'industry', values: [{ value: 'construction', multipliers: { finance: 1.5, cooperation: 0.8 } }] }],
  grades: [
    grade('AAA', ['极好', 'Excellent'], '#1b5e20', 800, 850),
    grade('AA', ['优良', 'Very good'], '#2e7d32', 700, 799),
    grade('A', ['良好', 'Good'], '#1565c0', 600, 699),
    grade('B', ['一般', 'Fair'], '#f9a825', 500, 599),
  ],
  overrides: riskOverrides('B'),
  policies: [
    { id: 'limit', name: t('信用额度', 'Credit limit'), type: 'money', byGrade: { AAA: 'annual_sales * 0.2', AA: 'annual_sales * 0.15', A: 'annual_sales * 0.1', B: 'annual_sales * 0.05' } },
    { id: 'terms', name: t('账期（天）', 'Payment terms (days)'), type: 'days', byGrade: { AAA: '90', AA: '60', A: '45', B: '30' } },
  ],
};

const env = { today: '2025-06-30' };

describe('DOMAIN.md scorecards', () => {
  it('both validate', () => {
    expect(validateScorecard(abcd, creditContext())).toEqual([]);
    expect(validateScorecard(fico, creditContext())).toEqual([]);
  });

  describe('A/B/C/D on 0–100', () => {
    const card = compileScorecard(abcd, creditCatalog);

    it('an excellent state-owned customer: 100 → A, limit 20% of annual sales', () => {
      const r = card.evaluate({ avg_days_late: 0, debt_ratio: 0.25, enterprise_type: 'state', cooperation_years: 6, annual_sales: 8_000_000 }, env);
      // 100 × 40% + 100 × 25% + 100 × 20% + 100 × 15% = 100.
      expect(r).toMatchObject({ total: 100, grade: 'A', label: t('优秀', 'Excellent'), flags: [] });
      expect(r.outputs).toEqual({ limit: 1_600_000, terms: 90, settlement: '月结' });
    });

    it('a new private customer: 68 → C with a trial limit', () => {
      const r = card.evaluate({ avg_days_late: 10, debt_ratio: 0.45, enterprise_type: 'private', cooperation_years: 0, annual_sales: 3_000_000 }, env);
      // 80 × 40% = 32, 70 × 25% = 17.5, 70 × 20% = 14, 30 × 15% = 4.5: 68.
      expect(r.factors.map((f) => [f.id, f.points, f.contribution])).toEqual([
        ['payment', 80, 32],
        ['finance', 70, 17.5],
        ['qualification', 70, 14],
        ['cooperation', 30, 4.5],
      ]);
      expect(r).toMatchObject({ total: 68, grade: 'C' });
      // MIN(3,000,000 × 5%, 100,000) = 100,000.
      expect(r.outputs).toEqual({ limit: 100_000, terms: 30, settlement: '预付 30%' });
    });

    it('debt ratio over 70%: high risk, flagged, cash only', () => {
      const r = card.evaluate({ avg_days_late: 20, debt_ratio: 0.75, enterprise_type: 'foreign', cooperation_years: 4, annual_sales: 5_000_000 }, env);
      // 60 × 40% = 24, 0 × 25% = 0, 90 × 20% = 18, 80 × 15% = 12: 54 → D.
      expect(r).toMatchObject({ total: 54, grade: 'D', flags: ['high_risk'] });
      expect(r.outputs).toEqual({ limit: 0, terms: 0, settlement: '现款现货' });
    });

    it('a pending lawsuit caps a good score at D; 92.5 rounds half up to 93', () => {
      const r = card.evaluate({ avg_days_late: 0, debt_ratio: 0.4, enterprise_type: 'state', cooperation_years: 8, lawsuit_pending: true, annual_sales: 5_000_000 }, env);
      // 100 × 40% + 70 × 25% + 100 × 20% + 100 × 15% = 40 + 17.5 + 20 + 15 = 92.5 → 93: A, capped at D.
      expect(r).toMatchObject({ total: 93, bandGrade: 'A', grade: 'D', label: t('高风险', 'High risk'), flags: ['high_risk'] });
      expect(r.overrides.map((o) => o.id)).toEqual(['high_risk_cap', 'high_risk_flag']);
    });
  });

  describe('AAA / AA / A / B on 500–850', () => {
    const card = compileScorecard(fico, creditCatalog);

    it('a top customer: 850 → AAA, limit 20% of annual sales', () => {
      const r = card.evaluate({ avg_days_late: 0, debt_ratio: 0.2, enterprise_type: 'state', cooperation_years: 10, annual_sales: 12_345_678.9 }, env);
      expect(r).toMatchObject({ total: 850, grade: 'AAA' });
      // 12,345,678.90 × 20% = 2,469,135.78.
      expect(r.outputs).toEqual({ limit: 2_469_135.78, terms: 90 });
    });

    it('799.5 rounds half up to 800: AAA, never AA', () => {
      const r = card.evaluate({ avg_days_late: 5, debt_ratio: 0.1, enterprise_type: 'foreign', cooperation_years: 4, annual_sales: 2_000_000 }, env);
      // 800 × 40% = 320, 850 × 25% = 212.5, 780 × 20% = 156, 740 × 15% = 111: 799.5 → 800.
      expect(r.factors.map((f) => f.contribution)).toEqual([320, 212.5, 156, 111]);
      expect(r).toMatchObject({ total: 800, grade: 'AAA' });
      expect(r.outputs.limit).toBe(400_000);
    });

    it('weighs the balance sheet more in construction', () => {
      const customer = { avg_days_late: 5, debt_ratio: 0.6, enterprise_type: 'private', cooperation_years: 6, annual_sales: 10_000_000 };
      // Elsewhere: 800 × 40% + 650 × 25% + 700 × 20% + 850 × 15% = 320 + 162.5 + 140 + 127.5 = 750 → AA.
      expect(card.evaluate({ ...customer, industry: 'retail' }, env)).toMatchObject({ total: 750, grade: 'AA' });
      // Construction: shares 4000, 2500 × 1.5 = 3750, 2000, 1500 × 0.8 = 1200 (10950) → 3653, 3425, 1826, 1096 bp.
      const r = card.evaluate({ ...customer, industry: 'construction' }, env);
      expect(r.factors.map((f) => f.weight)).toEqual([3653, 3425, 1826, 1096]);
      // 800 × 36.53% + 650 × 34.25% + 700 × 18.26% + 850 × 10.96% = 292.24 + 222.625 + 127.82 + 93.16 = 735.845 → 736.
      expect(r).toMatchObject({ total: 736, grade: 'AA', outputs: { limit: 1_500_000, terms: 60 } });
    });

    it('caps a high-risk customer at B', () => {
      const r = card.evaluate({ avg_days_late: 0, debt_ratio: 0.72, enterprise_type: 'state', cooperation_years: 10, annual_sales: 1_000_000 }, env);
      // 340 + 500 × 25% + 170 + 127.5 = 762.5 → 763: AA, capped at B.
      expect(r).toMatchObject({ total: 763, bandGrade: 'AA', grade: 'B', flags: ['high_risk'], outputs: { limit: 50_000, terms: 30 } });
    });

    it('scores a customer with gaps in the profile from the missing-value points', () => {
      const r = card.evaluate({ enterprise_type: 'collective', annual_sales: 600_000 }, env);
      // 500 × 40% + 500 × 25% + 620 × 20% + 560 × 15% = 200 + 125 + 124 + 84 = 533 → B.
      expect(r.factors.map((f) => f.missing)).toEqual(['empty', 'empty', undefined, 'empty']);
      expect(r).toMatchObject({ total: 533, grade: 'B', outputs: { limit: 30_000, terms: 30 } });
    });
  });
});
