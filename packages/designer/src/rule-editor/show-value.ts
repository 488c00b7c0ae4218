/** @module A fact's value as a person reads it in the test panel: money in CNY, percents, dates and options by the locale. */
import { formatValue } from '@heng/engine';
import type { FormDefinition } from '@heng/engine';
import { formatDate } from '../format/date.js';
import { formatMoney, formatNumber, formatPercent } from '../format/money.js';
import type { Lang } from '../i18n/language.js';
import { optionLabel } from '../scorecard/fields.js';

/** How to show the values of one fact. */
export interface ShowOptions {
  readonly form: FormDefinition;
  readonly lang: Lang;
  /** The fact's field type (`money`, `percent`, ...), for a formula its result type; absent for other facts. */
  readonly type?: string;
  readonly decimals?: number;
  /** Shown for no value. */
  readonly none: string;
  /** The text of a value the form has no option label for (`changed_fields` holds field ids). */
  readonly optionText?: (value: string) => string | undefined;
}

/**
 * The type and decimals a field's values are shown with: a formula field's result type.
 *
 * @example
 * displayTypeOf(customerCreditProfile, 'debt_ratio') // { type: 'percent', decimals: 2 }
 */
export function displayTypeOf(form: FormDefinition, id: string): { type?: string; decimals?: number } {
  const field = form.fields.find((f) => f.id === id);
  if (field === undefined) return {};
  const type = field.type === 'formula' ? field.resultType : field.type;
  return 'decimals' in field && typeof field.decimals === 'number' ? { type, decimals: field.decimals } : { type };
}

/**
 * `value` of fact `id` as text.
 *
 * @example
 * showValue('debt_ratio', 0.8, { form, lang: 'en', type: 'percent', decimals: 2, none: '(empty)' }) // '80.00%'
 * showValue('industry', 'steel', { form, lang: 'zh-CN', none: '（空）' }) // '钢铁'
 */
export function showValue(id: string, value: unknown, o: ShowOptions): string {
  if (value === undefined || value === null || value === '') return o.none;
  if (Array.isArray(value)) return value.map((v) => showValue(id, v, o)).join(o.lang === 'zh-CN' ? '、' : ', ');
  if (typeof value === 'number') {
    if (o.type === 'money') return formatMoney(value, o.lang);
    if (o.type === 'percent') return formatPercent(value, o.lang, o.decimals ?? 1);
    return formatNumber(value, o.lang, o.decimals ?? (Number.isInteger(value) ? 0 : 2));
  }
  if (typeof value === 'string') {
    if (o.type === 'date' || /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, o.lang);
    return o.optionText?.(value) ?? optionLabel(o.form, id, value, o.lang);
  }
  return formatValue(value, o.lang) || JSON.stringify(value);
}
