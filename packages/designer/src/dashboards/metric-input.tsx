/** @module What a chart counts: records, a sum or average of a number field, or a ratio of two of these with a scale. */
import { isRatio } from '@heng/engine';
import type { Aggregate, AggregateMetric, Metric, Problem } from '@heng/engine';
import { Flex, InputNumber, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FieldProblems, statusOf } from '../components/field-problems.js';
import { problemsAt, problemsUnder } from '../ops/index.js';
import type { ChartField } from './field-choices.js';

export interface MetricInputProps {
  readonly value: Metric;
  readonly onChange: (next: Metric, key?: string) => void;
  /** The chart form's number fields. */
  readonly numbers: readonly ChartField[];
  readonly problems: readonly Problem[];
  /** The metric's JSON Pointer (`/charts/0/metric`). */
  readonly path: string;
}

type Mode = Aggregate | 'ratio';
const AGGREGATES: readonly Aggregate[] = ['count', 'sum', 'avg', 'min', 'max'];

/**
 * An aggregate with a number field, or a count, named `label` (统计值, 分子, 分母) so each of a
 * ratio's reads apart; `onRatio` set: the mode list offers a ratio too, which it starts.
 */
function AggregateInput({ value, onChange, numbers, problems, path, label, onRatio }: { readonly value: AggregateMetric; readonly onChange: (m: AggregateMetric) => void; readonly numbers: readonly ChartField[]; readonly problems: readonly Problem[]; readonly path: string; readonly label: string; readonly onRatio?: () => void }) {
  const { t } = useTranslation();
  const fieldProblems = problemsAt(problems, `${path}/field`);
  const modes: Mode[] = onRatio === undefined ? [...AGGREGATES] : [...AGGREGATES, 'ratio'];
  const pick = (mode: Mode) => {
    if (mode === 'ratio') onRatio?.();
    else onChange(mode === 'count' ? { aggregate: mode } : { aggregate: mode, field: value.field ?? numbers[0]?.value ?? '' });
  };
  return (
    <Flex gap={8} wrap align="center">
      <Select aria-label={label} style={{ width: 200 }} value={value.aggregate} options={modes.map((m) => ({ value: m, label: t(`dashboards.editor.${m}`) }))} onChange={pick} data-testid={`metric${path.slice(path.indexOf('/metric') + 7).replaceAll('/', '-')}-aggregate`} />
      {value.aggregate !== 'count' && (
        <Select
          aria-label={t('dashboards.editor.fieldOf', { of: label })}
          style={{ minWidth: 200 }}
          status={statusOf(fieldProblems)}
          value={value.field === '' ? undefined : value.field}
          placeholder={t('dashboards.editor.fieldPlaceholder')}
          options={numbers.map((f) => ({ value: f.value, label: f.label }))}
          onChange={(field: string) => onChange({ aggregate: value.aggregate, field })}
        />
      )}
    </Flex>
  );
}

/**
 * The metric of a chart, its problems under it.
 *
 * @example
 * <MetricInput value={chart.metric} onChange={(m) => apply(setMetric(chart, m))} numbers={numbers} problems={problems} path="/charts/0/metric" />
 */
export function MetricInput({ value, onChange, numbers, problems, path }: MetricInputProps) {
  const { t } = useTranslation();
  const all = <FieldProblems problems={problemsUnder(problems, path)} />;
  if (!isRatio(value)) {
    return (
      <div className="heng-stack" style={{ gap: 6 }}>
        <AggregateInput value={value} onChange={onChange} numbers={numbers} problems={problems} path={path} label={t('dashboards.editor.metric')} onRatio={() => onChange({ ratio: [value, { aggregate: 'count' }] })} />
        {all}
      </div>
    );
  }
  const [a, b] = value.ratio;
  const scale = value.scale;
  const scaleMode = scale === undefined ? 'none' : scale === 'bucketDays' ? 'days' : 'number';
  const scaleProblems = problemsAt(problems, `${path}/scale`);
  return (
    <div className="heng-stack" style={{ gap: 6 }} data-testid="metric-ratio">
      <Select aria-label={t('dashboards.editor.metric')} style={{ width: 200 }} value="ratio" options={[...AGGREGATES, 'ratio'].map((m) => ({ value: m, label: t(`dashboards.editor.${m as Mode}`) }))} onChange={(m: Mode) => m !== 'ratio' && onChange(m === 'count' ? { aggregate: m } : { aggregate: m, field: a.field ?? numbers[0]?.value ?? '' })} />
      <Flex gap={8} align="center" wrap>
        <Typography.Text style={{ minWidth: 40 }}>{t('dashboards.editor.numerator')}</Typography.Text>
        <AggregateInput value={a} onChange={(m) => onChange({ ...value, ratio: [m, b] })} numbers={numbers} problems={problems} path={`${path}/ratio/0`} label={t('dashboards.editor.numeratorValue')} />
      </Flex>
      <Flex gap={8} align="center" wrap>
        <Typography.Text style={{ minWidth: 40 }}>{t('dashboards.editor.denominator')}</Typography.Text>
        <AggregateInput value={b} onChange={(m) => onChange({ ...value, ratio: [a, m] })} numbers={numbers} problems={problems} path={`${path}/ratio/1`} label={t('dashboards.editor.denominatorValue')} />
      </Flex>
      <Flex gap={8} align="center" wrap>
        <Typography.Text>{t('dashboards.editor.scale')}</Typography.Text>
        <Select
          aria-label={t('dashboards.editor.scale')}
          style={{ width: 300 }}
          status={statusOf(scaleProblems)}
          value={scaleMode}
          options={[{ value: 'none', label: t('dashboards.editor.scaleNone') }, { value: 'days', label: t('dashboards.editor.scaleDays') }, { value: 'number', label: t('dashboards.editor.scaleNumber') }]}
          onChange={(m: string) => onChange(m === 'none' ? { ratio: value.ratio } : { ratio: value.ratio, scale: m === 'days' ? 'bucketDays' : 100 })}
        />
        {typeof scale === 'number' && <InputNumber aria-label={t('dashboards.editor.scaleNumber')} value={scale} onChange={(n) => typeof n === 'number' && onChange({ ratio: value.ratio, scale: n }, `${path}/scale`)} />}
      </Flex>
      {all}
    </div>
  );
}
