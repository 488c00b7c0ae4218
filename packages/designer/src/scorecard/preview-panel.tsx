/** @module The live panel: a sample record typed in, scored in the browser by the engine as the card changes. */
import { compileForm } from '@heng/engine';
import type { ScoreResult } from '@heng/engine';
import { Alert, Card, Flex, Statistic, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../components/echart.js';
import { FieldProblems } from '../components/field-problems.js';
import { formatNumber } from '../format/money.js';
import { weightTotal } from '../ops/index.js';
import type { Lang } from '../i18n/language.js';
import { contributionChart, maxPointsOf, useChartWords } from '../runtime/score-chart.js';
import { useDisplayWords } from '../renderer/index.js';
import { flagLabel, policyText } from '../runtime/score-words.js';
import { useEditor } from './editor-context.js';
import { GradeAxis } from './grade-axis.js';
import { previewScore } from './preview.js';
import { SampleInputs } from './sample-inputs.js';

export interface PreviewPanelProps {
  readonly record: Readonly<Record<string, unknown>>;
  readonly onRecord: (r: Readonly<Record<string, unknown>>) => void;
  readonly today: string;
}

/** Score, grade, flags, policy outputs and each factor's contribution for the sample. */
export function PreviewPanel({ record, onRecord, today }: PreviewPanelProps) {
  const { t } = useTranslation();
  const { def, form, lang, ctx } = useEditor();
  const compiledForm = useMemo(() => compileForm(form), [form]);
  const preview = useMemo(() => previewScore(def, compiledForm, form, ctx, record, today), [def, compiledForm, form, ctx, record, today]);

  return (
    <Card size="small" title={t('preview.title')} className="heng-preview" data-testid="preview">
      {preview.kind === 'blocked' ? (
        <Alert type="warning" showIcon title={t('preview.blocked')} description={<FieldProblems problems={preview.problems.slice(0, 4)} />} />
      ) : (
        <Scored result={preview.result} normalised={preview.normalised} lang={lang} />
      )}
      <SampleInputs record={record} onRecord={onRecord} computed={preview.record} />
    </Card>
  );
}

function Scored({ result, normalised, lang }: { readonly result: ScoreResult; readonly normalised: boolean; readonly lang: Lang }) {
  const { t } = useTranslation();
  const { def, form } = useEditor();
  const words = useDisplayWords();
  const names = useMemo(() => new Map(def.factors.map((f) => [f.id, f.name[lang]])), [def.factors, lang]);
  const chartWords = useChartWords();
  const option = useMemo(() => contributionChart(result.factors, names, maxPointsOf(def), lang, chartWords), [result.factors, names, def, lang, chartWords]);
  if (result.total === null) return <Alert type="info" showIcon title={t('preview.incomplete')} description={<FieldProblems problems={result.problems ?? []} />} />;
  const policies = def.policies ?? [];
  return (
    <div className="heng-stack">
      {normalised && <Alert type="info" showIcon title={t('preview.normalised', { total: formatNumber(weightTotal(def) / 100, lang, 2) })} />}
      <Flex gap={24} align="center">
        <Statistic title={t('preview.total')} value={formatNumber(result.total, lang, def.precision)} styles={{ content: { fontSize: 32 } }} data-testid="preview-total" />
        <div>
          <div className="heng-muted">{t('preview.grade')}</div>
          <Tag color={result.color ?? undefined} style={{ fontSize: 18, padding: '4px 12px', marginTop: 4 }} data-testid="preview-grade">
            {result.grade} · {result.label?.[lang]}
          </Tag>
          {result.bandGrade !== result.grade && <div className="heng-muted">{t('preview.overridden', { grade: result.bandGrade })}</div>}
        </div>
      </Flex>
      <GradeAxis grades={def.grades} total={result.total} compact />
      {result.flags.length > 0 && (
        <div>
          {result.flags.map((f) => (
            <Tag key={f} color="red">
              {flagLabel(def, f, lang)}
            </Tag>
          ))}
        </div>
      )}
      {policies.length > 0 && (
        <Flex gap={24} wrap>
          {policies.map((p) => (
            <Statistic key={p.id} title={p.name[lang]} value={policyText(p, result.outputs[p.id], form, lang, words)} styles={{ content: { fontSize: 16 } }} data-testid={`preview-policy-${p.id}`} />
          ))}
        </Flex>
      )}
      <EChart option={option} height={Math.max(120, 34 * result.factors.length + 40)} label={t('preview.contribution')} />
    </div>
  );
}
