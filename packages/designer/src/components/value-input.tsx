/** @module A value typed the way its field holds it: options picked, yes/no chosen, numbers as people type them (percent in %, money in ¥, 万/亿), dates as dates. */
import type { FieldInfo, FormDefinition, GradeBand } from '@heng/engine';
import { Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { unitOfType } from '../format/units.js';
import { optionLabel } from '../scorecard/fields.js';
import { useLang } from '../i18n/use-lang.js';
import { DayInput } from './day-input.js';
import { NumericInput } from './numeric-input.js';

/** `scalar`: one value; `list`: several (for "is one of"); `element`: one element of a list field (for "contains"). */
export type ValueMode = 'scalar' | 'list' | 'element';

export interface ValueInputProps {
  readonly field: FieldInfo;
  readonly form: FormDefinition;
  readonly grades?: readonly GradeBand[];
  readonly mode?: ValueMode;
  readonly value: unknown;
  /** `undefined` when cleared. */
  readonly onChange: (value: unknown) => void;
  readonly status?: 'error';
  readonly label: string;
  readonly allowClear?: boolean;
  /** The text of an option when the form has no label for it (`changed_fields` holds field ids). */
  readonly optionText?: (option: string) => string | undefined;
}

/** One input for a value of `field`. */
export function ValueInput({ field, form, grades = [], mode = 'scalar', value, onChange, status, label, allowClear = false, optionText }: ValueInputProps) {
  const { t } = useTranslation();
  const lang = useLang();
  const width = { width: '100%' };
  // Without grade bands at hand (a rule set's score trigger), `grade` takes its field's own options, or text.
  const options = field.id === 'grade' && grades.length > 0 ? grades.map((g) => g.grade) : field.options;
  if (options !== undefined) {
    const choices = options.map((o) => ({ value: o, label: optionText?.(o) ?? optionLabel(form, field.id, o, lang, grades) }));
    const multiple = mode === 'list' || (field.kind === 'list' && mode !== 'element');
    // Several are found by what they are called, not their ids, when typed into.
    return <Select aria-label={label} status={status} style={width} allowClear={allowClear} mode={multiple ? 'multiple' : undefined} showSearch={multiple ? { optionFilterProp: 'label' } : undefined} options={choices} value={value as string | string[] | undefined} onChange={(v: unknown) => onChange(v)} />;
  }
  if (field.kind === 'boolean') {
    const choices = [{ value: 'true', label: t('common.yes') }, { value: 'false', label: t('common.no') }];
    return <Select aria-label={label} status={status} style={width} allowClear={allowClear} options={choices} value={typeof value === 'boolean' ? String(value) : undefined} onChange={(v?: string) => onChange(v === undefined ? undefined : v === 'true')} />;
  }
  if (mode === 'list') {
    const asValue = (s: string): string | number => (field.kind === 'number' && s.trim() !== '' && Number.isFinite(Number(s)) ? Number(s) : s);
    const shown = Array.isArray(value) ? value.map(String) : [];
    return <Select aria-label={label} status={status} style={width} mode="tags" open={false} value={shown} onChange={(v: string[]) => onChange(v.map(asValue))} />;
  }
  if (field.kind === 'number') {
    const unit = unitOfType(field.type);
    return <NumericInput unit={unit} decimals={unit === 'money' ? 2 : undefined} ariaLabel={label} status={status} value={typeof value === 'number' ? value : undefined} strict onChange={onChange} />;
  }
  if (field.kind === 'date') {
    return <DayInput ariaLabel={label} status={status} value={value} allowClear={allowClear} onChange={onChange} />;
  }
  return <Input aria-label={label} status={status} allowClear={allowClear} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange(e.target.value)} />;
}
