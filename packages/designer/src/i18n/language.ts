/** @module The designer's two languages, the browser's default, and the choice remembered across visits. */

/** The languages Heng ships with; definitions carry labels in both. */
export const LANGS = ['zh-CN', 'en'] as const;

export type Lang = (typeof LANGS)[number];

/** Where the chosen language is remembered (localStorage). */
export const LANG_KEY = 'heng.lang';

/**
 * The language to show: the one chosen before, else the browser's first preference Heng
 * speaks (any Chinese → zh-CN, any English → en), else Chinese, the product's home language.
 *
 * @example
 * pickLanguage(null, ['en-GB', 'zh-CN']) // 'en'
 * pickLanguage('zh-CN', ['en-US'])        // 'zh-CN'
 */
export function pickLanguage(stored: string | null, preferred: readonly string[]): Lang {
  if (isLang(stored)) return stored;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'zh') return 'zh-CN';
    if (base === 'en') return 'en';
  }
  return 'zh-CN';
}

/**
 * Whether a string is one of {@link LANGS}.
 *
 * @example
 * isLang('en') // true
 */
export function isLang(s: unknown): s is Lang {
  return typeof s === 'string' && (LANGS as readonly string[]).includes(s);
}
