/** @module What the submit bench sends: credit applications, and the scorecard that scores them on submit. */
import type { ScorecardDefinition } from '@heng/engine';

const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });

/**
 * A scorecard of the credit application form (the engine ships none), so a submit is
 * validated, scored and routed: the grade asked for and the amount, graded A–D.
 */
export const applicationScore: ScorecardDefinition = {
  kind: 'scorecard',
  id: 'application_score',
  name: t('Application risk', '授信申请风险评分'),
  form: 'credit_application',
  precision: 1,
  factors: [
    {
      id: 'grade',
      name: t('Customer grade', '客户等级'),
      weight: 6000,
      method: { kind: 'lookup', field: 'grade', entries: [{ value: 'A', points: 100 }, { value: 'B', points: 75 }, { value: 'C', points: 50 }, { value: 'D', points: 10 }] },
      missing: { policy: 'points', points: 0 },
    },
    {
      id: 'amount',
      name: t('Amount applied for', '申请额度'),
      weight: 4000,
      method: {
        kind: 'bands',
        field: 'amount',
        bands: [
          { id: 'small', max: 500_000, points: 100 },
          { id: 'medium', min: 500_000, max: 2_000_000, points: 60 },
          { id: 'large', min: 2_000_000, points: 20 },
        ],
      },
      missing: { policy: 'points', points: 0 },
    },
  ],
  grades: [
    { id: 'a', grade: 'A', label: t('Low risk', '低风险'), color: '#2e7d32', min: 80, max: 100 },
    { id: 'b', grade: 'B', label: t('Moderate', '中等'), color: '#1565c0', min: 60, max: 79.9 },
    { id: 'c', grade: 'C', label: t('Elevated', '较高'), color: '#f9a825', min: 40, max: 59.9 },
    { id: 'd', grade: 'D', label: t('High risk', '高风险'), color: '#c62828', min: 0, max: 39.9 },
  ],
};

/**
 * Applications over every branch of the credit approval flow (grade A small, C, D, and the
 * rest), each connection sending them in turn.
 *
 * @example
 * applications('u1')[0] // { customer: '福州闽江机械制造有限公司', grade: 'A', amount: 300000, salesperson: 'u1' }
 */
export function applications(salesperson: string): Record<string, unknown>[] {
  const asks: [string, number][] = [['A', 300_000], ['B', 800_000], ['C', 800_000], ['D', 150_000], ['A', 1_200_000], ['C', 2_500_000], ['B', 90_000.5], ['D', 3_000_000]];
  return asks.map(([grade, amount], i) => ({ customer: `福州闽江机械制造有限公司 ${i + 1} 号`, grade, amount, salesperson }));
}
