/** @module What a draft's impact comes to: how many records change score and grade, the moves between grades, most first, and the policies' values. */
import type { DraftImpact } from '@heng/engine';
import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/use-lang.js';
import { impactText, policyText } from './impact.js';

export interface ImpactSummaryProps {
  readonly impact: DraftImpact;
  /** Shows only the first (largest) moves, and says how many more there are. */
  readonly top?: number;
}

/** What the draft does to the policies' values, a line each; nothing when it changes none. */
function PolicyLines({ impact }: { readonly impact: DraftImpact }) {
  const { t } = useTranslation();
  const lang = useLang();
  if (impact.policies.length === 0) return null;
  return (
    <div data-testid="impact-policies">
      <Typography.Text type="secondary">{t('impact.policies')}</Typography.Text>
      {impact.policies.map((p) => (
        <div key={p.id} data-policy-impact={p.id}>
          <Typography.Text>{policyText(p, lang, t)}</Typography.Text>
        </div>
      ))}
    </div>
  );
}

/** The counts, the grade moves and the policies' values; the editor's impact panel and the publish dialog both show it. */
export function ImpactSummary({ impact, top }: ImpactSummaryProps) {
  const { t } = useTranslation();
  // No grade changed: no moves, and only the sentence and the policies show.
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
      <PolicyLines impact={impact} />
    </Space>
  );
}
