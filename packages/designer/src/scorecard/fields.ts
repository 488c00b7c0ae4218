/** @module A form's fields as the scorecard editor offers them: labelled, filtered by the kinds a method takes. */
import { optionsOf } from '@heng/engine';
import type { FieldCatalog, FieldDefinition, FieldInfo, FormDefinition, GradeBand, LocalizedText, ValueKind } from '@heng/engine';
import type { Lang } from '../i18n/language.js';

/** A field to pick: its catalog entry and its label. */
export interface FieldChoice {
  readonly info: FieldInfo;
  readonly label: string;
}

/** The labels of the facts a scorecard adds to its form's: the rounded total and the grade. */
export const SCORE_FACT_LABELS: Readonly<Record<string, LocalizedText>> = {
  score: { 'zh-CN': '总分', en: 'Score' },
  grade: { 'zh-CN': '等级', en: 'Grade' },
};

/**
 * The label of field `id` in `lang` (the id itself for an unknown field, so nothing shows blank).
 *
 * @example
 * fieldLabel(form, 'debt_ratio', 'zh-CN') // '资产负债率'
 */
export function fieldLabel(form: FormDefinition, id: string, lang: Lang): string {
  const field = form.fields.find((f) => f.id === id);
  if (field !== undefined) return field.label[lang];
  const fact = SCORE_FACT_LABELS[id];
  return fact === undefined ? id : fact[lang];
}

/**
 * The fields of `catalog` whose kind is one of `kinds`, labelled, in form order; sub-tables
 * are left out (a factor scores one value).
 *
 * @example
 * fieldChoices(form, catalog, ['number', 'date'], 'en').map((c) => c.info.id) // ['founded_on', 'registered_capital', ...]
 */
export function fieldChoices(form: FormDefinition, catalog: FieldCatalog, kinds: readonly ValueKind[], lang: Lang): FieldChoice[] {
  const order = new Map(form.fields.map((f, i) => [f.id, i]));
  return [...catalog.values()]
    .filter((info) => kinds.includes(info.kind) && info.kind !== 'table')
    .sort((a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity))
    .map((info) => ({ info, label: fieldLabel(form, info.id, lang) }));
}

/**
 * The label of option `value` of a select field or a labelled text formula or lookup, for lookup rows
 * and condition values.
 *
 * @example
 * optionLabel(form, 'industry', 'steel', 'zh-CN') // '钢铁'
 */
export function optionLabel(form: FormDefinition, fieldId: string, value: unknown, lang: Lang, grades: readonly GradeBand[] = []): string {
  const field: FieldDefinition | undefined = form.fields.find((f) => f.id === fieldId);
  const option = field === undefined ? undefined : optionsOf(field)?.find((o) => o.id === value);
  if (option !== undefined) return option.label[lang];
  if (fieldId === 'grade') {
    const g = grades.find((x) => x.grade === value);
    if (g !== undefined) return `${g.grade} · ${g.label[lang]}`;
  }
  return String(value);
}
