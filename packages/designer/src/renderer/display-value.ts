/** @module A stored field value as a person reads it: money in CNY, percent as %, dates in the language's format, options by label. */
import type { FieldDefinition, FormulaResultType, SelectOption } from '@heng/engine';
import { formatDate, formatDateTime } from '../format/date.js';
import { formatMoney, formatNumber, formatPercent } from '../format/money.js';
import type { Lang } from '../i18n/language.js';

/** What display needs beyond the value: the words for yes and no, a table's size, a user's name. */
export interface DisplayWords {
  readonly yes: string;
  readonly no: string;
  readonly rows: (count: number) => string;
  readonly userName: (id: string) => string;
}

/** Shown for an empty value. */
export const EMPTY = '—';

/** Decimals a number has as written (0.125 → 3), at most 6: a number field shows what was entered. */
function decimalsOf(n: number): number {
  const [, fraction = ''] = String(n).split('.');
  return Math.min(fraction.length, 6);
}

/** Decimals of a percentage (0.355 → 35.5% → 1). */
const percentDecimals = (fraction: number, stated: number | undefined): number => stated ?? decimalsOf(Number((fraction * 100).toPrecision(12)));

function scalar(kind: FormulaResultType | 'datetime', value: unknown, lang: Lang, words: DisplayWords, decimals?: number, grouping = true): string {
  if (typeof value === 'number') {
    if (kind === 'money') return formatMoney(value, lang);
    if (kind === 'percent') return formatPercent(value, lang, percentDecimals(value, decimals));
    return formatNumber(value, lang, decimals ?? decimalsOf(value), grouping);
  }
  if (typeof value === 'boolean') return value ? words.yes : words.no;
  if (typeof value === 'string') {
    if (kind === 'date') return formatDate(value, lang);
    if (kind === 'datetime') return formatDateTime(value, lang);
    return value;
  }
  return EMPTY;
}

/** The label of the option `value` names, if any: a select's choice, a labelled formula's or lookup's value. */
const labelled = (options: readonly SelectOption[] | undefined, value: unknown, lang: Lang): string | undefined => options?.find((o) => o.id === value)?.label[lang];

/**
 * A value of `field` as text. References show the record id (the renderer fetches the label);
 * sub-tables their row count.
 *
 * @example
 * displayValue({ type: 'money', … }, 1234.5, 'zh-CN', words) // '1,234.50 元'
 * displayValue({ type: 'percent', … }, 0.355, 'en', words)   // '35.5%'
 * displayValue({ type: 'formula', resultType: 'text', options: [{ id: 'frozen', label }], … }, 'frozen', 'zh-CN', words) // '冻结'
 */
export function displayValue(field: FieldDefinition, value: unknown, lang: Lang, words: DisplayWords): string {
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) return EMPTY;
  switch (field.type) {
    case 'money':
    case 'date':
    case 'datetime':
    case 'boolean':
    case 'text':
    case 'long_text':
      return scalar(field.type === 'long_text' || field.type === 'text' ? 'text' : field.type, value, lang, words);
    case 'number':
      return scalar('number', value, lang, words, undefined, field.grouping !== false);
    case 'percent':
      return scalar('percent', value, lang, words, field.decimals);
    case 'formula':
      return labelled(field.options, value, lang) ?? scalar(field.resultType, value, lang, words, field.decimals);
    case 'lookup':
      // A copied user field (a payment's customer's salesperson) holds a user's id: named as one.
      return labelled(field.options, value, lang) ?? (field.resultType === 'text' && typeof value === 'string' ? words.userName(value) : scalar(field.resultType, value, lang, words));
    case 'rollup':
      return scalar(field.resultType, value, lang, words);
    case 'serial':
      return scalar('text', value, lang, words);
    case 'single_select':
      return labelled(field.options, value, lang) ?? String(value);
    case 'multi_select': {
      const ids = Array.isArray(value) ? value : [value];
      return ids.map((id) => labelled(field.options, id, lang) ?? String(id)).join(lang === 'zh-CN' ? '、' : ', ');
    }
    case 'user':
      return typeof value === 'string' ? words.userName(value) : EMPTY;
    case 'reference':
      return String(value);
    case 'sub_table':
      return words.rows(Array.isArray(value) ? value.length : 0);
  }
}
