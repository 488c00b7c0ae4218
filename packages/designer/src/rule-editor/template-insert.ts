/** @module Where 插入字段 puts a `{{field}}` placeholder in a message written in both languages. */
import type { LocalizedText } from '@heng/engine';

/** Where the writer last was in a message: the language's box and the selection in it. */
export interface Caret {
  readonly lang: keyof LocalizedText;
  readonly start: number;
  readonly end: number;
}

/**
 * `{{id}}` put where the writer was (replacing what they had selected), in that language only,
 * and where the caret then is; before they have been in either box, at the end of both.
 *
 * @example
 * withPlaceholder({ 'zh-CN': '请跟进', en: 'Follow up' }, 'company_name', { lang: 'zh-CN', start: 1, end: 1 })
 * // { text: { 'zh-CN': '请{{company_name}}跟进', en: 'Follow up' }, caret: { lang: 'zh-CN', start: 17, end: 17 } }
 */
export function withPlaceholder(text: LocalizedText, id: string, caret: Caret | undefined): { readonly text: LocalizedText; readonly caret: Caret | undefined } {
  const tag = `{{${id}}}`;
  if (caret === undefined) return { text: { 'zh-CN': `${text['zh-CN']}${tag}`, en: `${text.en}${tag}` }, caret };
  const current = text[caret.lang];
  const start = Math.min(caret.start, current.length);
  const end = Math.min(Math.max(caret.end, start), current.length);
  const after = start + tag.length;
  return { text: { ...text, [caret.lang]: current.slice(0, start) + tag + current.slice(end) }, caret: { lang: caret.lang, start: after, end: after } };
}
