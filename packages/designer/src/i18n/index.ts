/** @module i18next set up for the designer: both languages bundled, the browser's by default, the choice remembered. */
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.js';
import { LANG_KEY, pickLanguage, type Lang } from './language.js';
import { zhCN } from './zh-cn.js';

function stored(): string | null {
  try {
    return localStorage.getItem(LANG_KEY);
  } catch {
    // Storage can be blocked (private mode, policies): the browser's language still applies.
    return null;
  }
}

const initial = pickLanguage(stored(), typeof navigator === 'undefined' ? [] : navigator.languages);

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } },
  lng: initial,
  fallbackLng: 'en',
  interpolation: { escapeValue: false },
});
document.documentElement.lang = initial;

/**
 * Switches the language everywhere and remembers it for the next visit.
 *
 * @example
 * setLanguage('en')
 */
export function setLanguage(lang: Lang): void {
  void i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(LANG_KEY, lang);
  } catch {
    // Not remembered, but switched for this visit.
  }
}

export { i18n };
