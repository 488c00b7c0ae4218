/** @module A record's stored score explained: total, grade, each factor's points and contribution (table and chart), overrides fired, policy outputs, the scorecard version. */
import { formCatalog } from '@heng/engine';
import type { FormDefinition, ScorecardDefinition } from '@heng/engine';
import { Alert, Flex, Statistic, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { EChart } from '../components/echart.js';
import { FieldProblems } from '../components/field-problems.js';
import { formatDateTime } from '../format/date.js';
import { formatNumber, formatWeight } from '../format/money.js';
import type { Lang } from '../i18n/language.js';
import { useLang } from '../i18n/use-lang.js';
import { displayValue, EMPTY, useDisplayWords } from '../renderer/index.js';
import type { DisplayWords, Loaded } from '../renderer/index.js';
import type { FactorExplanation, ScoreExplanation, ScoreWithCard } from './api.js';
import { WhenLoaded } from './common.js';
import { bandText, flagLabel, policyText } from './score-words.js';
import { GradeTag } from './score-grade.js';
import { contributionChart, maxPointsOf, useChartWords } from './score-chart.js';

/**
 * The factor's value as its field shows it, when the factor reads one field as it is; an age as
 * the completed units the bands read (满 2 年, not the 2.6 years a profile may show).
 */
function rawText(f: FactorExplanation, card: ScorecardDefinition | undefined, form: FormDefinition, lang: Lang, words: DisplayWords, t: TFunction): string {
  if (f.raw === null || f.raw === undefined) return EMPTY;
  const method = card?.factors.find((x) => x.id === f.id)?.method;
  if (method?.kind === 'bands' && method.unit !== undefined && typeof f.raw === 'number') return t(`runtime.score.age.${method.unit}`, { count: f.raw });
  const fieldId = method !== undefined && method.kind !== 'formula' && !('unit' in method && method.unit !== undefined) ? method.field : undefined;
  const field = form.fields.find((x) => x.id === fieldId);
  if (field !== undefined) return displayValue(field, f.raw, lang, words);
  return typeof f.raw === 'number' ? formatNumber(f.raw, lang, 2) : String(f.raw);
}

function Explained({ score, card, form }: { readonly score: ScoreExplanation; readonly card: ScorecardDefinition | undefined; readonly form: FormDefinition }) {
  const { t } = useTranslation();
  const lang = useLang();
  const words = useDisplayWords();
  const chartWords = useChartWords();
  const option = useMemo(() => {
    const names = new Map(score.factors.flatMap((f) => (f.name === null ? [] : [[f.id, f.name[lang]] as const])));
    return contributionChart(score.factors, names, maxPointsOf(card), lang, chartWords);
  }, [score.factors, card, lang, chartWords]);
  const overrideName = (id: string) => card?.overrides?.find((o) => o.id === id)?.name?.[lang] ?? id;
  // The field a factor scores, whose unit its bands' bounds are in.
  const catalog = useMemo(() => formCatalog(form), [form]);
  const scoredField = (factorId: string) => {
    const method = card?.factors.find((x) => x.id === factorId)?.method;
    return method !== undefined && 'field' in method && method.field !== undefined ? catalog.get(method.field) : undefined;
  };
  const flagName = (flag: string) => flagLabel(card, flag, lang);
  return (
    <div className="heng-stack" data-testid="score-panel">
      {score.total === null ? (
        <Alert type="warning" showIcon title={t('runtime.score.incomplete')} description={<FieldProblems problems={score.problems} />} />
      ) : (
        <Flex gap={32} align="center" wrap>
          <Statistic title={t('runtime.score.total')} value={formatNumber(score.total, lang, card?.precision ?? 2)} data-testid="score-total" />
          <div>
            <div className="heng-muted">{t('runtime.score.grade')}</div>
            {score.grade !== null && <GradeTag grade={score.grade} label={score.label} color={score.color} style={{ fontSize: 18, padding: '4px 12px', marginTop: 4 }} data-testid="score-grade" />}
            {score.bandGrade !== score.grade && <div className="heng-muted">{t('runtime.score.overridden', { grade: score.bandGrade })}</div>}
          </div>
        </Flex>
      )}
      <EChart option={option} height={Math.max(120, 34 * score.factors.length + 40)} label={t('runtime.score.chart')} />
      <Table<FactorExplanation>
        rowKey="id"
        size="small"
        pagination={false}
        data-testid="score-factors"
        dataSource={[...score.factors]}
        columns={[
          { key: 'name', title: t('runtime.score.factor'), render: (_, f) => f.name?.[lang] ?? f.id },
          { key: 'raw', title: t('runtime.score.raw'), render: (_, f) => (f.rawHidden ? <Typography.Text type="secondary">{t('runtime.score.hidden')}</Typography.Text> : rawText(f, card, form, lang, words, t)) },
          { key: 'band', title: t('runtime.score.band'), render: (_, f) => (f.missing !== null ? <Typography.Text type="secondary">{t(`runtime.score.missing.${f.missing}`)}</Typography.Text> : f.band === null ? EMPTY : bandText(card, f.id, f.band, scoredField(f.id), lang, t)) },
          { key: 'points', title: t('runtime.score.points'), align: 'right', render: (_, f) => formatNumber(f.points, lang, 2) },
          { key: 'weight', title: t('runtime.score.weight'), align: 'right', render: (_, f) => formatWeight(f.weight, lang) },
          { key: 'contribution', title: t('runtime.score.contribution'), align: 'right', render: (_, f) => formatNumber(f.contribution, lang, 2) },
        ]}
      />
      {score.overrides.length > 0 && (
        <div>
          <Typography.Title level={5}>{t('runtime.score.overrides')}</Typography.Title>
          {score.overrides.map((o) => (
            <div key={o.id}>
              {overrideName(o.id)}: {o.action.kind === 'flag' ? t('runtime.score.flag', { flag: flagName(o.action.flag) }) : t(`runtime.score.${o.action.kind}`, { grade: o.action.grade })}
            </div>
          ))}
        </div>
      )}
      {score.flags.length > 0 && (
        <div>
          <Typography.Text strong>{t('runtime.score.flags')}: </Typography.Text>
          {score.flags.map((f) => (
            <Tag key={f} color="red">{flagName(f)}</Tag>
          ))}
        </div>
      )}
      {Object.keys(score.outputs).length > 0 && (
        <div data-testid="score-outputs">
          {/* What the scorecard's policy gives this grade, which the record's own fields need not hold: rules and approvals write those. */}
          <Typography.Paragraph>
            <Typography.Text strong>{t('runtime.score.outputs')}</Typography.Text> <Typography.Text type="secondary">{t('runtime.score.outputsHint')}</Typography.Text>
          </Typography.Paragraph>
          <Flex gap={32} wrap>
            {Object.entries(score.outputs).map(([id, v]) => {
              const policy = card?.policies?.find((p) => p.id === id);
              return <Statistic key={id} title={policy?.name[lang] ?? id} value={policyText(policy, v, form, lang, words)} styles={{ content: { fontSize: 16 } }} />;
            })}
          </Flex>
        </div>
      )}
      <Typography.Text type="secondary" data-testid="score-version">
        {t('runtime.score.version', { scorecard: card?.name[lang] ?? score.scorecard, version: score.scorecardVersion, time: formatDateTime(score.scoredAt, lang) })}
      </Typography.Text>
    </div>
  );
}

/** The score tab of a record page, of the score the page loaded; a record not scored yet says so. */
export function ScorePanel({ form, loaded, onRetry }: { readonly form: FormDefinition; readonly loaded: Loaded<ScoreWithCard | undefined>; readonly onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <WhenLoaded loaded={loaded} onRetry={onRetry}>
      {(x) => (x === undefined ? <Alert type="info" showIcon title={t('runtime.score.none')} data-testid="no-score" /> : <Explained score={x.score} card={x.card} form={form} />)}
    </WhenLoaded>
  );
}
