/** @module A band as a person names it: by its place and its range in the unit of the field it scores (a date's as an age), never by its id. */
import type { FieldInfo } from '@heng/engine';
import type { TFunction } from 'i18next';
import { bandRange } from '../format/band-range.js';
import { unitOfType } from '../format/units.js';
import type { Lang } from '../i18n/language.js';

/**
 * A band's range (`min` ≥, `max` <) in the unit of the field its factor scores, as the bands
 * editor types it (a date's as an age in `ageUnit`, years when absent); undefined when both ends
 * are open.
 *
 * @example
 * factorRange(0.3, 0.5, { id: 'debt_ratio', type: 'percent', kind: 'number' }, undefined, 'en', t) // '30%–50%'
 * factorRange(undefined, 3, { id: 'founded_on', type: 'date', kind: 'date' }, 'years', 'zh-CN', t) // '< 3 年'
 */
export function factorRange(min: number | undefined, max: number | undefined, field: FieldInfo | undefined, ageUnit: unknown, lang: Lang, t: TFunction): string | undefined {
  const date = field?.kind === 'date';
  const suffix = date ? t(`unit.${ageUnit === 'months' || ageUnit === 'days' ? ageUnit : 'years'}`) : '';
  return bandRange(min, max, date ? 'plain' : unitOfType(field?.type), lang, suffix);
}

/**
 * The n-th band (from 1) of a factor scoring `field`, with its bounds (`min` ≥, `max` <) as the
 * bands editor types them; a band with neither (a condition band) by its place alone.
 * `ageUnit` is the factor's unit for a date field's age (years when absent).
 *
 * @example
 * bandName(2, 0.3, 0.5, { id: 'debt_ratio', type: 'percent', kind: 'number' }, undefined, 'en', t) // 'Band 2 (30%–50%)'
 * bandName(1, undefined, 3, { id: 'founded_on', type: 'date', kind: 'date' }, 'years', 'zh-CN', t) // '区间 1（< 3 年）'
 */
export function bandName(n: number, min: number | undefined, max: number | undefined, field: FieldInfo | undefined, ageUnit: unknown, lang: Lang, t: TFunction): string {
  const range = factorRange(min, max, field, ageUnit, lang, t);
  return range === undefined ? t('bands.name', { n }) : t('bands.nameRange', { n, range });
}
