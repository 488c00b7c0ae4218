/**
 * @module A score's factors as an ECharts bar chart: each factor's points against the most it can
 * score, so the weakest factors have the shortest bars whatever their weight; the tooltip gives
 * points, weight and contribution against the most the factor could contribute.
 */
import { factorRange } from '@heng/engine';
import type { MissingReason, ScorecardDefinition } from '@heng/engine';
import type { EChartsCoreOption } from 'echarts/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
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

/** The tooltip's words. */
export interface ChartWords {
  readonly points: string;
  readonly weight: string;
  readonly contribution: string;
}

/** Bars of factors whose points came from the missing-value rule are grey. */
const SCORED = '#1677ff';
const MISSING = '#bfbfbf';
/** The usual points scale: a factor's most when the card does not say it (a factor it no longer has, an unbounded formula). */
const USUAL_MAX = 100;

/** The chart's words in the current language. */
export function useChartWords(): ChartWords {
  const { t } = useTranslation();
  return useMemo(() => ({ points: t('runtime.score.points'), weight: t('runtime.score.weight'), contribution: t('runtime.score.contribution') }), [t]);
}

/**
 * The most points each factor of `card` can score (its missing-value points included); factors
 * whose most is unbounded or not above 0 are left out.
 *
 * @example
 * maxPointsOf(creditScorecard).get('payment') // 100
 */
export function maxPointsOf(card: ScorecardDefinition | undefined): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  for (const f of card?.factors ?? []) {
    const hi = factorRange(f).hi / 100;
    if (Number.isFinite(hi) && hi > 0) out.set(f.id, hi);
  }
  return out;
}

/**
 * The chart option: one horizontal bar per factor, the first factor on top, named by `names`
 * (by id when it has no name: a factor the scorecard no longer has), as the share of its most
 * points (`maxPoints`, else 100) on a 0–100% axis, the rest of the track grey.
 *
 * @example
 * contributionChart(score.factors, names, new Map([['debt', 100]]), 'en', words).series[0].data[0] // { value: 40, itemStyle: { color: '#1677ff' } }
 */
export function contributionChart(factors: readonly FactorContribution[], names: ReadonlyMap<string, string>, maxPoints: ReadonlyMap<string, number>, lang: Lang, words: ChartWords): EChartsCoreOption {
  const rows = [...factors].reverse();
  const name = (f: FactorContribution) => names.get(f.id) ?? f.id;
  const most = (f: FactorContribution) => Math.max(maxPoints.get(f.id) ?? USUAL_MAX, f.points);
  const share = (f: FactorContribution) => Math.max(0, Math.round((f.points / most(f)) * 1000) / 10);
  const n = (x: number) => formatNumber(x, lang, 2);
  const sep = lang === 'zh-CN' ? '：' : ': ';
  return {
    animation: false,
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: { dataIndex: number }) => {
        const f = rows[p.dataIndex];
        if (f === undefined) return '';
        return [
          name(f),
          `${words.points}${sep}${n(f.points)} / ${n(most(f))} (${formatNumber(share(f), lang, 1)}%)`,
          `${words.weight}${sep}${n(f.weight / 100)}%`,
          `${words.contribution}${sep}${n(f.contribution)} / ${n((most(f) * f.weight) / 10000)}`,
        ].join('<br/>');
      },
    },
    xAxis: { type: 'value', min: 0, max: 100, interval: 25, axisLabel: { formatter: '{value}%' } },
    yAxis: { type: 'category', data: rows.map(name), axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        data: rows.map((f) => ({ value: share(f), itemStyle: { color: f.missing === null || f.missing === undefined ? SCORED : MISSING } })),
        showBackground: true,
        backgroundStyle: { color: '#f0f0f0' },
        label: { show: true, position: 'right', formatter: (p: { value: number }) => `${formatNumber(p.value, lang, 0)}%` },
        barMaxWidth: 18,
      },
    ],
  };
}
