/**
 * @module In the publish dialog of a scorecard: what publishing the saved draft would do to the
 * records of its form, measured as the dialog opens. A measure that fails is said, never in the way.
 */
import type { DraftImpact } from '@heng/engine';
import { Alert, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';
import { errorText } from '../api/errors.js';
import { useLang } from '../i18n/use-lang.js';
import { ImpactSummary } from './impact-summary.js';

type Measure = { readonly kind: 'measuring' } | { readonly kind: 'failed'; readonly error: unknown } | { readonly kind: 'measured'; readonly impact: DraftImpact };

/** The grade moves shown in the dialog; the editor's impact panel shows them all. */
const TOP_MOVES = 5;

/** Measures the impact of scorecard `id`'s saved draft once, when mounted (after the dialog saved it). */
export function PublishImpact({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [measure, setMeasure] = useState<Measure>({ kind: 'measuring' });
  useEffect(() => {
    let live = true;
    api.draftImpact(id).then(
      (impact) => live && setMeasure({ kind: 'measured', impact }),
      (error: unknown) => live && setMeasure({ kind: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  const changed = measure.kind === 'measured' && (measure.impact.changedScores > 0 || measure.impact.changedGrades > 0);
  return (
    <div data-testid="publish-impact">
      {measure.kind === 'measuring' && <Spin size="small" tip={t('impact.publishMeasuring')}><div style={{ height: 40 }} /></Spin>}
      {measure.kind === 'failed' && <Alert type="warning" showIcon title={t('impact.publishFailed')} description={errorText(measure.error, lang)} />}
      {measure.kind === 'measured' && (
        <Alert
          type="info"
          showIcon
          title={t('impact.publishTitle', { count: measure.impact.records })}
          description={
            <Space direction="vertical" size={4} style={{ width: '100%' }}>
              <ImpactSummary impact={measure.impact} top={TOP_MOVES} />
              {changed && <Typography.Text type="secondary">{t('impact.publishRules')}</Typography.Text>}
            </Space>
          }
        />
      )}
    </div>
  );
}
