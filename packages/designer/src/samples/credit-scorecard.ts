/**
 * @module Bundled example: the credit score of the engine's bundle test (debt ratio bands, lawsuit lookup,
 * A–D on 0–100), grown to DOMAIN.md's shape: payment history, industry and cooperation factors, the
 * "debt ratio > 70% or a lawsuit → high risk" overrides, and limit and terms per grade.
 */
import type { ScorecardDefinition } from '@heng/engine';

const t = (en: string, zh: string) => ({ en, 'zh-CN': zh });

/** The credit scorecard over the customer credit profile form. */
export const creditScorecard: ScorecardDefinition = {
  kind: 'scorecard',
  id: 'credit_score',
  name: t('Credit score', '信用评分'),
  form: 'customer',
  precision: 1,
  factors: [
    {
      id: 'payment',
      name: t('Payment history', '回款记录'),
      weight: 4000,
      method: {
        kind: 'bands',
        field: 'average_days_late',
        bands: [
          { id: 'on_time', max: 1, points: 100 },
          { id: 'week', min: 1, max: 7, points: 80 },
          { id: 'month', min: 7, max: 30, points: 50 },
          { id: 'late', min: 30, points: 0 },
        ],
      },
      missing: { policy: 'points', points: 60 },
    },
    {
      id: 'debt',
      name: t('Debt ratio', '资产负债率'),
      weight: 2500,
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
      id: 'lawsuits',
      name: t('Lawsuits', '涉诉'),
      weight: 1000,
      method: { kind: 'lookup', field: 'lawsuits_pending', entries: [{ value: false, points: 100 }, { value: true, points: 20 }] },
      missing: { policy: 'points', points: 50 },
    },
    {
      id: 'industry',
      name: t('Industry', '所属行业'),
      weight: 1000,
      method: {
        kind: 'lookup',
        field: 'industry',
        entries: [
          { value: 'manufacturing', points: 80 },
          { value: 'wholesale', points: 70 },
          { value: 'services', points: 75 },
          { value: 'construction', points: 50 },
          { value: 'steel', points: 40 },
        ],
        otherwise: 60,
      },
      missing: { policy: 'exclude' },
    },
    {
      id: 'cooperation',
      name: t('Years of cooperation', '合作年限'),
      weight: 1500,
      method: { kind: 'linear', field: 'years_of_cooperation', from: { value: 0, points: 20 }, to: { value: 10, points: 100 } },
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
    {
      id: 'high_risk',
      name: t('Debt ratio over 70% or a lawsuit', '资产负债率超过 70% 或存在诉讼'),
      when: { any: [{ fact: 'debt_ratio', operator: 'greaterThan', value: 0.7 }, { fact: 'lawsuits_pending', operator: 'equal', value: true }] },
      action: { kind: 'flag', flag: 'high_risk', label: t('High risk', '高风险') },
    },
    {
      id: 'lawsuit_cap',
      name: t('A pending lawsuit caps the grade at C', '未决诉讼最高评为 C'),
      when: { fact: 'lawsuits_pending', operator: 'equal', value: true },
      action: { kind: 'cap', grade: 'C' },
    },
    {
      id: 'abnormal',
      name: t('Abnormal operation is high risk', '经营异常直接评为 D'),
      when: { fact: 'abnormal_operation', operator: 'equal', value: true },
      action: { kind: 'force', grade: 'D' },
    },
  ],
  policies: [
    { id: 'limit', name: t('Credit limit', '信用额度'), type: 'money', byGrade: { A: 'annual_sales * 0.2', B: 'annual_sales * 0.1', C: 'MIN(annual_sales * 0.05, 2000000)', D: '0' } },
    { id: 'terms', name: t('Payment terms (days)', '账期（天）'), type: 'days', byGrade: { A: '90', B: '60', C: '30', D: '0' } },
  ],
};
