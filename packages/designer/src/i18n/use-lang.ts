/** @module The current language as components need it: for labels of definitions and problem messages. */
import { useTranslation } from 'react-i18next';
import { isLang, type Lang } from './language.js';

/** The language shown now; re-renders the component when it changes. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return isLang(i18n.language) ? i18n.language : 'en';
}
