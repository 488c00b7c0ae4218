/** @module Money in CNY, numbers and percentages as each language writes them (Intl), rounded half up first. */
import { roundHalfUp } from '@heng/engine';
import type { Lang } from '../i18n/language.js';

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, decimals: number, grouping: boolean): Intl.NumberFormat {
  const key = `${lang}:${decimals}:${grouping}`;
  let f = formats.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(lang === 'zh-CN' ? 'zh-CN' : 'en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: grouping });
    formats.set(key, f);
  }
  return f;
}

/**
 * A number with exactly `decimals` decimals, rounded half up as on paper (Intl alone would print
 * the binary value: 1.005 → "1.00"), with thousands separators unless `grouping` is false.
 *
 * @example
 * formatNumber(1234.5, 'en', 2) // '1,234.50'
 * formatNumber(2023, 'en', 0, false) // '2023'
 */
export function formatNumber(value: number, lang: Lang, decimals = 0, grouping = true): string {
  return numberFormat(lang, decimals, grouping).format(roundHalfUp(value, decimals));
}

/**
 * A round number as people write it in words: in Chinese in 万 or 亿 when that is exact to two
 * decimals (as the templates name their branches, “低于 50 万”), else with separators, as in English.
 *
 * @example
 * formatRound(500000, 'zh-CN') // '50 万'
 * formatRound(150000000, 'zh-CN') // '1.5 亿'
 * formatRound(123456, 'zh-CN') // '123,456'
 * formatRound(500000, 'en') // '500,000'
 */
export function formatRound(value: number, lang: Lang): string {
  if (lang === 'zh-CN' && Number.isInteger(value)) {
    for (const [unit, digits] of [['亿', 8], ['万', 4]] as const) {
      const scaled = value / 10 ** digits;
      if (Math.abs(scaled) < 1 || !Number.isInteger(value / 10 ** (digits - 2))) continue;
      const decimals = [0, 1].find((d) => Number.isInteger(roundHalfUp(scaled * 10 ** d, 8))) ?? 2;
      return `${formatNumber(scaled, lang, decimals)} ${unit}`;
    }
  }
  return formatNumber(value, lang, Number.isInteger(value) ? 0 : 2);
}

/**
 * An amount of yuan: `¥1,234.56` in English, `1,234.56 元` in Chinese.
 *
 * @example
 * formatMoney(-1234.565, 'zh-CN') // '-1,234.57 元'
 */
export function formatMoney(yuan: number, lang: Lang): string {
  const digits = formatNumber(Math.abs(yuan), lang, 2);
  const sign = roundHalfUp(yuan, 2) < 0 ? '-' : '';
  return lang === 'zh-CN' ? `${sign}${digits} 元` : `${sign}¥${digits}`;
}

/**
 * A fraction as a percentage (0.355 → 35.5%), as percent fields store it.
 *
 * @example
 * formatPercent(0.355, 'en', 1) // '35.5%'
 */
export function formatPercent(fraction: number, lang: Lang, decimals = 0): string {
  return `${formatNumber(roundHalfUp(fraction * 100, 8), lang, decimals)}%`;
}

/**
 * A weight in basis points as the percentage beside it.
 *
 * @example
 * formatWeight(4250, 'en') // '42.50%'
 */
export function formatWeight(bp: number, lang: Lang): string {
  return `${formatNumber(bp / 100, lang, 2)}%`;
}

/**
 * Thousands separators in a number as typed (an input's formatter: the digits stay as typed).
 *
 * @example
 * groupDigits('186500000.5') // '186,500,000.5'
 */
export function groupDigits(typed: string | number | undefined): string {
  const [int = '', frac] = String(typed ?? '').split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}
