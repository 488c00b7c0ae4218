/** @module The score an approval's route was decided on, so its approvers see why it came to them. */
import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../format/money.js';
import { useLang } from '../i18n/use-lang.js';
import type { ApprovalScore } from './api.js';

/** `Routed by Application score: 58 C · Average`, or that the record had no score when submitted. */
export function RoutedByScore({ score }: { readonly score: ApprovalScore }) {
  const { t } = useTranslation();
  const lang = useLang();
  const grade = score.grade === null ? null : [score.grade, score.gradeLabel?.[lang]].filter((x) => x !== undefined).join(' · ');
  return (
    <Typography.Text data-testid="approval-score">
      {t('runtime.approvals.routedBy', { scorecard: score.scorecardName?.[lang] ?? score.scorecard })}
      {lang === 'zh-CN' ? '：' : ': '}
      {score.score === null && grade === null && t('runtime.approvals.unscored')}
      {score.score !== null && <Typography.Text strong>{formatNumber(score.score, lang, Number.isInteger(score.score) ? 0 : 2)}</Typography.Text>}
      {grade !== null && <Tag style={{ marginInlineStart: 8 }}>{grade}</Tag>}
    </Typography.Text>
  );
}
