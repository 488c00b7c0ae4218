/** @module The live panel: a sample customer typed in, scored in the browser by the engine as the card changes. */
import { compileForm } from '@heng/engine';
import type { EChartsCoreOption } from 'echarts/core';
import type { ScoreResult } from '@heng/engine';
import { Alert, Card, Flex, Statistic, Tag } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { EChart } from '../components/echart.js';
import { FieldProblems } from '../components/field-problems.js';
import { formatMoney, formatNumber } from '../format/money.js';
import { weightTotal } from '../ops/index.js';
import type { Lang } from '../i18n/language.js';
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
  const { def } = useEditor();
  const names = useMemo(() => new Map(def.factors.map((f) => [f.id, f.name[lang]])), [def.factors, lang]);
  const option = useMemo(() => contributionChart(result, names, lang, t('preview.contribution')), [result, names, lang, t]);
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
          {policies.map((p) => {
            const v = result.outputs[p.id];
            return <Statistic key={p.id} title={p.name[lang]} value={typeof v === 'number' ? (p.type === 'money' ? formatMoney(v, lang) : formatNumber(v, lang, p.type === 'days' ? 0 : 2)) : String(v ?? '—')} styles={{ content: { fontSize: 16 } }} />;
          })}
        </Flex>
      )}
      <EChart option={option} height={Math.max(120, 34 * result.factors.length + 40)} label={t('preview.contribution')} />
    </div>
  );
}

function flagLabel(def: ReturnType<typeof useEditor>['def'], flag: string, lang: Lang): string {
  for (const o of def.overrides ?? []) if (o.action.kind === 'flag' && o.action.flag === flag) return o.action.label[lang];
  return flag;
}

/** Horizontal bars: each factor's contribution to the total (points × weight), labelled with its points and weight. */
function contributionChart(result: ScoreResult, names: ReadonlyMap<string, string>, lang: Lang, title: string): EChartsCoreOption {
  const rows = [...result.factors].reverse();
  return {
    animation: false,
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: { dataIndex: number }) => {
        const f = rows[p.dataIndex];
        if (f === undefined) return '';
        return `${names.get(f.id) ?? f.id}<br/>${title}: ${formatNumber(f.contribution, lang, 2)}<br/>${formatNumber(f.points, lang, 2)} × ${formatNumber(f.weight / 100, lang, 2)}%`;
      },
    },
    xAxis: { type: 'value', splitNumber: 4 },
    yAxis: { type: 'category', data: rows.map((f) => names.get(f.id) ?? f.id), axisTick: { show: false } },
    series: [
      {
        type: 'bar',
        data: rows.map((f) => ({ value: f.contribution, itemStyle: { color: f.missing === undefined ? '#1677ff' : '#bfbfbf' } })),
        label: { show: true, position: 'right', formatter: (p: { value: number }) => formatNumber(p.value, lang, 2) },
        barMaxWidth: 18,
      },
    ],
  };
}
