/** @module A score's parts as people read them: a band as the range its factor's value fell in, a flag by its label. */
import type { ScorecardDefinition } from '@heng/engine';
import type { Lang } from '../i18n/language.js';

/**
 * The range of band `bandId` of factor `factorId` (`min` inclusive, `max` exclusive), its bounds
 * written by `bound`; the id when the band is chosen by a condition or is not found.
 *
 * @example
 * bandText(card, 'debt', 'under_70', 'zh-CN', (n) => `${n * 100}%`) // '≥ 50%，< 70%'
 */
export function bandText(card: ScorecardDefinition | undefined, factorId: string, bandId: string, lang: Lang, bound: (n: number) => string): string {
  const method = card?.factors.find((f) => f.id === factorId)?.method;
  if (method?.kind !== 'bands') return bandId;
  const band = method.bands.find((b) => b.id === bandId);
  if (band === undefined || 'when' in band) return bandId;
  const parts = [...(band.min === undefined ? [] : [`≥ ${bound(band.min)}`]), ...(band.max === undefined ? [] : [`< ${bound(band.max)}`])];
  return parts.length === 0 ? bandId : parts.join(lang === 'zh-CN' ? '，' : ', ');
}

/**
 * The label a scorecard's overrides give flag `flag`; the flag itself when none does.
 *
 * @example
 * flagLabel(card, 'high_risk', 'zh-CN') // '高风险'
 */
export function flagLabel(card: ScorecardDefinition | undefined, flag: string, lang: Lang): string {
  return card?.overrides?.flatMap((o) => (o.action.kind === 'flag' && o.action.flag === flag ? [o.action.label[lang]] : []))[0] ?? flag;
}
