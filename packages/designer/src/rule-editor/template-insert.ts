/** @module Where 插入字段 puts a `{{field}}` placeholder in a message written in both languages. */
import type { LocalizedText } from '@heng/engine';

/** Where the writer last was in a message: the language's box and the selection in it. */
export interface Caret {
  readonly lang: keyof LocalizedText;
  readonly start: number;
  readonly end: number;
  /** The text the selection was taken in: changed since (an undo), the placeholder goes at its end. */
  readonly text: string;
}

/**
 * `{{id}}` put where the writer was (replacing what they had selected), in that language only,
 * and where the caret then is; at the end of that language when its text changed since the
 * caret was taken (an undo); before they have been in either box, at the end of both.
 *
 * @example
 * withPlaceholder({ 'zh-CN': '请跟进', en: 'Follow up' }, 'company_name', { lang: 'zh-CN', start: 1, end: 1, text: '请跟进' })
 * // { text: { 'zh-CN': '请{{company_name}}跟进', en: 'Follow up' }, caret: { lang: 'zh-CN', start: 17, end: 17, text: '请{{company_name}}跟进' } }
 */
export function withPlaceholder(text: LocalizedText, id: string, caret: Caret | undefined): { readonly text: LocalizedText; readonly caret: Caret | undefined } {
  const tag = `{{${id}}}`;
  if (caret === undefined) return { text: { 'zh-CN': `${text['zh-CN']}${tag}`, en: `${text.en}${tag}` }, caret };
  const current = text[caret.lang];
  const [start, end] = caret.text === current ? [caret.start, Math.max(caret.end, caret.start)] : [current.length, current.length];
  const next = current.slice(0, start) + tag + current.slice(end);
  const after = start + tag.length;
  return { text: { ...text, [caret.lang]: next }, caret: { lang: caret.lang, start: after, end: after, text: next } };
}
