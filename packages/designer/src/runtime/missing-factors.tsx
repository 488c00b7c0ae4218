/** @module A warning beside a score that rests on factors with no data, naming them. */
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/use-lang.js';
import type { ScoreExplanation } from './api.js';
import { missingFactors } from './score-words.js';

/** `3 factors had no data (scored by the missing-value rule): Industry, Region, Annual sales`; nothing when every factor had data. */
export function MissingFactors({ score }: { readonly score: ScoreExplanation }) {
  const { t } = useTranslation();
  const lang = useLang();
  const names = missingFactors(score, lang);
  if (names.length === 0) return null;
  return (
    <Typography.Text type="warning" data-testid="score-missing">
      {t('runtime.score.missingData', { count: names.length, factors: names.join(lang === 'zh-CN' ? '、' : ', ') })}
    </Typography.Text>
  );
}
