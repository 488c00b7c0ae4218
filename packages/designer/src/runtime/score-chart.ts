/** @module A score's factors as an ECharts bar chart: each factor's contribution to the total, labelled with its points and weight. */
import type { MissingReason } from '@heng/engine';
import type { EChartsCoreOption } from 'echarts/core';
import { formatNumber } from '../format/money.js';
import type { Lang } from '../i18n/language.js';

/** What a bar shows of a factor: the engine's result (the editor's preview) and a stored score's explanation both have it. */
export interface FactorContribution {
  readonly id: string;
  readonly points: number;
  /** Basis points. */
  readonly weight: number;
  readonly contribution: number;
  /** Set when the missing-value rule gave the points (null in a stored explanation, undefined in the engine's result otherwise). */
  readonly missing: MissingReason | null | undefined;
}

/** Bars of factors whose points came from the missing-value rule are grey. */
const SCORED = '#1677ff';
const MISSING = '#bfbfbf';

/**
 * The chart option: one horizontal bar per factor, the first factor on top, named by `names`
 * (by id when it has no name: a factor the scorecard no longer has).
 *
 * @example
 * contributionChart(score.factors, new Map([['debt', 'Debt ratio']]), 'en', 'Contribution').series[0].data[0] // { value: 14, itemStyle: { color: '#1677ff' } }
 */
export function contributionChart(factors: readonly FactorContribution[], names: ReadonlyMap<string, string>, lang: Lang, title: string): EChartsCoreOption {
  const rows = [...factors].reverse();
  const name = (f: FactorContribution) => names.get(f.id) ?? f.id;
  return {
    animation: false,
    grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: { dataIndex: number }) => {
        const f = rows[p.dataIndex];
        if (f === undefined) return '';
        return `${name(f)}<br/>${title}: ${formatNumber(f.contribution, lang, 2)}<br/>${formatNumber(f.points, lang, 2)} × ${formatNumber(f.weight / 100, lang, 2)}%`;
      },
    },
    xAxis: { type: 'value', splitNumber: 4 },
    yAxis: { type: 'category', data: rows.map(name), axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        data: rows.map((f) => ({ value: f.contribution, itemStyle: { color: f.missing === null || f.missing === undefined ? SCORED : MISSING } })),
        label: { show: true, position: 'right', formatter: (p: { value: number }) => formatNumber(p.value, lang, 2) },
        barMaxWidth: 18,
      },
    ],
  };
}
