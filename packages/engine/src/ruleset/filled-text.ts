/** @module A rule's text filled for one record, and the same text shown to a reader who may not see every field it names. */
import type { LocalizedText } from '../core/localized.js';

type Locale = keyof LocalizedText;

/** Where a filled text holds one field's value: from `start` to `end` (string offsets). */
export interface FieldSpan {
  readonly field: string;
  readonly start: number;
  readonly end: number;
}

/**
 * A template filled with a record's values (a notice, a task's title, a freeze's reason), with
 * where each value sits and the form whose fields they are. `fields` is absent from texts kept
 * before it was recorded.
 */
export interface FilledText extends LocalizedText {
  readonly fields?: { readonly form: string } & { readonly [L in Locale]: readonly FieldSpan[] };
}

/** What stands in a text for the value of a field hidden from its reader. */
export const WITHHELD: LocalizedText = { 'zh-CN': '[已隐藏]', en: '[hidden]' };

/**
 * `text` as a reader to whom the fields in `hidden` are hidden sees it: each of their values
 * withheld (an empty one too, so its emptiness is not told either), the rest as filled.
 *
 * @example
 * shownText(filled, new Set(['risk_notes'])) // { 'zh-CN': '核实 Acme：[已隐藏]', en: 'Check Acme: [hidden]' }
 */
export function shownText(text: FilledText, hidden: ReadonlySet<string>): LocalizedText {
  const show = (locale: Locale): string => {
    const source = text[locale];
    let out = '';
    let at = 0;
    for (const span of text.fields?.[locale] ?? []) {
      if (!hidden.has(span.field)) continue;
      out += source.slice(at, span.start) + WITHHELD[locale];
      at = span.end;
    }
    return out + source.slice(at);
  };
  return { 'zh-CN': show('zh-CN'), en: show('en') };
}

/**
 * The fields `text` holds values of (none for a text kept before that was recorded).
 *
 * @example
 * namedFields(filled) // ['company_name', 'risk_notes']
 */
export function namedFields(text: FilledText): string[] {
  return [...new Set([...(text.fields?.['zh-CN'] ?? []), ...(text.fields?.en ?? [])].map((s) => s.field))];
}
