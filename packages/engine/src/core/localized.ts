/** @module Text a user sees, in Chinese and English. */
import { isPlainObject } from './json.js';

/** A label in both languages Heng ships with. */
export interface LocalizedText {
  readonly 'zh-CN': string;
  readonly en: string;
}

/** JSON Schema (ajv) for {@link LocalizedText}. */
export const localizedTextSchema = {
  type: 'object',
  properties: {
    'zh-CN': { type: 'string', minLength: 1, maxLength: 200 },
    en: { type: 'string', minLength: 1, maxLength: 200 },
  },
  required: ['zh-CN', 'en'],
  additionalProperties: false,
} as const;

/**
 * Whether a value is a text in both languages (an object of two strings, `zh-CN` and `en`).
 *
 * @example
 * isLocalizedText({ 'zh-CN': '逾期', en: 'Overdue' }) // true
 */
export function isLocalizedText(value: unknown): value is LocalizedText {
  return isPlainObject(value) && typeof value['zh-CN'] === 'string' && typeof value['en'] === 'string';
}

/** Picks the label for a locale. */
export function localize(text: LocalizedText, locale: 'zh-CN' | 'en'): string {
  return text[locale];
}

/**
 * A name as it reads inside an English sentence ("New credit application"): a first word written
 * only with an initial capital (Credit, X-ray) is lower-cased; an acronym or a word with other
 * capitals (KYC, McKinsey), and the Chinese, are kept as written.
 *
 * @example
 * inSentence({ en: 'Credit application', 'zh-CN': '授信申请' }).en // 'credit application'
 * inSentence({ en: 'KYC review', 'zh-CN': '客户尽调' }).en // 'KYC review'
 */
export function inSentence(name: LocalizedText): LocalizedText {
  const first = /^\S*/u.exec(name.en)![0];
  const capitalised = /^\p{Lu}[^\p{Lu}]*\p{Ll}[^\p{Lu}]*$/u.test(first);
  return capitalised ? { ...name, en: name.en.charAt(0).toLowerCase() + name.en.slice(1) } : name;
}

const YES: LocalizedText = { 'zh-CN': '是', en: 'Yes' };
const NO: LocalizedText = { 'zh-CN': '否', en: 'No' };

/**
 * A yes/no value as a list, a chart or an export names it.
 *
 * @example
 * yesNo(true)['zh-CN'] // '是'
 */
export function yesNo(value: boolean): LocalizedText {
  return value ? YES : NO;
}
