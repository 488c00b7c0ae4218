/** @module Switches the language everywhere; the choice is remembered. */
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/use-lang.js';
import { setLanguage } from '../i18n/index.js';
import type { Lang } from '../i18n/language.js';

/** 中文 | English. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Segmented
      aria-label={t('lang.label')}
      value={lang}
      onChange={(v) => setLanguage(v as Lang)}
      options={[
        { value: 'zh-CN', label: '中文' },
        { value: 'en', label: 'English' },
      ]}
    />
  );
}
