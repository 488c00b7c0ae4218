/** @module What a draft's impact comes to: how many records change score and grade, and the moves between grades, most first. */
import type { DraftImpact } from '@heng/engine';
import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { impactText } from './impact.js';

export interface ImpactSummaryProps {
  readonly impact: DraftImpact;
  /** Shows only the first (largest) moves, and says how many more there are. */
  readonly top?: number;
}

/** The counts and the grade moves; the editor's impact panel and the publish dialog both show it. */
export function ImpactSummary({ impact, top }: ImpactSummaryProps) {
  const { t } = useTranslation();
  if (impact.changedScores === 0 && impact.changedGrades === 0) return <Typography.Text>{impactText(impact, t)}</Typography.Text>;
  const shown = top === undefined ? impact.moves : impact.moves.slice(0, top);
  const more = impact.moves.length - shown.length;
  return (
    <Space direction="vertical" size={8} style={{ width: '100%' }}>
      <Typography.Text>{impactText(impact, t)}</Typography.Text>
      {shown.length > 0 && (
        <div data-testid="impact-moves">
          {shown.map((m) => (
            <Tag key={`${m.from}→${m.to}`}>{t('impact.move', { from: m.from ?? t('impact.none'), to: m.to ?? t('impact.none'), count: m.count })}</Tag>
          ))}
          {more > 0 && <Typography.Text type="secondary">{t('impact.more', { count: more })}</Typography.Text>}
        </div>
      )}
    </Space>
  );
}
