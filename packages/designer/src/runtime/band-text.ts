/** @module A score band as people read it: the range its factor's value fell in, not its id. */
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
