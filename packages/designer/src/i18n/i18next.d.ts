/** @module Typed translation keys: `t('editor.normalise')` is checked against the English messages. */
import 'i18next';
import type { en } from './en.js';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
