/** @module The editors of fields other records fill: a lookup (which reference, which field of that record) and a rollup (which records, how combined, which ones). */
import { EditOutlined, FilterOutlined } from '@ant-design/icons';
import { formCatalog } from '@heng/engine';
import type { FieldDefinition, FormDefinition, RollupAggregate } from '@heng/engine';
import { AutoComplete, Button, Form, Segmented, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldProblems, statusOf } from '../components/field-problems.js';
import { describeCondition } from '../flow/describe.js';
import { resultTypeOf, setLookup, setRollup } from '../ops/form-derived.js';
import { problemsUnder } from '../ops/problems.js';
import { ConditionDialog } from './condition-dialog.js';
import { refKey, useDesigner } from './designer-context.js';
import { LookupCopyEditor } from './lookup-copy-editor.js';
import type { FieldEditorProps } from './designer-context.js';

const AGGREGATES: readonly RollupAggregate[] = ['count', 'sum', 'min', 'max'];

/** A field picker over `fields` (labelled), or a typed id when the form is not known here. */
export function FieldPick({ fields, value, onChange, label, status }: { readonly fields: readonly FieldDefinition[] | undefined; readonly value: string | undefined; readonly onChange: (id: string) => void; readonly label: string; readonly status?: 'error' }) {
  const { lang } = useDesigner();
  if (fields === undefined) return <AutoComplete style={{ width: '100%' }} aria-label={label} value={value} status={status} onChange={(v: string) => onChange(v.trim())} />;
  return <Select style={{ width: '100%' }} aria-label={label} value={value} status={status} showSearch={{ optionFilterProp: 'label' }} options={fields.map((f) => ({ value: f.id, label: `${f.label[lang]} · ${f.id}` }))} onChange={onChange} />;
}

/** The form `id` names, if its fields are known here: this one, or a published one of the company. */
export function useFormOf(id: string | undefined): FormDefinition | undefined {
  const { def, forms } = useDesigner();
  if (id === def.id) return def;
  const form = forms.find((f) => f.id === id);
  return form?.fields === undefined ? undefined : { kind: 'form', id: form.id, name: form.name, fields: form.fields, sections: [] };
}

/** A lookup: the reference field it goes through, and the field of the referenced record it copies. */
export function LookupEditor({ field, fieldRef, path }: FieldEditorProps) {
  const { t } = useTranslation();
  const { def, lang, problems, apply } = useDesigner();
  const via = field.type === 'lookup' ? def.fields.find((f) => f.id === field.via) : undefined;
  const target = useFormOf(via?.type === 'reference' ? via.target : undefined);
  if (field.type !== 'lookup') return null;
  const at = (prop: string) => problemsUnder(problems, `${path}/${prop}`);
  const sources = target?.fields.filter((f) => resultTypeOf(f) !== undefined);
  return (
    <div className="fd-block" data-testid="lookup-editor">
      <Form.Item label={t('formDesigner.lookup.via')} extra={t('formDesigner.lookup.viaHint')}>
        <FieldPick label={t('formDesigner.lookup.via')} fields={def.fields.filter((f) => f.type === 'reference')} value={field.via} status={statusOf(at('via'))} onChange={(id) => apply((d) => setLookup(d, fieldRef, { via: id }))} />
        <FieldProblems problems={at('via')} />
      </Form.Item>
      <Form.Item label={t('formDesigner.lookup.field')} extra={target === undefined ? t('formDesigner.lookup.unknownForm') : undefined}>
        <FieldPick
          label={t('formDesigner.lookup.field')}
          fields={sources}
          value={field.field}
          status={statusOf(at('field'))}
          onChange={(id) => apply((d) => setLookup(d, fieldRef, { field: id }, sources?.find((f) => f.id === id)), `lookup:${refKey(fieldRef)}`)}
        />
        <FieldProblems problems={at('field')} />
      </Form.Item>
      <Typography.Text type="secondary">
        {t('formDesigner.formula.resultType')}: <Tag>{t(`formDesigner.formula.resultTypes.${field.resultType}`)}</Tag>
      </Typography.Text>
      <FieldProblems problems={at('resultType')} />
      {field.options !== undefined && (
        <div className="heng-muted" data-testid="lookup-labels">
          {t('formDesigner.valueLabels.copied', { labels: field.options.map((o) => o.label[lang]).join(lang === 'zh-CN' ? '、' : ', ') })}
        </div>
      )}
      <FieldProblems problems={at('options')} />
      <LookupCopyEditor field={field} fieldRef={fieldRef} path={path} />
    </div>
  );
}

/** A rollup: the records of which form, through which of their reference fields, combined how, and which of them count. */
export function RollupEditor({ field, fieldRef, path }: FieldEditorProps) {
  const { t } = useTranslation();
  const { def, forms, lang, problems, apply } = useDesigner();
  const [filtering, setFiltering] = useState(false);
  const from = useFormOf(field.type === 'rollup' ? field.from : undefined);
  if (field.type !== 'rollup') return null;
  const at = (prop: string) => problemsUnder(problems, `${path}/${prop}`);
  const set = (patch: Parameters<typeof setRollup>[2], source?: FieldDefinition, key?: string) => apply((d) => setRollup(d, fieldRef, patch, source), key);
  const backLinks = from?.fields.filter((f) => f.type === 'reference' && f.target === def.id);
  const numeric = (f: FieldDefinition) => {
    const r = resultTypeOf(f);
    return r === 'number' || r === 'money' || r === 'percent' || (field.aggregate !== 'sum' && r === 'date');
  };
  const sources = from?.fields.filter(numeric);
  const formOptions = [def, ...forms.filter((f) => f.id !== def.id)].map((f) => ({ value: f.id, label: `${f.name[lang]} (${f.id})` }));
  return (
    <div className="fd-block" data-testid="rollup-editor">
      <Form.Item label={t('formDesigner.rollup.from')}>
        <AutoComplete style={{ width: '100%' }} aria-label={t('formDesigner.rollup.from')} value={field.from} options={formOptions} status={statusOf(at('from'))} onChange={(id: string) => set({ from: id.trim() })} />
        <FieldProblems problems={at('from')} />
      </Form.Item>
      <Form.Item label={t('formDesigner.rollup.via')} extra={from === undefined ? t('formDesigner.lookup.unknownForm') : t('formDesigner.rollup.viaHint')}>
        <FieldPick label={t('formDesigner.rollup.via')} fields={backLinks} value={field.via} status={statusOf(at('via'))} onChange={(id) => set({ via: id })} />
        <FieldProblems problems={at('via')} />
      </Form.Item>
      <Form.Item label={t('formDesigner.rollup.aggregate')}>
        <Segmented<RollupAggregate> value={field.aggregate} options={AGGREGATES.map((a) => ({ value: a, label: t(`formDesigner.rollup.aggregates.${a}`) }))} onChange={(aggregate) => set({ aggregate }, from?.fields.find((f) => f.id === field.field))} />
        <FieldProblems problems={at('aggregate')} />
      </Form.Item>
      {field.aggregate !== 'count' && (
        <Form.Item label={t('formDesigner.rollup.field')}>
          <FieldPick label={t('formDesigner.rollup.field')} fields={sources} value={field.field} status={statusOf(at('field'))} onChange={(id) => set({ field: id }, sources?.find((f) => f.id === id), `rollup:${refKey(fieldRef)}`)} />
          <FieldProblems problems={at('field')} />
        </Form.Item>
      )}
      <Form.Item label={t('formDesigner.rollup.where')}>
        {field.where !== undefined && from !== undefined && <div className="fd-condition-summary">{describeCondition(field.where, from, lang)}</div>}
        <Space>
          <Button size="small" icon={field.where === undefined ? <FilterOutlined /> : <EditOutlined />} disabled={from === undefined} onClick={() => (field.where === undefined ? (set({ where: { all: [] } }), setFiltering(true)) : setFiltering(true))}>
            {t(field.where === undefined ? 'formDesigner.rollup.addWhere' : 'formDesigner.visibility.edit')}
          </Button>
          {field.where !== undefined && (
            <Button size="small" type="link" danger onClick={() => set({ where: undefined })}>
              {t('formDesigner.rollup.removeWhere')}
            </Button>
          )}
        </Space>
        <FieldProblems problems={at('where')} />
      </Form.Item>
      <Typography.Text type="secondary">
        {t('formDesigner.formula.resultType')}: <Tag>{t(`formDesigner.formula.resultTypes.${field.resultType}`)}</Tag>
      </Typography.Text>
      {from !== undefined && field.where !== undefined && (
        <ConditionDialog
          open={filtering}
          onClose={() => setFiltering(false)}
          title={t('formDesigner.rollup.whereTitle', { name: field.label[lang] })}
          hint={t('formDesigner.rollup.whereHint', { form: from.name[lang] })}
          value={field.where}
          onChange={(where, key) => set({ where }, undefined, key === undefined ? undefined : `where:${refKey(fieldRef)}:${key}`)}
          catalog={formCatalog(from)}
          form={from}
          path={`${path}/where`}
        />
      )}
    </div>
  );
}
