/** @module The selected chart's settings: title, type, form, grouping, series, metric, order, limit and condition, each with its problems. */
import { CHART_TYPES, chartTypes, formCatalog, metricUnit } from '@heng/engine';
import type { ChartDefinition, ChartSort, ChartType, ChartTypeSpec, FormDefinition, Problem } from '@heng/engine';
import { Button, Card, Checkbox, Form, InputNumber, Select } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ConditionBuilder } from '../components/condition-builder.js';
import { FieldProblems, statusOf } from '../components/field-problems.js';
import { LocalizedInput } from '../components/localized-input.js';
import type { CompanyContext } from '../definitions/context.js';
import { useLang } from '../i18n/use-lang.js';
import { problemsAt, problemsUnder } from '../ops/index.js';
import { setChartForm, setChartType, setDimension, setMetric, setMetricLabel, setPart } from './chart-ops.js';
import { chartFields, GROUP_KINDS } from './field-choices.js';
import { DimensionInput } from './dimension-input.js';
import { MetricInput } from './metric-input.js';

export interface ChartFormProps {
  readonly chart: ChartDefinition;
  /** The chart's JSON Pointer (`/charts/2`). */
  readonly path: string;
  readonly problems: readonly Problem[];
  readonly company: CompanyContext;
  /** `key` names the edited input, so typing into it undoes as one step. */
  readonly onChange: (update: (chart: ChartDefinition) => ChartDefinition, key?: string) => void;
}

const SORTS: Record<string, ChartSort | undefined> = {
  default: undefined,
  valueDesc: { by: 'value', order: 'desc' },
  valueAsc: { by: 'value', order: 'asc' },
  groupAsc: { by: 'group', order: 'asc' },
  groupDesc: { by: 'group', order: 'desc' },
};
const sortKey = (s: ChartSort | undefined) => (s === undefined ? 'default' : `${s.by}${s.order === 'asc' ? 'Asc' : 'Desc'}`);
const NO_GRADES: never[] = [];

/** The where-condition, added on demand, built with the form's fields. */
function WhereInput({ chart, form, path, problems, onChange }: { readonly chart: ChartDefinition; readonly form: FormDefinition | undefined; readonly path: string; readonly problems: readonly Problem[]; readonly onChange: ChartFormProps['onChange'] }) {
  const { t } = useTranslation();
  const catalog = useMemo(() => (form === undefined ? undefined : formCatalog(form)), [form]);
  if (form === undefined || catalog === undefined) return null;
  if (chart.where === undefined) return <Button size="small" onClick={() => onChange((c) => setPart(c, 'where', { all: [] }))} data-testid="chart-where-add">{t('dashboards.editor.addWhere')}</Button>;
  return (
    <div className="heng-stack" style={{ gap: 6 }} data-testid="chart-where">
      <ConditionBuilder value={chart.where} onChange={(where, key) => onChange((c) => setPart(c, 'where', where), key === undefined ? undefined : `where:${key}`)} catalog={catalog} form={form} grades={NO_GRADES} problems={problems} path={`${path}/where`} compareFields={false} />
      <Button size="small" type="link" style={{ alignSelf: 'flex-start', padding: 0 }} onClick={() => onChange((c) => setPart(c, 'where', undefined))}>{t('dashboards.editor.removeWhere')}</Button>
    </div>
  );
}

/**
 * The settings of one chart.
 *
 * @example
 * <ChartForm chart={chart} path="/charts/0" problems={problems} company={company} onChange={(u, key) => apply((d) => updateChart(d, chart.id, u), key)} />
 */
export function ChartForm({ chart, path, problems, company, onChange }: ChartFormProps) {
  const { t } = useTranslation();
  const lang = useLang();
  // A type the engine does not know (an imported draft) is edited as a bar chart: its problem shows on the type.
  const spec: ChartTypeSpec = chartTypes[chart.type] ?? chartTypes.bar;
  const groupFields = useMemo(() => chartFields(chart.form, company.forms, company.ctx, spec.bucket === 'width' ? ['number'] : GROUP_KINDS, lang, spec.bucket !== 'width'), [chart.form, company, spec.bucket, lang]);
  const seriesFields = useMemo(() => chartFields(chart.form, company.forms, company.ctx, GROUP_KINDS, lang, true), [chart.form, company, lang]);
  const numbers = useMemo(() => chartFields(chart.form, company.forms, company.ctx, ['number'], lang, false), [chart.form, company, lang]);
  const form = company.forms.get(chart.form);
  // Only plain numbers may be days: a count, money or a percentage says its own unit.
  const mayBeDays = useMemo(() => chart.unit !== undefined || (form !== undefined && metricUnit(chart.metric, formCatalog(form)) === 'number'), [chart.unit, chart.metric, form]);
  const at = (part: string) => `${path}/${part}`;
  const item = (part: string, exact = false) => {
    const mine = exact ? problemsAt(problems, at(part)) : problemsUnder(problems, at(part));
    // No empty `extra`: antd keeps room under the input for one.
    return { status: statusOf(mine), extra: mine.length === 0 ? undefined : <FieldProblems problems={mine} /> };
  };
  return (
    <Card size="small" title={chart.title[lang] || chart.id} data-testid="chart-form" data-chart={chart.id}>
      <FieldProblems problems={problemsAt(problems, path)} />
      <Form layout="vertical" component="div">
        <Form.Item label={t('dashboards.editor.title')} extra={item('title').extra}>
          <LocalizedInput label={t('dashboards.editor.title')} value={chart.title} status={item('title').status} onChange={(title) => onChange((c) => setPart(c, 'title', title), at('title'))} />
        </Form.Item>
        <Form.Item label={t('dashboards.editor.type')} extra={item('type').extra}>
          <Select aria-label={t('dashboards.editor.type')} status={item('type').status} value={chart.type} options={CHART_TYPES.map((ty) => ({ value: ty, label: chartTypes[ty].label[lang] }))} onChange={(ty: ChartType) => onChange((c) => setChartType(c, ty))} data-testid="chart-type" />
        </Form.Item>
        <Form.Item label={t('dashboards.editor.form')} extra={item('form', true).extra}>
          <Select
            aria-label={t('dashboards.editor.form')}
            status={item('form', true).status}
            value={chart.form === '' ? undefined : chart.form}
            options={[...(chart.form !== '' && !company.forms.has(chart.form) ? [{ value: chart.form, label: chart.form }] : []), ...company.formChoices.map((f) => ({ value: f.id, label: `${f.name[lang]} (${f.id})` }))]}
            onChange={(form: string) => onChange((c) => setChartForm(c, form))}
            data-testid="chart-form-select"
          />
        </Form.Item>
        {(spec.groupBy === 'required' || chart.groupBy !== undefined) && (
          <Form.Item label={t('dashboards.editor.groupBy')} extra={spec.bucket === 'width' ? t('dashboards.editor.widthHint') : undefined}>
            <DimensionInput value={chart.groupBy} onChange={(d, key) => onChange((c) => setDimension(c, 'groupBy', d), key)} fields={groupFields} problems={problems} path={at('groupBy')} label={t('dashboards.editor.groupBy')} widthRequired={spec.bucket === 'width'} clearable={spec.groupBy !== 'required'} testId="chart-group" />
          </Form.Item>
        )}
        {(spec.series || chart.series !== undefined) && (
          <Form.Item label={t('dashboards.editor.series')}>
            <DimensionInput value={chart.series} onChange={(d, key) => onChange((c) => setDimension(c, 'series', d), key)} fields={seriesFields} problems={problems} path={at('series')} label={t('dashboards.editor.series')} placeholder={t('dashboards.editor.noSeries')} clearable testId="chart-series" />
          </Form.Item>
        )}
        <Form.Item label={t('dashboards.editor.metric')}>
          <MetricInput value={chart.metric} onChange={(m, key) => onChange((c) => setMetric(c, m), key)} numbers={numbers} problems={problems} path={at('metric')} />
        </Form.Item>
        <Form.Item label={t('dashboards.editor.metricLabel')} extra={item('metricLabel').extra ?? t('dashboards.editor.metricLabelHint')}>
          <LocalizedInput label={t('dashboards.editor.metricLabel')} value={chart.metricLabel ?? { en: '', 'zh-CN': '' }} status={item('metricLabel').status} onChange={(label) => onChange((c) => setMetricLabel(c, label), at('metricLabel'))} />
        </Form.Item>
        {mayBeDays && (
          <Form.Item extra={item('unit').extra ?? t('dashboards.editor.inDaysHint')}>
            <Checkbox checked={chart.unit === 'days'} onChange={(e) => onChange((c) => setPart(c, 'unit', e.target.checked ? 'days' : undefined))} data-testid="chart-in-days">{t('dashboards.editor.inDays')}</Checkbox>
          </Form.Item>
        )}
        {spec.groupBy === 'required' && (
          <Form.Item label={t('dashboards.editor.sort')} extra={item('sort').extra}>
            <Select aria-label={t('dashboards.editor.sort')} value={sortKey(chart.sort)} options={Object.keys(SORTS).map((k) => ({ value: k, label: t(`dashboards.editor.${k === 'default' ? 'sortDefault' : (k as 'valueDesc')}`) }))} onChange={(k: string) => onChange((c) => setPart(c, 'sort', SORTS[k]))} />
          </Form.Item>
        )}
        {spec.groupBy === 'required' && (
          <Form.Item label={t('dashboards.editor.limit')} extra={item('limit').status === undefined ? t('dashboards.editor.limitHint') : item('limit').extra}>
            <InputNumber aria-label={t('dashboards.editor.limit')} status={item('limit').status} min={1} precision={0} value={chart.limit ?? null} onChange={(n) => onChange((c) => setPart(c, 'limit', typeof n === 'number' ? n : undefined), at('limit'))} style={{ width: 220 }} />
          </Form.Item>
        )}
        <Form.Item label={t('dashboards.editor.where')}>
          <WhereInput chart={chart} form={form} path={path} problems={problems} onChange={onChange} />
        </Form.Item>
      </Form>
    </Card>
  );
}
