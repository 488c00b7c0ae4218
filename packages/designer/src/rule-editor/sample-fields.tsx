/** @module Inputs of a test run: the sample record's fields (formula fields shown computed) and the trigger's facts, each typed by kind. */
import type { Facts, FieldInfo } from '@heng/engine';
import { useTranslation } from 'react-i18next';
import { DayInput } from '../components/day-input.js';
import { ValueInput } from '../components/value-input.js';
import { useRuleEditor } from './editor-context.js';
import { displayTypeOf, showValue } from './show-value.js';

/**
 * `record` without `id` when `value` is undefined (a cleared input), else with it.
 *
 * @example
 * withValue({ region: 'east' }, 'region', undefined) // {}
 */
export function withValue(record: Facts, id: string, value: unknown): Facts {
  const { [id]: _old, ...rest } = record;
  return value === undefined ? rest : { ...rest, [id]: value };
}

export interface SampleFieldsProps {
  /** Facts to type, described by the catalog. */
  readonly inputs: readonly FieldInfo[];
  /** Formula fields, shown from `computed`. */
  readonly computed?: readonly string[];
  readonly values: Facts;
  readonly computedValues?: Facts;
  readonly onChange: (next: Facts) => void;
  readonly testId: string;
}

/** A grid of inputs, two per row. */
export function SampleFields({ inputs, computed = [], values, computedValues = {}, onChange, testId }: SampleFieldsProps) {
  const { form, lang, fieldText, optionText } = useRuleEditor();
  return (
    <div className="heng-sample-grid" data-testid={testId}>
      {inputs.map((info) => (
        <label key={info.id} className="heng-sample-field" data-sample={info.id}>
          <span className="heng-ellipsis">{fieldText(info.id)}</span>
          <ValueInput
            field={info}
            form={form}
            label={fieldText(info.id)}
            value={values[info.id]}
            allowClear
            optionText={(o) => optionText(info.id, o)}
            onChange={(v) => onChange(withValue(values, info.id, v))}
          />
        </label>
      ))}
      {computed.map((id) => (
        <div key={id} className="heng-sample-field is-computed">
          <span className="heng-ellipsis">{fieldText(id)}</span>
          <span className="heng-computed" data-testid={`computed-${id}`}>
            {showValue(id, computedValues[id], { form, lang, none: '—', ...displayTypeOf(form, id) })}
          </span>
        </div>
      ))}
    </div>
  );
}

/** The day the rules run on, for `today` and due dates. */
export function TodayInput({ value, onChange }: { readonly value: string; readonly onChange: (today: string) => void }) {
  const { t } = useTranslation();
  return (
    <label className="heng-sample-field">
      <span>{t('ruleEditor.test.today')}</span>
      <DayInput ariaLabel={t('ruleEditor.test.today')} value={value} allowClear={false} onChange={(day) => day !== undefined && onChange(day)} />
    </label>
  );
}
