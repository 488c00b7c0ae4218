/** @module Shared test material: the credit profile's fields and a small valid scorecard. */
import { catalogOf, type FieldCatalog, type FieldInfo } from '../core/catalog.js';
import { emptyContext, type ReferenceContext } from '../core/context.js';
import { factorOwner } from './messages.js';
import type { MethodScope } from './methods/spec.js';
import type { ScorecardDefinition } from './types.js';

const num = (id: string, type = 'number'): FieldInfo => ({ id, type, kind: 'number' });
const choice = (id: string, options: string[]): FieldInfo => ({ id, type: 'single_select', kind: 'text', options });
const yesNo = (id: string): FieldInfo => ({ id, type: 'boolean', kind: 'boolean' });

/** The customer credit profile (客户资信档案) of DOMAIN.md, as the fields a scorecard may read. */
export const creditCatalog: FieldCatalog = catalogOf([
  { id: 'company_name', type: 'text', kind: 'text' },
  { id: 'founded', type: 'date', kind: 'date' },
  num('registered_capital', 'money'),
  choice('enterprise_type', ['state', 'private', 'foreign']),
  choice('industry', ['manufacturing', 'retail', 'construction', 'services', 'technology']),
  choice('region', ['east', 'south', 'north', 'west']),
  yesNo('lawsuit_pending'),
  yesNo('abnormal_operation'),
  yesNo('negative_news'),
  num('annual_sales', 'money'),
  num('total_assets', 'money'),
  num('total_liabilities', 'money'),
  num('debt_ratio', 'percent'),
  num('current_ratio'),
  num('quick_ratio'),
  num('cooperation_years'),
  num('avg_days_late'),
  num('late_payments'),
  num('order_count'),
  num('complaint_rate', 'percent'),
  choice('external_rating', ['AAA', 'AA', 'A', 'BBB', 'BB', 'B']),
  { id: 'tags', type: 'multi_select', kind: 'list', options: ['vip', 'watch'] },
]);

/** A context holding the form `customer`. */
export function creditContext(): ReferenceContext {
  const ctx = emptyContext();
  return { ...ctx, forms: new Map([['customer', creditCatalog]]) };
}

const t = (en: string, zh = en) => ({ 'zh-CN': zh, en });

/**
 * A valid A/B/C/D card on 0–100: debt ratio bands (50%), lawsuit lookup (30%), cooperation
 * years linear (20%); a lawsuit caps at C, negative news flags.
 */
export function smallCard(): ScorecardDefinition {
  return {
    kind: 'scorecard',
    id: 'small',
    name: t('Small card', '小评分卡'),
    form: 'customer',
    precision: 1,
    factors: [
      {
        id: 'debt',
        name: t('Debt ratio', '资产负债率'),
        weight: 5000,
        method: {
          kind: 'bands',
          field: 'debt_ratio',
          bands: [
            { id: 'low', max: 0.3, points: 100 },
            { id: 'mid', min: 0.3, max: 0.5, points: 70 },
            { id: 'high', min: 0.5, max: 0.7, points: 40 },
            { id: 'over', min: 0.7, points: 0 },
          ],
        },
        missing: { policy: 'points', points: 0 },
      },
      {
        id: 'lawsuit',
        name: t('Lawsuits', '涉诉'),
        weight: 3000,
        method: { kind: 'lookup', field: 'lawsuit_pending', entries: [{ value: false, points: 100 }, { value: true, points: 20 }] },
        missing: { policy: 'exclude' },
      },
      {
        id: 'coop',
        name: t('Cooperation', '合作年限'),
        weight: 2000,
        method: { kind: 'linear', field: 'cooperation_years', from: { value: 0, points: 20 }, to: { value: 10, points: 100 } },
        missing: { policy: 'points', points: 20 },
      },
    ],
    grades: [
      { id: 'a', grade: 'A', label: t('Excellent', '优秀'), color: '#2e7d32', min: 85, max: 100 },
      { id: 'b', grade: 'B', label: t('Good', '良好'), color: '#1565c0', min: 70, max: 84.9 },
      { id: 'c', grade: 'C', label: t('Average', '一般'), color: '#f9a825', min: 50, max: 69.9 },
      { id: 'd', grade: 'D', label: t('High risk', '高风险'), color: '#c62828', min: 0, max: 49.9 },
    ],
    overrides: [
      { id: 'lawsuit_cap', when: { fact: 'lawsuit_pending', operator: 'equal', value: true }, action: { kind: 'cap', grade: 'C' } },
      { id: 'news_flag', when: { fact: 'negative_news', operator: 'equal', value: true }, action: { kind: 'flag', flag: 'watch', label: t('Watch', '关注') } },
    ],
    policies: [
      { id: 'limit', name: t('Credit limit', '信用额度'), type: 'money', byGrade: { A: 'annual_sales * 0.2', B: 'annual_sales * 0.1', C: 'annual_sales * 0.05', D: '0' } },
      { id: 'terms', name: t('Payment terms', '账期'), type: 'days', byGrade: { A: '90', B: '60', C: '30', D: '0' } },
    ],
  };
}

/** The scope of a factor named `name` at `/factors/0/method` of a card on form `customer` (`null`: the form is unknown). */
export function scopeOf(name = 'f', catalog: MethodScope['catalog'] | null = creditCatalog): MethodScope {
  return { formId: 'customer', catalog: catalog ?? undefined, path: '/factors/0/method', owner: factorOwner({ id: name }) };
}

/** A fresh outcome to score into. */
export function outcome(): { raw: unknown; points: number; band: string | undefined; missing: 'empty' | 'unmatched' | undefined } {
  return { raw: undefined, points: 0, band: undefined, missing: undefined };
}
