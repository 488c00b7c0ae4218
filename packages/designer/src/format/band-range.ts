/** @module A range band's bounds as the bands editor shows them: from (≥) and up to (<), in the field's unit. */
import type { Lang } from '../i18n/language.js';
import { toTyped } from './units.js';
import type { NumberUnit } from './units.js';

/** A bound as typed in the editor: a percent ×100 with %, money with ¥, else plain with `suffix` (a date's age unit). */
function boundText(value: number, unit: NumberUnit, lang: Lang, suffix: string): string {
  const n = new Intl.NumberFormat(lang === 'zh-CN' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 6 }).format(toTyped(value, unit));
  return unit === 'percent' ? `${n}%` : unit === 'money' ? `¥${n}` : suffix === '' ? n : `${n} ${suffix}`;
}

/**
 * The range of a band (`min` inclusive, `max` exclusive, an absent one open), or undefined
 * when both are open.
 *
 * @example
 * bandRange(0.3, 0.5, 'percent', 'en') // '30%–50%'
 * bandRange(undefined, 3, 'plain', 'en', 'years') // '< 3 years'
 * bandRange(100, undefined, 'money', 'zh-CN') // '≥ ¥100'
 */
export function bandRange(min: number | undefined, max: number | undefined, unit: NumberUnit, lang: Lang, suffix = ''): string | undefined {
  if (min === undefined && max === undefined) return undefined;
  if (max === undefined) return `≥ ${boundText(min as number, unit, lang, suffix)}`;
  if (min === undefined) return `< ${boundText(max, unit, lang, suffix)}`;
  return `${boundText(min, unit, lang, suffix)}–${boundText(max, unit, lang, suffix)}`;
}
