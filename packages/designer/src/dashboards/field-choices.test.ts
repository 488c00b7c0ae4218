import { describe, expect, it } from 'vitest';
import { addChart } from './chart-ops.js';
import { chartFields, chartOfProblem, GROUP_KINDS } from './field-choices.js';
import { ctx, empty, forms, t } from './test-forms.js';

describe('chart fields', () => {
  it('offers the form’s fields and those one reference away, labelled', () => {
    const en = chartFields('receivable', forms, ctx, GROUP_KINDS, 'en', true);
    expect(en.map((f) => [f.value, f.label])).toEqual([
      ['customer', 'Customer'], ['amount', 'Amount'], ['issued_on', 'Issued on'],
      ['customer.name', 'Customer › Name'], ['customer.industry', 'Customer › Industry'], ['customer.score', 'Customer › Score'],
    ]);
    expect(chartFields('receivable', forms, ctx, ['number'], 'zh-CN', false).map((f) => f.label)).toEqual(['金额']);
    expect(chartFields('missing', forms, ctx, GROUP_KINDS, 'en', true)).toEqual([]);
  });

  it('offers the form’s scorecards’ score and grade beside its fields, named by the scorecard, not through a reference', () => {
    const scored = { ...ctx, scorecards: new Map([['rating', { form: 'customer', name: t('Rating', '信用评级'), grades: ['A', 'B'], policies: [] }]]) };
    expect(chartFields('customer', forms, scored, GROUP_KINDS, 'zh-CN', true).map((f) => [f.value, f.label])).toEqual([
      ['name', '名称'], ['industry', '行业'], ['score', '评分'], ['score:rating', '评分 · 信用评级'], ['grade:rating', '等级 · 信用评级'],
    ]);
    expect(chartFields('customer', forms, scored, ['number'], 'en', false).map((f) => f.label)).toEqual(['Score', 'Score · Rating']);
    expect(chartFields('receivable', forms, scored, GROUP_KINDS, 'en', true).some((f) => f.value.includes(':'))).toBe(false);
  });

  it('finds the chart a problem is in', () => {
    const def = addChart(addChart(empty, 'customer', t('A')).def, 'customer', t('B')).def;
    expect(chartOfProblem(def, '/charts/1/metric/field')).toBe('chart_2');
    expect(chartOfProblem(def, '/charts/7')).toBeUndefined();
    expect(chartOfProblem(def, '/name/en')).toBeUndefined();
  });
});
