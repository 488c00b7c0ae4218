/** @module Message templates: `{{field}}` placeholders replaced by the record's values, by plain substitution, each value's place noted. */
import type { FieldCatalog } from '../core/catalog.js';
import { isId } from '../core/ids.js';
import { pointer } from '../core/json-pointer.js';
import { isLocalizedText } from '../core/localized.js';
import { numberText } from '../core/number-text.js';
import type { LocalizedText } from '../core/localized.js';
import { ownValue } from '../core/own.js';
import { problem, type Problem } from '../core/problem.js';
import { hint } from '../core/suggest.js';
import type { Facts } from '../condition/types.js';
import type { FieldSpan, FilledText } from './filled-text.js';

type Locale = keyof LocalizedText;
const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

const ANY_PLACEHOLDER = /\{\{(.*?)\}\}/g;
const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9_]{0,63})\s*\}\}/g;

/**
 * The field ids a template names, in order of first use, both languages together.
 *
 * @example
 * templateFields({ 'zh-CN': '{{company}} 逾期 {{days_overdue}} 天', en: '{{company}} is {{days_overdue}} days overdue' })
 * // ['company', 'days_overdue']
 */
export function templateFields(text: LocalizedText): string[] {
  const out = new Set<string>();
  for (const locale of LOCALES) for (const m of text[locale].matchAll(PLACEHOLDER)) out.add(m[1] as string);
  return [...out];
}

/**
 * A template with each placeholder put as `word` says its field reads (a label, for an editor
 * to show a message or title before any record fills it in).
 *
 * @example
 * templateWords('跟进 {{customer}} 的逾期款', (id) => `「${labels[id]}」`) // '跟进 「客户」 的逾期款'
 */
export function templateWords(source: string, word: (field: string) => string): string {
  return source.replace(PLACEHOLDER, (_, id: string) => word(id));
}

/**
 * Problems with a template's placeholders: not an id, a field the facts do not have, a sub-table
 * (which has no text form), or a stray `{{`/`}}`. A `null` catalog skips the field checks.
 *
 * @example
 * checkTemplate({ 'zh-CN': '{{compnay}}', en: '{{company}}' }, catalog, '/message')
 * // [{ path: '/message/zh-CN', code: 'ruleset.template.field', message: 'Unknown field "compnay" in {{compnay}}. Did you mean "company"?', ... }]
 */
export function checkTemplate(text: LocalizedText, catalog: FieldCatalog | null, path: string): Problem[] {
  const out: Problem[] = [];
  for (const locale of LOCALES) {
    const at = pointer(path, locale);
    const source = text[locale];
    for (const m of source.matchAll(ANY_PLACEHOLDER)) {
      const name = (m[1] as string).trim();
      if (!isId(name)) {
        out.push(problem(at, 'ruleset.template.placeholder', `"${m[0]}" is not a placeholder: write a field id between {{ and }}, e.g. {{company_name}}.`, `"${m[0]}" 不是有效的占位符：请在 {{ 和 }} 之间写字段 ID，例如 {{company_name}}。`));
        continue;
      }
      if (catalog === null) continue;
      const field = catalog.get(name);
      if (field === undefined) {
        const h = hint(name, [...catalog.keys()]);
        out.push(problem(at, 'ruleset.template.field', `Unknown field "${name}" in ${m[0]}.${h.en}`, `${m[0]} 中的字段 "${name}" 不存在。${h.zh}`));
      } else if (field.kind === 'table') {
        out.push(problem(at, 'ruleset.template.table', `"${name}" is a sub-table and cannot be put in a message: name one of its totals (a formula field) instead.`, `"${name}" 是子表，不能放入消息：请改用汇总它的公式字段。`));
      }
    }
    if (source.replace(ANY_PLACEHOLDER, '').includes('{{') || source.replace(ANY_PLACEHOLDER, '').includes('}}')) {
      out.push(problem(at, 'ruleset.template.brace', 'A "{{" or "}}" is not closed or opened: each placeholder is {{field_id}}.', '存在未配对的 "{{" 或 "}}"：占位符的写法是 {{字段ID}}。'));
    }
  }
  return out;
}

/**
 * A value as text in a message: money and percentages as people write them (by the field's
 * `type`, when known), lists joined, booleans as yes/no (是/否), a text in both languages as
 * the message's, nothing as empty.
 *
 * @example
 * formatValue(['east', 'north'], 'zh-CN') // 'east、north'
 * formatValue(950000.5, 'zh-CN', 'money') // '950,000.50'
 */
export function formatValue(value: unknown, locale: Locale, type?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value, type);
  if (typeof value === 'boolean') return locale === 'en' ? (value ? 'yes' : 'no') : value ? '是' : '否';
  if (Array.isArray(value)) return value.map((v) => formatValue(v, locale)).join(locale === 'en' ? ', ' : '、');
  // A fact worded in both languages (a score's `factor_changes`): the one of the message's.
  if (isLocalizedText(value)) return value[locale];
  return '';
}

/**
 * Fills a template with the facts' values, each formatted by its type in `catalog` (money as
 * 500,000.00), noting where each value went and that the fields are `form`'s, so the text can
 * be shown without the values of fields hidden from its reader ({@link shownText}). Plain
 * substitution: a value is never read as a template.
 *
 * @example
 * renderTemplate({ 'zh-CN': '{{company}} 已逾期', en: '{{company}} is overdue' }, { company: 'Acme' }, 'customer', catalog).en // 'Acme is overdue'
 */
export function renderTemplate(text: LocalizedText, facts: Facts, form: string, catalog?: FieldCatalog): FilledText {
  const fill = (locale: Locale): [string, FieldSpan[]] => {
    const spans: FieldSpan[] = [];
    let out = '';
    let at = 0;
    for (const m of text[locale].matchAll(PLACEHOLDER)) {
      const field = m[1] as string;
      out += text[locale].slice(at, m.index);
      const value = formatValue(ownValue(facts, field), locale, catalog?.get(field)?.type);
      spans.push({ field, start: out.length, end: out.length + value.length });
      out += value;
      at = m.index + m[0].length;
    }
    return [out + text[locale].slice(at), spans];
  };
  const [zh, zhSpans] = fill('zh-CN');
  const [en, enSpans] = fill('en');
  return { 'zh-CN': zh, en, fields: { form, 'zh-CN': zhSpans, en: enSpans } };
}

/**
 * JSON Schema of a template in both languages, up to `maxLength` characters each.
 *
 * @example
 * templateSchema(200) // { type: 'object', properties: { 'zh-CN': ..., en: ... }, required: ['zh-CN', 'en'], ... }
 */
export function templateSchema(maxLength: number): Readonly<Record<string, unknown>> {
  const text = { type: 'string', minLength: 1, maxLength };
  return { type: 'object', properties: { 'zh-CN': text, en: text }, required: ['zh-CN', 'en'], additionalProperties: false };
}
