/** @module A chart's numbers as people read them: money in yuan, fractions as percentages, days, counts whole; and its total. */
import type { ValueUnit } from '@heng/engine';
import { formatMoney, formatNumber, formatPercent } from '../format/money.js';
import type { Lang } from '../i18n/language.js';
import type { ChartSeriesView } from './api.js';

/** What a missing value shows: nothing to divide, or nothing to average. */
export const NO_VALUE = '—';

/** Days, in each language. */
const DAYS: Record<Lang, string> = { 'zh-CN': '天', en: 'days' };

/**
 * Decimals of a percentage: one from 1% up; below, as many as show two significant digits (a
 * bad-debt rate of 0.014% is not none, nor 0.06% 0.1%), at most four.
 */
function percentDecimals(fraction: number): number {
  const pct = Math.abs(fraction * 100);
  return pct === 0 || pct >= 1 ? 1 : Math.min(4, Math.floor(-Math.log10(pct)) + 2);
}

/**
 * One value of a chart in its unit.
 *
 * @example
 * formatValue(0.857143, 'percent', 'en') // '85.7%'
 * formatValue(0.000142, 'percent', 'en') // '0.014%'
 * formatValue(30000.25, 'money', 'zh-CN') // '30,000.25 元'
 * formatValue(32.46, 'days', 'zh-CN') // '32.5 天'
 */
export function formatValue(value: number | null | undefined, unit: ValueUnit, lang: Lang): string {
  if (value === null || value === undefined) return NO_VALUE;
  switch (unit) {
    case 'money':
      return formatMoney(value, lang);
    case 'percent':
      return formatPercent(value, lang, percentDecimals(value));
    case 'count':
      return formatNumber(value, lang, 0);
    case 'days':
      return `${formatNumber(value, lang, 1)} ${DAYS[lang]}`;
    default:
      return formatNumber(value, lang, 2);
  }
}

const formats = new Map<string, Intl.NumberFormat>();

function formatOf(lang: Lang, short: boolean): Intl.NumberFormat {
  const key = `${lang}:${short}`;
  let f = formats.get(key);
  if (f === undefined) {
    const locale = lang === 'zh-CN' ? 'zh-CN' : 'en-US';
    f = new Intl.NumberFormat(locale, short ? { notation: 'compact', maximumFractionDigits: 1 } : { maximumFractionDigits: 4 });
    formats.set(key, f);
  }
  return f;
}

/**
 * A number written short, as each language does: 1,000,000 is 100万 in Chinese, 1M in English.
 * Below 10,000 it is written out, so an axis stepping by 0.05 reads 0.05, 0.1, 0.15, not 0.1 twice.
 */
function compact(value: number, lang: Lang): string {
  return formatOf(lang, Math.abs(value) >= 10_000).format(value);
}

/**
 * One tick of a chart's value axis: short, so a tick reads at a glance — money as ¥ and a
 * compact number (¥100万 / ¥1M), counts and plain numbers compact, percentages whole when they are.
 *
 * @example
 * axisValue(70000000, 'money', 'zh-CN') // '¥7000万'
 * axisValue(70000000, 'money', 'en') // '¥70M'
 * axisValue(0.8, 'percent', 'en') // '80%'
 */
export function axisValue(value: number, unit: ValueUnit, lang: Lang): string {
  // Whole percentages unless the axis steps by less (0.5%, 1%, 1.5%).
  if (unit === 'percent') return formatPercent(value, lang, Math.abs(value * 100 - Math.round(value * 100)) < 1e-9 ? 0 : 1);
  if (unit !== 'money') return compact(value, lang);
  return `${value < 0 ? '-' : ''}¥${compact(Math.abs(value), lang)}`;
}

/**
 * The name of a value axis whose ticks do not say their unit: 天 / days; none for the others
 * (money ticks carry ¥, percentages %).
 *
 * @example
 * axisName('days', 'zh-CN') // '天'
 * axisName('count', 'en') // undefined
 */
export function axisName(unit: ValueUnit, lang: Lang): string | undefined {
  return unit === 'days' ? DAYS[lang] : undefined;
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
