/** @module Test material for words: the designer's messages in a bare i18next (no browser), as `t` of one language. */
import i18next from 'i18next';
import type { TFunction } from 'i18next';
import { en } from './en.js';
import type { Lang } from './language.js';
import { zhCN } from './zh-cn.js';

const i18n = i18next.createInstance();
await i18n.init({ resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } }, lng: 'en', interpolation: { escapeValue: false } });

/** `t` in `lang`, plurals and interpolation as the app has them. */
export const tIn = (lang: Lang): TFunction => i18n.getFixedT(lang);
