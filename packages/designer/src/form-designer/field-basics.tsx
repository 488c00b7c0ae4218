/** @module A field's basic properties: id, label, help, required (always or when a condition holds), default value and decimals. */
import { fieldInfo, isComputed } from '@heng/engine';
import type { FieldDefinition } from '@heng/engine';
import { Checkbox, Form, InputNumber, Switch } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldProblems, statusOf } from '../components/field-problems.js';
import { LocalizedInput } from '../components/localized-input.js';
import { ValueInput } from '../components/value-input.js';
import { patchField, setHelp, setRequired } from '../ops/form-props.js';
import { problemsUnder } from '../ops/problems.js';
import { refKey, useDesigner } from './designer-context.js';
import { FieldConditionEditor } from './field-condition-editor.js';
import type { FieldEditorProps } from './designer-context.js';
import { IdInput } from './id-input.js';

/** Types whose default is typed in; people, records, rows and computed values have none. */
const WITH_DEFAULT = new Set<FieldDefinition['type']>(['text', 'long_text', 'number', 'money', 'percent', 'date', 'boolean', 'single_select', 'multi_select']);

function hasDecimals(field: FieldDefinition): boolean {
  if (field.type === 'formula') return field.resultType === 'number' || field.resultType === 'percent';
  return field.type === 'number' || field.type === 'percent';
}

/** The properties every field has, what only its type has (`children`, after the id), and decimals where the type has them. */
export function FieldBasics({ field, fieldRef, path, children }: FieldEditorProps & { readonly children?: ReactNode }) {
  const { t } = useTranslation();
  const { def, problems, apply } = useDesigner();
  const key = refKey(fieldRef);
  const at = (prop: string) => problemsUnder(problems, `${path}/${prop}`);
  const blank = { 'zh-CN': '', en: '' };
  return (
    <Form layout="vertical" component="div" className="fd-panel-form">
      <Form.Item label={t('formDesigner.field.label')} data-testid="field-label">
        <LocalizedInput value={field.label} status={statusOf(at('label'))} onChange={(label) => apply((d) => patchField(d, fieldRef, { label }), `label:${key}`)} />
        <FieldProblems problems={at('label')} />
      </Form.Item>
      <Form.Item label={t('formDesigner.field.id')} tooltip={t('formDesigner.field.idHint')}>
        <IdInput fieldRef={fieldRef} />
        <FieldProblems problems={at('id')} />
      </Form.Item>
      {children}
      {!isComputed(field) && (
        <Form.Item label={t('formDesigner.field.required')} extra={t('formDesigner.field.requiredHint')}>
          <Switch checked={field.required === true} aria-label={t('formDesigner.field.required')} onChange={(on) => apply((d) => setRequired(d, fieldRef, on))} />
          <FieldProblems problems={at('required')} />
        </Form.Item>
      )}
      {/* Columns have no conditions; a field always required needs none, unless it has one to take off. */}
      {!isComputed(field) && fieldRef.table === undefined && (field.required !== true || field.requiredWhen !== undefined) && (
        <Form.Item label={t('formDesigner.field.requiredWhen')}>
          <FieldConditionEditor field={field} fieldRef={fieldRef} path={path} prop="requiredWhen" />
        </Form.Item>
      )}
      {WITH_DEFAULT.has(field.type) && (
        <Form.Item label={t('formDesigner.field.default')}>
          {!(field.type === 'date' && field.default === 'today') && (
            <ValueInput
              label={t('formDesigner.field.default')}
              field={fieldInfo(field)}
              form={def}
              value={field.default}
              allowClear
              status={statusOf(at('default'))}
              onChange={(v) => apply((d) => patchField(d, fieldRef, { default: v === '' || v === null ? undefined : v }), `default:${key}`)}
            />
          )}
          {field.type === 'date' && fieldRef.table === undefined && (
            <Checkbox checked={field.default === 'today'} onChange={(e) => apply((d) => patchField(d, fieldRef, { default: e.target.checked ? 'today' : undefined }))}>
              {t('formDesigner.field.defaultToday')}
            </Checkbox>
          )}
          <FieldProblems problems={at('default')} />
        </Form.Item>
      )}
      {field.type === 'user' && fieldRef.table === undefined && (
        <Form.Item label={t('formDesigner.field.default')}>
          <Checkbox checked={field.default === 'me'} onChange={(e) => apply((d) => patchField(d, fieldRef, { default: e.target.checked ? 'me' : undefined }))}>
            {t('formDesigner.field.defaultMe')}
          </Checkbox>
          <FieldProblems problems={at('default')} />
        </Form.Item>
      )}
      {hasDecimals(field) && (
        <Form.Item label={t('formDesigner.field.decimals')} extra={field.type === 'percent' || (field.type === 'formula' && field.resultType === 'percent') ? t('formDesigner.field.decimalsPercent') : undefined}>
          <InputNumber
            min={0}
            max={6}
            precision={0}
            placeholder={t('formDesigner.field.decimalsAny')}
            aria-label={t('formDesigner.field.decimals')}
            value={'decimals' in field ? field.decimals : undefined}
            status={statusOf(at('decimals'))}
            onChange={(n) => apply((d) => patchField(d, fieldRef, { decimals: n ?? undefined }), `decimals:${key}`)}
          />
          <FieldProblems problems={at('decimals')} />
        </Form.Item>
      )}
      {field.type === 'number' && (
        <Form.Item label={t('formDesigner.field.grouping')} extra={t('formDesigner.field.groupingHint')}>
          <Switch
            checked={field.grouping !== false}
            aria-label={t('formDesigner.field.grouping')}
            onChange={(on) => apply((d) => patchField(d, fieldRef, { grouping: on ? undefined : false }))}
          />
          <FieldProblems problems={at('grouping')} />
        </Form.Item>
      )}
      <Form.Item label={t('formDesigner.field.help')} data-testid="field-help">
        <LocalizedInput value={field.help ?? blank} status={statusOf(at('help'))} onChange={(help) => apply((d) => setHelp(d, fieldRef, help), `help:${key}`)} />
        <FieldProblems problems={at('help')} />
      </Form.Item>
    </Form>
  );
}
