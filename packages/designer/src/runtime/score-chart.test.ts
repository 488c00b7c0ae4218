import { creditScorecard } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import type { FactorExplanation } from './api.js';
import { contributionChart, maxPointsOf } from './score-chart.js';

interface Drawn {
  readonly yAxis: { readonly data: string[] };
  readonly xAxis: { readonly max: number };
  readonly series: { readonly data: unknown[] }[];
  readonly tooltip: { readonly formatter: (p: { dataIndex: number }) => string };
}
const chart = (...args: Parameters<typeof contributionChart>) => contributionChart(...args) as unknown as Drawn;

const factor = (id: string, points: number, weight: number, missing: FactorExplanation['missing'] = null): FactorExplanation => ({
  id, name: null, raw: 1, rawHidden: false, points, weight, contribution: (points * weight) / 10000, band: null, missing,
});
const names = new Map([['payment', '回款记录'], ['debt', '资产负债率']]);
const words = { points: '得分', weight: '权重', contribution: '贡献' };
const most = new Map([['payment', 100], ['debt', 100]]);

describe('score breakdown chart', () => {
  it('draws one bar per factor, first factor on top, missing ones grey', () => {
    const option = chart([factor('payment', 80, 3500), factor('debt', 60, 2500, 'empty')], names, most, 'zh-CN', words);
    expect(option.yAxis.data).toEqual(['资产负债率', '回款记录']);
    expect(option.series[0]?.data).toEqual([{ value: 60, itemStyle: { color: '#bfbfbf' } }, { value: 80, itemStyle: { color: '#1677ff' } }]);
  });

  it('makes the weakest factor the shortest bar, however heavy its weight', () => {
    // Heavy and poor (20 of 100 at 60%) contributes 12; light and perfect (100 at 10%) contributes 10.
    const option = chart([factor('payment', 20, 6000), factor('debt', 100, 1000)], names, most, 'zh-CN', words);
    expect(option.xAxis.max).toBe(100);
    expect(option.series[0]?.data).toEqual([{ value: 100, itemStyle: { color: '#1677ff' } }, { value: 20, itemStyle: { color: '#1677ff' } }]);
  });

  it('measures points against the factor’s own most, and says points, weight and contribution against their most', () => {
    const option = chart([factor('payment', 30, 5000)], names, new Map([['payment', 60]]), 'zh-CN', words);
    expect(option.series[0]?.data).toEqual([{ value: 50, itemStyle: { color: '#1677ff' } }]);
    expect(option.tooltip.formatter({ dataIndex: 0 }).split('<br/>')).toEqual(['回款记录', '得分：30.00 / 60.00 (50.0%)', '权重：50.00%', '贡献：15.00 / 30.00']);
    const en = chart([factor('payment', 30, 5000)], names, new Map([['payment', 60]]), 'en', { points: 'Points', weight: 'Weight', contribution: 'Contribution' });
    expect(en.tooltip.formatter({ dataIndex: 0 }).split('<br/>')[1]).toBe('Points: 30.00 / 60.00 (50.0%)');
  });

  it('draws the engine’s result the same way (no missing reason is undefined there)', () => {
    const option = chart([{ id: 'payment', points: 80, weight: 3500, contribution: 28, missing: undefined }, { id: 'debt', points: 60, weight: 2500, contribution: 15, missing: 'unmatched' }], names, most, 'zh-CN', words);
    expect(option.series[0]?.data).toEqual([{ value: 60, itemStyle: { color: '#bfbfbf' } }, { value: 80, itemStyle: { color: '#1677ff' } }]);
  });

  it('names a factor by id when the scorecard no longer has it, and takes 100 points as its most', () => {
    const option = chart([factor('old', 10, 10000)], names, new Map(), 'en', words);
    expect(option.yAxis.data).toEqual(['old']);
    expect(option.series[0]?.data).toEqual([{ value: 10, itemStyle: { color: '#1677ff' } }]);
  });

  it('takes each factor’s most from the card', () => {
    expect(maxPointsOf(creditScorecard).get('payment')).toBe(100);
    expect(maxPointsOf(undefined).size).toBe(0);
  });
});
