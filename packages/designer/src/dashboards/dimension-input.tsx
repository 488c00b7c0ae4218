/** @module How a chart groups: a field (its own form's, or one reference away) and, for dates and numbers, its bucket. */
import type { Dimension, Problem } from '@heng/engine';
import { Flex, InputNumber, Segmented, Select, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { FieldProblems, statusOf } from '../components/field-problems.js';
import { problemsUnder } from '../ops/index.js';
import type { ChartField } from './field-choices.js';

export interface DimensionInputProps {
  readonly value: Dimension | undefined;
  /** undefined: no grouping (only where `clearable`). */
  readonly onChange: (next: Dimension | undefined, key?: string) => void;
  readonly fields: readonly ChartField[];
  readonly problems: readonly Problem[];
  /** The dimension's JSON Pointer (`/charts/0/groupBy`). */
  readonly path: string;
  readonly label: string;
  readonly clearable?: boolean;
  /** A histogram: the width is required. */
  readonly widthRequired?: boolean;
  readonly placeholder?: string;
  readonly testId: string;
}

/** The bucket a newly picked field starts with: months for dates, none otherwise (a histogram keeps its width). */
function bucketFor(field: ChartField | undefined, previous: Dimension | undefined, widthRequired: boolean): Dimension['bucket'] {
  const kind = field?.info.kind;
  if (kind === 'date' || kind === 'datetime') return typeof previous?.bucket === 'string' ? previous.bucket : 'month';
  if (kind === 'number' && typeof previous?.bucket === 'object') return previous.bucket;
  return kind === 'number' && widthRequired ? { width: 10 } : undefined;
}

/**
 * A field picker with the bucket its kind takes: month or quarter for a date, a range width (and
 * optionally the top of the scale) for a number.
 *
 * @example
 * <DimensionInput value={chart.groupBy} onChange={…} fields={fields} problems={problems} path="/charts/0/groupBy" label="Group by" testId="chart-group" />
 */
export function DimensionInput({ value, onChange, fields, problems, path, label, clearable = false, widthRequired = false, placeholder, testId }: DimensionInputProps) {
  const { t } = useTranslation();
  const picked = fields.find((f) => f.value === value?.field);
  const kind = picked?.info.kind;
  const bucket = value?.bucket;
  const mine = problemsUnder(problems, path);
  const pick = (field: string | undefined) => {
    if (field === undefined) return onChange(undefined);
    const b = bucketFor(fields.find((f) => f.value === field), value, widthRequired);
    onChange(b === undefined ? { field } : { field, bucket: b });
  };
  return (
    <div className="heng-stack" style={{ gap: 6 }}>
      <Flex gap={8} wrap>
        <Select
          aria-label={label}
          showSearch={{ optionFilterProp: 'label' }}
          allowClear={clearable}
          placeholder={placeholder ?? t('dashboards.editor.fieldPlaceholder')}
          style={{ minWidth: 240, flex: 1 }}
          status={statusOf(mine)}
          value={value?.field}
          options={[...(value !== undefined && picked === undefined ? [{ value: value.field, label: value.field }] : []), ...fields.map((f) => ({ value: f.value, label: f.label }))]}
          onChange={(v: string | undefined) => pick(v)}
          data-testid={testId}
        />
        {value !== undefined && (kind === 'date' || kind === 'datetime') && (
          <Segmented
            value={typeof bucket === 'string' ? bucket : 'month'}
            options={[{ value: 'month', label: t('dashboards.editor.month') }, { value: 'quarter', label: t('dashboards.editor.quarter') }]}
            onChange={(b) => onChange({ field: value.field, bucket: b as 'month' | 'quarter' })}
          />
        )}
        {value !== undefined && kind === 'number' && (
          <InputNumber
            aria-label={t('dashboards.editor.widthOf', { of: label })}
            placeholder={t('dashboards.editor.width')}
            min={0}
            style={{ width: 150 }}
            value={typeof bucket === 'object' ? bucket.width : null}
            onChange={(w) => onChange(typeof w === 'number' && w > 0 ? { field: value.field, bucket: { ...(typeof bucket === 'object' ? bucket : {}), width: w } } : { field: value.field }, `${path}/width`)}
            data-testid={`${testId}-width`}
          />
        )}
        {value !== undefined && typeof bucket === 'object' && (
          <Tooltip title={t('dashboards.editor.scaleTopHint')}>
            <InputNumber
              aria-label={t('dashboards.editor.scaleTopOf', { of: label })}
              placeholder={t('dashboards.editor.scaleTop')}
              style={{ width: 150 }}
              value={bucket.max ?? null}
              onChange={(m) => onChange({ field: value.field, bucket: typeof m === 'number' ? { width: bucket.width, max: m } : { width: bucket.width } }, `${path}/max`)}
              data-testid={`${testId}-max`}
            />
          </Tooltip>
        )}
      </Flex>
      <FieldProblems problems={mine} />
    </div>
  );
}
