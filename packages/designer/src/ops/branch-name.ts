/** @module A branch's default name, 条件 n / Condition n: given when it is added and kept until its admin types one, while the designer names the branch by its condition. */
import type { LocalizedText } from '@heng/engine';
import type { Lang } from '../i18n/language.js';

const DEFAULT: Readonly<Record<Lang, RegExp>> = { en: /^Condition \d+$/, 'zh-CN': /^条件 \d+$/ };

/**
 * The name the `n`th branch is added with. It is stored, so a published flow always has a name
 * for each branch, and the designer shows the branch's condition in its place.
 *
 * @example
 * defaultBranchName(2) // { en: 'Condition 2', 'zh-CN': '条件 2' }
 */
export function defaultBranchName(n: number): LocalizedText {
  return { en: `Condition ${n}`, 'zh-CN': `条件 ${n}` };
}

/**
 * Whether a branch's name in `lang` is still a default one, never typed: each language on its
 * own, so a branch named only in Chinese is still named by its condition in English.
 *
 * @example
 * isDefaultName({ en: 'Condition 1', 'zh-CN': '小额' }, 'en') // true
 * isDefaultName({ en: 'Condition 1', 'zh-CN': '小额' }, 'zh-CN') // false
 */
export function isDefaultName(name: LocalizedText, lang: Lang): boolean {
  return DEFAULT[lang].test(name[lang]);
}

/**
 * A branch's name as its panel shows it to be typed over: a default name empty, as the branch
 * is named by its condition there.
 *
 * @example
 * shownBranchName({ en: 'Condition 1', 'zh-CN': '小额' }) // { en: '', 'zh-CN': '小额' }
 */
export function shownBranchName(name: LocalizedText): LocalizedText {
  return { en: isDefaultName(name, 'en') ? '' : name.en, 'zh-CN': isDefaultName(name, 'zh-CN') ? '' : name['zh-CN'] };
}

/**
 * A branch's name as typed in its panel, where a default name shows empty: a language left
 * empty takes the `n`th default name back, so the branch is named by its condition there again.
 *
 * @example
 * typedBranchName({ en: '', 'zh-CN': '小额' }, 1) // { en: 'Condition 1', 'zh-CN': '小额' }
 */
export function typedBranchName(typed: LocalizedText, n: number): LocalizedText {
  const fallback = defaultBranchName(n);
  return { en: typed.en.trim() === '' ? fallback.en : typed.en, 'zh-CN': typed['zh-CN'].trim() === '' ? fallback['zh-CN'] : typed['zh-CN'] };
}
