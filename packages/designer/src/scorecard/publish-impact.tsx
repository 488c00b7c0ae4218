/**
 * @module In the publish dialog of a scorecard: what publishing the saved draft would do to the
 * records of its form, and which rule sets it sets off, measured as the dialog opens. A measure
 * that fails is said, never in the way.
 */
import type { DraftImpact, RuleSetDefinition } from '@heng/engine';
import { Alert, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.js';
import { errorText } from '../api/errors.js';
import { useLang } from '../i18n/use-lang.js';
import { ImpactSummary } from './impact-summary.js';
import { loadScoreRuleSets, ruleSetsText } from './score-rule-sets.js';

type Measure =
  | { readonly kind: 'measuring' }
  | { readonly kind: 'failed'; readonly error: unknown }
  | {
      readonly kind: 'measured';
      readonly impact: DraftImpact;
      /** The rule sets the re-score sets off; undefined when it changes no score or grade, so none runs. */
      readonly ruleSets: readonly RuleSetDefinition[] | undefined;
    };

/** The grade moves shown in the dialog; the editor's impact panel shows them all. */
const TOP_MOVES = 5;

/** Measures the impact of scorecard `id`'s saved draft once, when mounted (after the dialog saved it). */
export function PublishImpact({ id }: { readonly id: string }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [measure, setMeasure] = useState<Measure>({ kind: 'measuring' });
  useEffect(() => {
    let live = true;
    api
      .draftImpact(id)
      .then(async (impact) => ({ impact, ruleSets: impact.changedScores > 0 || impact.changedGrades > 0 ? await loadScoreRuleSets(id, impact.formId) : undefined }))
      .then(
        ({ impact, ruleSets }) => live && setMeasure({ kind: 'measured', impact, ruleSets }),
        (error: unknown) => live && setMeasure({ kind: 'failed', error }),
      );
    return () => {
      live = false;
    };
  }, [id]);
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
              {measure.ruleSets !== undefined && <Typography.Text type="secondary" data-testid="publish-rule-sets">{ruleSetsText(measure.ruleSets, lang, t)}</Typography.Text>}
            </Space>
          }
        />
      )}
    </div>
  );
}
