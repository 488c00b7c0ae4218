/** @module A chart's numbers as people read them: money in yuan, fractions as percentages, counts whole; and its total. */
import type { ValueUnit } from '@heng/engine';
import { formatMoney, formatNumber, formatPercent } from '../format/money.js';
import type { Lang } from '../i18n/language.js';
import type { ChartSeriesView } from './api.js';

/** What a missing value shows: nothing to divide, or nothing to average. */
export const NO_VALUE = '—';

/**
 * One value of a chart in its unit.
 *
 * @example
 * formatValue(0.857143, 'percent', 'en') // '85.7%'
 * formatValue(30000.25, 'money', 'zh-CN') // '30,000.25 元'
 */
export function formatValue(value: number | null | undefined, unit: ValueUnit, lang: Lang): string {
  if (value === null || value === undefined) return NO_VALUE;
  switch (unit) {
    case 'money':
      return formatMoney(value, lang);
    case 'percent':
      return formatPercent(value, lang, 1);
    case 'count':
      return formatNumber(value, lang, 0);
    default:
      return formatNumber(value, lang, 2);
  }
}

/**
 * The sum of every value of a chart of counts or money (what its groups add up to), its value
 * for a key figure, null for ratios and averages, which do not add up.
 *
 * @example
 * chartTotal(agingChart) // 140000.25
 */
export function chartTotal(chart: ChartSeriesView): number | null {
  if (chart.type === 'kpi') return chart.value ?? null;
  if (chart.unit !== 'count' && chart.unit !== 'money') return null;
  // Summed in fen, so 0.1 + 0.2 gives 0.3 as on paper.
  const fen = chart.series.reduce((n, s) => n + s.values.reduce<number>((m, v) => m + Math.round((v ?? 0) * 100), 0), 0);
  return fen / 100;
}

/**
 * Whether a chart has nothing to draw: no group, or only empty values; a key figure without a value.
 *
 * @example
 * isEmptyChart({ ...chart, categories: [] }) // true
 */
export function isEmptyChart(chart: ChartSeriesView): boolean {
  if (chart.type === 'kpi') return chart.value === null || chart.value === undefined;
  return chart.categories.length === 0 || chart.series.every((s) => s.values.every((v) => v === null || v === 0));
}
