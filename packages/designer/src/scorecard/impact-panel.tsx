/**
 * @module Before publishing: what the saved draft would do to the stored records of its form
 * (how many change score and grade, between which grades, and the most telling of them).
 */
import type { DraftImpact, ScorecardDefinition } from '@heng/engine';
import { Alert, Button, Card, List, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, ApiError } from '../api/client.js';
import { FieldProblems } from '../components/field-problems.js';
import { errorText } from '../api/errors.js';
import { recordPath } from '../runtime/paths.js';
import { useEditor } from './editor-context.js';
import { deltaText, sideText } from './impact.js';
import { ImpactSummary } from './impact-summary.js';

type Measure =
  | { readonly kind: 'idle' }
  | { readonly kind: 'measuring' }
  | { readonly kind: 'failed'; readonly error: unknown }
  | { readonly kind: 'measured'; readonly impact: DraftImpact; readonly of: ScorecardDefinition; readonly published: number | null };

function Measured({ impact }: { readonly impact: DraftImpact }) {
  const { t } = useTranslation();
  const { appId = '' } = useParams();
  if (impact.changedScores === 0 && impact.changedGrades === 0) return <ImpactSummary impact={impact} />;
  return (
    <Space direction="vertical" size={8} style={{ width: '100%' }}>
      <ImpactSummary impact={impact} />
      <List
        size="small"
        header={t('impact.examples')}
        dataSource={[...impact.examples]}
        renderItem={(e) => (
          <List.Item data-testid="impact-example" extra={<Typography.Text type="secondary">{deltaText(e.now, e.draft)}</Typography.Text>}>
            <Space direction="vertical" size={0}>
              <Link to={recordPath(appId, impact.formId, e.recordId)}>{e.label ?? `#${e.recordId.slice(0, 8)}`}</Link>
              <Typography.Text type="secondary">{t('impact.from', { now: sideText(e.now, t('impact.none')), draft: sideText(e.draft, t('impact.none')) })}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
    </Space>
  );
}

/**
 * The panel: measure on demand, once the edits are saved; an answer for an older card says so,
 * and one measured before a publish says the records are now scored by what it measured.
 */
export function ImpactPanel() {
  const { t } = useTranslation();
  const { def, dirty, lang, published } = useEditor();
  const [measure, setMeasure] = useState<Measure>({ kind: 'idle' });
  const card = useRef<HTMLDivElement>(null);
  // The panel sits under the preview: an answer is brought into view rather than left below it.
  useEffect(() => {
    if (measure.kind === 'measured' || measure.kind === 'failed') card.current?.scrollIntoView({ block: 'nearest' });
  }, [measure.kind]);
  const run = () => {
    const of = def;
    setMeasure({ kind: 'measuring' });
    api.draftImpact(def.id).then(
      (impact) => setMeasure({ kind: 'measured', impact, of, published }),
      (error: unknown) => setMeasure({ kind: 'failed', error }),
    );
  };
  const stale = measure.kind === 'measured' && measure.of !== def;
  // Published since it was measured: what was measured is what the records are now re-scored by, unless the card changed before.
  const outdone = measure.kind === 'measured' && measure.published !== published;
  return (
    <Card ref={card} size="small" title={t('impact.title')} data-testid="impact" style={{ marginTop: 12 }}>
      <Space direction="vertical" size={8} style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('impact.hint')}</Typography.Text>
        <Button onClick={run} loading={measure.kind === 'measuring'} disabled={dirty} data-testid="impact-measure">
          {t(measure.kind === 'measured' ? 'impact.again' : 'impact.measure')}
        </Button>
        {dirty && <Typography.Text type="secondary">{t('impact.unsaved')}</Typography.Text>}
        {outdone && !stale && <Alert type="info" showIcon title={t('impact.published')} data-testid="impact-published" />}
        {stale && <Alert type="info" showIcon title={t('impact.stale')} />}
        {measure.kind === 'failed' && (
          <Alert
            type="error"
            showIcon
            title={errorText(measure.error, lang)}
            description={measure.error instanceof ApiError ? <FieldProblems problems={measure.error.problems.slice(0, 4)} /> : undefined}
          />
        )}
        {measure.kind === 'measured' && !outdone && <Measured impact={measure.impact} />}
      </Space>
    </Card>
  );
}
