import { describe, expect, it } from 'vitest';
import type { FactorExplanation } from './api.js';
import { contributionChart } from './score-chart.js';

interface Drawn {
  readonly yAxis: { readonly data: string[] };
  readonly series: { readonly data: unknown[] }[];
}
const chart = (...args: Parameters<typeof contributionChart>) => contributionChart(...args) as unknown as Drawn;

const factor = (id: string, points: number, weight: number, missing: FactorExplanation['missing'] = null): FactorExplanation => ({
  id, name: null, raw: 1, rawHidden: false, points, weight, contribution: (points * weight) / 10000, band: null, missing,
});
const names = new Map([['payment', '回款记录'], ['debt', '资产负债率']]);

describe('score breakdown chart', () => {
  it('draws one bar per factor, first factor on top, missing ones grey', () => {
    const option = chart([factor('payment', 80, 3500), factor('debt', 60, 2500, 'empty')], names, 'zh-CN', '贡献');
    expect(option.yAxis.data).toEqual(['资产负债率', '回款记录']);
    expect(option.series[0]?.data).toEqual([{ value: 15, itemStyle: { color: '#bfbfbf' } }, { value: 28, itemStyle: { color: '#1677ff' } }]);
  });

  it('draws the engine’s result the same way (no missing reason is undefined there)', () => {
    const option = chart([{ id: 'payment', points: 80, weight: 3500, contribution: 28, missing: undefined }, { id: 'debt', points: 60, weight: 2500, contribution: 15, missing: 'unmatched' }], names, 'zh-CN', '贡献');
    expect(option.series[0]?.data).toEqual([{ value: 15, itemStyle: { color: '#bfbfbf' } }, { value: 28, itemStyle: { color: '#1677ff' } }]);
  });

  it('names a factor by id when the scorecard no longer has it', () => {
    const option = chart([factor('old', 10, 10000)], names, 'en', 'Contribution');
    expect(option.yAxis.data).toEqual(['old']);
  });
});
