/** @module A section of the record form and each field in it: label, input (or value, when it cannot be changed), problems. */
import { isComputed } from '@heng/engine';
import type { FieldAccess, FieldDefinition, FormDefinition, FormRecord, SectionDefinition } from '@heng/engine';
import { Card, Col, Form, Row, Typography } from 'antd';
import { Controller, get, useFormContext, useFormState, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/use-lang.js';
import type { DisplayWords } from './display-value.js';
import { inputOf, isInputType } from './field-input.js';
import { isTypedText } from './form-model.js';
import type { NumericType } from './form-model.js';
import { errorText } from './problem-errors.js';
import { SubTableInput } from './sub-table-input.js';
import { useLookupLink } from './lookup-links.js';
import { RecordLink } from './pickers.js';
import { ValueView } from './value-view.js';

interface FieldItemProps {
  readonly form: FormDefinition;
  readonly field: FieldDefinition;
  /** The user may change it here: writable for their roles (never a computed field), the form not read-only. */
  readonly editable: boolean;
  /** It must be filled in for the record as it is now: required, or its `requiredWhen` holds. */
  readonly required: boolean;
  readonly computed: FormRecord;
  readonly words: DisplayWords;
  /** The record is new: its serial numbers come when it is saved. */
  readonly creating: boolean;
}

function FieldBody({ form, field, editable, computed, words, creating }: FieldItemProps) {
  const { t } = useTranslation();
  const { control } = useFormContext();
  const linked = useLookupLink(field.id);
  const value = computed[field.id];
  if (field.type === 'serial' && creating) return <Typography.Text type="secondary">{t('runtime.form.serialOnSave')}</Typography.Text>;
  if (linked !== undefined && typeof value === 'string' && value !== '') return <RecordLink formId={linked} id={value} />;
  if (field.type === 'sub_table' && editable) return <SubTableInput field={field} computed={computed} words={words} />;
  if (!editable || !isInputType(field.type)) return <ValueView field={field} value={computed[field.id]} words={words} />;
  const Input = inputOf(field.type);
  return (
    <Controller
      control={control}
      name={field.id}
      render={({ field: f, fieldState }) => {
        const wrong = fieldState.error !== undefined || (fieldState.isTouched && isTypedText(field.type, f.value));
        return <Input field={field} value={f.value} onChange={f.onChange} onBlur={f.onBlur} inputRef={f.ref} id={`field-${field.id}`} status={wrong ? 'error' : undefined} record={{ form, values: computed }} />;
      }}
    />
  );
}

/** One field with its label and its problems (engine's or server's) under it. */
function FieldItem(props: FieldItemProps) {
  const { field, editable, required } = props;
  const { t } = useTranslation();
  const lang = useLang();
  const { control } = useFormContext();
  const { errors, touchedFields } = useFormState({ control, name: field.id });
  const value: unknown = useWatch({ control, name: field.id });
  // Text that is no number is pointed out once the input is left, not only when saving.
  const notNumber = get(touchedFields, field.id) === true && isTypedText(field.type, value) ? t(`runtime.form.notANumber.${field.type as NumericType}`) : undefined;
  const problem = errorText(get(errors, field.id), lang) ?? notNumber;
  const typed = editable && field.type !== 'sub_table';
  return (
    <Form.Item
      label={field.label[lang]}
      htmlFor={typed ? `field-${field.id}` : undefined}
      required={editable && required}
      tooltip={isComputed(field) ? t('runtime.form.computed') : undefined}
      validateStatus={problem === undefined ? undefined : 'error'}
      help={problem}
      extra={field.help?.[lang]}
    >
      <FieldBody {...props} />
    </Form.Item>
  );
}

export interface SectionBlockProps {
  readonly form: FormDefinition;
  readonly section: SectionDefinition;
  readonly access: Readonly<Record<string, FieldAccess>>;
  readonly isVisible: (id: string, record: FormRecord) => boolean;
  readonly isRequired: (id: string, record: FormRecord) => boolean;
  readonly computed: FormRecord;
  readonly readOnly: boolean;
  readonly words: DisplayWords;
  /** The record is new (not saved yet). */
  readonly creating: boolean;
}

/** A section's fields in its columns; fields hidden from the roles or by their condition are left out, and an empty section too. */
export function SectionBlock({ form, section, access, isVisible, isRequired, computed, readOnly, words, creating }: SectionBlockProps) {
  const lang = useLang();
  const fields = section.fields
    .map((id) => form.fields.find((f) => f.id === id))
    .filter((f): f is FieldDefinition => f !== undefined && access[f.id] !== 'hidden' && isVisible(f.id, computed));
  if (fields.length === 0) return null;
  // A draft in the designer may hold any number here; the schema allows 1 to 4.
  const span = 24 / ([1, 2, 3, 4].includes(section.columns) ? section.columns : 1);
  return (
    <Card size="small" title={section.label[lang]} data-section={section.id}>
      <Row gutter={16}>
        {fields.map((f) => (
          <Col key={f.id} span={f.type === 'sub_table' ? 24 : span} data-field={f.id}>
            <FieldItem form={form} field={f} editable={!readOnly && access[f.id] === 'write'} required={isRequired(f.id, computed)} computed={computed} words={words} creating={creating} />
          </Col>
        ))}
      </Row>
    </Card>
  );
}
