/** @module One input per field type, holding the value as the record stores it: money in yuan, percent as a fraction, dates as ISO text. */
import type { ComputedField, FieldDefinition, FieldType } from '@heng/engine';
import { DatePicker, Input, Select } from 'antd';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import type { ComponentType } from 'react';
import type { RefCallBack } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { dateFormats, DayInput, pickerLocale } from '../components/day-input.js';
import { NumericInput } from '../components/numeric-input.js';
import { useLang } from '../i18n/use-lang.js';
import { ReferenceInput, UserInput } from './pickers.js';
import type { FilledRecord } from './reference-filter.js';

/** What every input gets; `field` is narrowed to its type by the registry. */
export interface InputProps<F extends FieldDefinition = FieldDefinition> {
  readonly field: F;
  readonly value: unknown;
  readonly onChange: (value: unknown) => void;
  readonly onBlur?: () => void;
  readonly inputRef?: RefCallBack;
  /** The id a label points at (a top-level field). */
  readonly id?: string;
  /** The accessible name when no label points at the input (a sub-table cell). */
  readonly ariaLabel?: string;
  readonly status?: 'error';
  /** The record the field is filled in on, for what a reference's filter compares with. */
  readonly record?: FilledRecord;
}

type Of<T extends FieldType> = Extract<FieldDefinition, { type: T }>;
const full = { width: '100%' };
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function TextInput({ value, onChange, onBlur, inputRef, id, ariaLabel, status }: InputProps) {
  return <Input ref={inputRef} id={id} aria-label={ariaLabel} status={status} value={str(value)} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />;
}

function LongTextInput({ value, onChange, onBlur, inputRef, id, ariaLabel, status }: InputProps) {
  return <Input.TextArea ref={inputRef} id={id} aria-label={ariaLabel} status={status} autoSize={{ minRows: 2, maxRows: 8 }} value={str(value)} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />;
}

function NumberInput(props: InputProps<Of<'number'>>) {
  return <NumericInput {...props} unit="plain" decimals={props.field.decimals} />;
}

function MoneyInput(props: InputProps<Of<'money'>>) {
  return <NumericInput {...props} unit="money" decimals={2} />;
}

/** A percentage as typed (85 is 85%), stored as the fraction (0.85). */
function PercentInput(props: InputProps<Of<'percent'>>) {
  return <NumericInput {...props} unit="percent" decimals={props.field.decimals} />;
}

function DateInput({ value, onChange, onBlur, inputRef, id, ariaLabel, status }: InputProps) {
  return <DayInput value={value} onChange={onChange} onBlur={onBlur} inputRef={inputRef} id={id} ariaLabel={ariaLabel} status={status} />;
}

function DatetimeInput({ value, onChange, onBlur, inputRef, id, ariaLabel, status }: InputProps) {
  const lang = useLang();
  const at = typeof value === 'string' && value !== '' ? dayjs(value).locale(pickerLocale(lang)) : null;
  const format = dateFormats(lang).map((f) => `${f} HH:mm`);
  // dayjs writes the browser's offset (2024-03-01T10:00:00+08:00): an instant the engine reads unambiguously.
  return <DatePicker ref={inputRef} id={id} aria-label={ariaLabel} status={status} style={full} showTime={{ format: 'HH:mm' }} format={format} value={at?.isValid() === true ? at : null} onChange={(d) => onChange(d === null ? undefined : d.format())} onBlur={onBlur} />;
}

function BooleanInput({ value, onChange, onBlur, inputRef, id, ariaLabel, status }: InputProps) {
  const { t } = useTranslation();
  const options = [{ value: 'true', label: t('common.yes') }, { value: 'false', label: t('common.no') }];
  return <Select ref={inputRef} id={id} aria-label={ariaLabel} status={status} style={full} allowClear options={options} value={typeof value === 'boolean' ? String(value) : undefined} onChange={(v?: string) => onChange(v === undefined ? undefined : v === 'true')} onBlur={onBlur} />;
}

function SingleSelectInput({ field, value, onChange, onBlur, inputRef, id, ariaLabel, status }: InputProps<Of<'single_select'>>) {
  const lang = useLang();
  const options = field.options.map((o) => ({ value: o.id, label: o.label[lang] }));
  return <Select ref={inputRef} id={id} aria-label={ariaLabel} status={status} style={full} allowClear showSearch={{ optionFilterProp: 'label' }} options={options} value={typeof value === 'string' ? value : undefined} onChange={(v?: string) => onChange(v)} onBlur={onBlur} />;
}

function MultiSelectInput({ field, value, onChange, onBlur, inputRef, id, ariaLabel, status }: InputProps<Of<'multi_select'>>) {
  const lang = useLang();
  const options = field.options.map((o) => ({ value: o.id, label: o.label[lang] }));
  return <Select ref={inputRef} id={id} aria-label={ariaLabel} status={status} style={full} mode="multiple" allowClear showSearch={{ optionFilterProp: 'label' }} options={options} value={Array.isArray(value) ? (value as string[]) : []} onChange={(v: string[]) => onChange(v)} onBlur={onBlur} />;
}

/**
 * The input of each field type that a person types or picks. Sub-tables (rows of these
 * inputs) and computed fields (formulas, lookups, rollups: never typed) are drawn by the record form itself.
 */
export const inputs = {
  text: TextInput,
  long_text: LongTextInput,
  number: NumberInput,
  money: MoneyInput,
  percent: PercentInput,
  date: DateInput,
  datetime: DatetimeInput,
  boolean: BooleanInput,
  single_select: SingleSelectInput,
  multi_select: MultiSelectInput,
  user: UserInput,
  reference: ReferenceInput,
} satisfies { [T in Exclude<FieldType, 'sub_table' | ComputedField['type']>]: ComponentType<InputProps<Of<T>>> };

/** A field type a person fills in. */
export type InputType = keyof typeof inputs;

/**
 * Whether people type or pick values of this field type (not a sub-table, not a computed field).
 *
 * @example
 * isInputType('money') // true
 */
export function isInputType(type: FieldType): type is InputType {
  return Object.hasOwn(inputs, type);
}

/**
 * The input of a field, widened so any field of an input type can be passed.
 *
 * @example
 * const Input = inputOf(field); <Input field={field} value={v} onChange={set} />
 */
export function inputOf(type: InputType): ComponentType<InputProps> {
  const all: Record<InputType, ComponentType<InputProps>> = inputs as Record<InputType, ComponentType<InputProps>>;
  return all[type];
}
