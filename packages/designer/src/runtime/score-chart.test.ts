import { describe, expect, it } from 'vitest';
import type { FactorExplanation } from './api.js';
import { contributionChart } from './score-chart.js';

interface Drawn {
  readonly yAxis: { readonly data: string[] };
  readonly series: { readonly data: unknown[] }[];
}
const chart = (...args: Parameters<typeof contributionChart>) => contributionChart(...args) as unknown as Drawn;

const factor = (id: string, zh: string, points: number, weight: number, missing: FactorExplanation['missing'] = null): FactorExplanation => ({
  id, name: { 'zh-CN': zh, en: id }, raw: 1, rawHidden: false, points, weight, contribution: (points * weight) / 10000, band: null, missing,
});

describe('score breakdown chart', () => {
  it('draws one bar per factor, first factor on top, missing ones grey', () => {
    const option = chart([factor('payment', '回款记录', 80, 3500), factor('debt', '资产负债率', 60, 2500, 'empty')], 'zh-CN', '贡献');
    expect(option.yAxis.data).toEqual(['资产负债率', '回款记录']);
    expect(option.series[0]?.data).toEqual([{ value: 15, itemStyle: { color: '#bfbfbf' } }, { value: 28, itemStyle: { color: '#1677ff' } }]);
  });

  it('names a factor by id when the scorecard no longer has it', () => {
    const option = chart([{ ...factor('old', '旧', 10, 10000), name: null }], 'en', 'Contribution');
    expect(option.yAxis.data).toEqual(['old']);
  });
});
