/** @module The bench's 20-factor credit scorecard (A–D on 0–100) with two overrides. */
import { catalogOf, type FieldCatalog, type ScorecardDefinition } from './engine.js';

const t = (en: string) => ({ 'zh-CN': en, en });

type Cut = readonly [max: number | undefined, points: number];

/** Range bands from cut points: each band runs from the previous max up to its own. */
function ranges(field: string, cuts: readonly Cut[], unit?: 'years') {
  let min: number | undefined;
  const bands = cuts.map(([max, points], i) => {
    const band = { id: `b${i}`, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }), points };
    min = max;
    return band;
  });
  return { kind: 'bands' as const, field, ...(unit === undefined ? {} : { unit }), bands };
}

const factor = (id: string, weight: number, method: ScorecardDefinition['factors'][number]['method'], missing = 0) => ({
  id,
  name: t(id),
  weight,
  method,
  missing: { policy: 'points' as const, points: missing },
});

/** The customer fields the card reads. */
export const benchCatalog: FieldCatalog = catalogOf([
  ...['debt_ratio', 'gross_margin', 'roe', 'complaint_rate'].map((id) => ({ id, type: 'percent', kind: 'number' as const })),
  ...['annual_sales', 'registered_capital', 'largest_overdue'].map((id) => ({ id, type: 'money', kind: 'number' as const })),
  ...['current_ratio', 'quick_ratio', 'interest_coverage', 'receivables_turnover', 'inventory_turnover', 'avg_days_late', 'late_payments', 'cooperation_years', 'penalties'].map(
    (id) => ({ id, type: 'number', kind: 'number' as const }),
  ),
  { id: 'founded', type: 'date', kind: 'date' },
  { id: 'enterprise_type', type: 'single_select', kind: 'text', options: ['state', 'private', 'foreign'] },
  { id: 'industry', type: 'single_select', kind: 'text', options: ['manufacturing', 'retail', 'construction', 'services', 'technology'] },
  { id: 'external_rating', type: 'single_select', kind: 'text', options: ['AAA', 'AA', 'A', 'BBB', 'BB', 'B'] },
  ...['lawsuit_pending', 'abnormal_operation', 'negative_news'].map((id) => ({ id, type: 'boolean', kind: 'boolean' as const })),
]);

/** Twenty factors over financials, history, qualification and legal standing; industry weighting. */
export const benchCard: ScorecardDefinition = {
  kind: 'scorecard',
  id: 'bench',
  name: t('Bench credit scorecard'),
  form: 'customer',
  precision: 1,
  factors: [
    factor('debt_ratio', 1000, ranges('debt_ratio', [[0.3, 100], [0.5, 70], [0.7, 40], [undefined, 0]])),
    factor('current_ratio', 600, ranges('current_ratio', [[1, 20], [1.5, 50], [2, 80], [undefined, 100]])),
    factor('quick_ratio', 400, ranges('quick_ratio', [[0.5, 20], [1, 60], [undefined, 100]])),
    factor('interest_coverage', 400, ranges('interest_coverage', [[1, 0], [3, 50], [6, 80], [undefined, 100]])),
    factor('gross_margin', 300, ranges('gross_margin', [[0.1, 30], [0.2, 60], [0.35, 85], [undefined, 100]])),
    factor('roe', 300, ranges('roe', [[0, 0], [0.05, 40], [0.15, 75], [undefined, 100]])),
    factor('receivables_turnover', 300, ranges('receivables_turnover', [[4, 30], [8, 70], [undefined, 100]])),
    factor('inventory_turnover', 200, ranges('inventory_turnover', [[3, 40], [6, 75], [undefined, 100]])),
    factor('annual_sales', 500, ranges('annual_sales', [[1e6, 30], [1e7, 60], [1e8, 85], [undefined, 100]])),
    factor('registered_capital', 300, ranges('registered_capital', [[1e6, 40], [1e7, 70], [undefined, 100]])),
    factor('company_age', 500, ranges('founded', [[2, 20], [5, 50], [10, 80], [undefined, 100]], 'years'), 20),
    factor('enterprise_type', 400, { kind: 'lookup', field: 'enterprise_type', entries: [{ value: 'state', points: 100 }, { value: 'foreign', points: 85 }, { value: 'private', points: 70 }], otherwise: 50 }),
    factor('industry', 400, {
      kind: 'lookup',
      field: 'industry',
      entries: [{ value: 'manufacturing', points: 70 }, { value: 'retail', points: 65 }, { value: 'construction', points: 45 }, { value: 'services', points: 75 }, { value: 'technology', points: 80 }],
    }, 50),
    factor('external_rating', 500, {
      kind: 'lookup',
      field: 'external_rating',
      entries: [{ value: 'AAA', points: 100 }, { value: 'AA', points: 90 }, { value: 'A', points: 80 }, { value: 'BBB', points: 65 }, { value: 'BB', points: 45 }, { value: 'B', points: 25 }],
    }, 40),
    factor('avg_days_late', 1200, ranges('avg_days_late', [[1, 100], [15, 80], [30, 60], [60, 30], [undefined, 0]])),
    factor('late_payments', 1000, ranges('late_payments', [[1, 100], [3, 75], [6, 40], [undefined, 10]])),
    factor('largest_overdue', 500, ranges('largest_overdue', [[1e4, 100], [1e5, 70], [5e5, 40], [undefined, 10]])),
    factor('cooperation_years', 500, ranges('cooperation_years', [[1, 30], [3, 60], [5, 80], [undefined, 100]]), 30),
    factor('complaint_rate', 400, ranges('complaint_rate', [[0.01, 100], [0.03, 70], [0.05, 40], [undefined, 10]])),
    factor('legal', 300, {
      kind: 'bands',
      bands: [
        { id: 'clean', when: { all: [{ fact: 'lawsuit_pending', operator: 'equal', value: false }, { fact: 'abnormal_operation', operator: 'equal', value: false }, { fact: 'penalties', operator: 'lessThan', value: 1 }] }, points: 100 },
        { id: 'lawsuit', when: { fact: 'lawsuit_pending', operator: 'equal', value: true }, points: 20 },
        { id: 'other', when: { all: [] }, points: 60 },
      ],
    }),
  ],
  modifiers: [
    {
      id: 'industry_weighting',
      dimension: 'industry',
      values: [
        { value: 'construction', multipliers: { debt_ratio: 1.5, cooperation_years: 0.8 } },
        { value: 'technology', multipliers: { roe: 1.3, gross_margin: 1.2 } },
      ],
    },
  ],
  grades: [
    { id: 'a', grade: 'A', label: t('Excellent'), color: '#2e7d32', min: 85, max: 100 },
    { id: 'b', grade: 'B', label: t('Good'), color: '#1565c0', min: 70, max: 84.9 },
    { id: 'c', grade: 'C', label: t('Average'), color: '#f9a825', min: 50, max: 69.9 },
    { id: 'd', grade: 'D', label: t('High risk'), color: '#c62828', min: 0, max: 49.9 },
  ],
  overrides: [
    {
      id: 'high_risk',
      when: { any: [{ fact: 'debt_ratio', operator: 'greaterThan', value: 0.7 }, { fact: 'lawsuit_pending', operator: 'equal', value: true }] },
      action: { kind: 'cap', grade: 'C' },
    },
    { id: 'news', when: { fact: 'negative_news', operator: 'equal', value: true }, action: { kind: 'flag', flag: 'watch', label: t('Watch') } },
  ],
};
