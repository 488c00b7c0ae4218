/** @module The panels of the form itself (name, description, record permissions, row access, checks) and of a section (label, columns). */
import { fitsListColumn, formCatalog, labelFieldOf, MAX_COLUMNS, MAX_SUMMARY_FIELDS, statesRecords, titlesRecords } from '@heng/engine';
import type { SectionDefinition } from '@heng/engine';
import { Form, Segmented, Select, Space, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldProblems, statusOf } from '../components/field-problems.js';
import { LocalizedInput } from '../components/localized-input.js';
import { setSection } from '../ops/form-layout.js';
import type { SectionColumns } from '../ops/form-layout.js';
import { sectionPath } from '../ops/form-problems.js';
import { setFieldList, setListSort } from '../ops/form-list-columns.js';
import { setChosenField, setFormText } from '../ops/form-props.js';
import { problemsAt, problemsUnder } from '../ops/problems.js';
import { isSortable } from '../runtime/list-query.js';
import { useDesigner } from './designer-context.js';
import { ChecksPanel } from './checks-panel.js';
import { PermissionsPanel } from './permissions-panel.js';
import { RowAccessPanel } from './row-access-panel.js';

const COLUMNS: readonly SectionColumns[] = [1, 2, 3, 4];

/** The form's name and description, how many fields and sections it has, its record title, state and summary fields, its list columns, who may create, change and delete records, who sees which records, and its checks across fields. */
export function FormSettings() {
  const { t } = useTranslation();
  const { def, problems, apply, lang } = useDesigner();
  const columnProblems = problemsUnder(problems, '/listColumns');
  const nameProblems = problemsUnder(problems, '/name');
  const descriptionProblems = problemsUnder(problems, '/description');
  const titleProblems = problemsUnder(problems, '/titleField');
  const stateProblems = problemsUnder(problems, '/stateField');
  const sortProblems = problemsUnder(problems, '/listSort');
  const summaryProblems = problemsUnder(problems, '/summaryFields');
  const catalog = useMemo(() => formCatalog(def), [def]);
  const sortField = def.listSort?.replace(/^-/, '');
  const sortDesc = def.listSort?.startsWith('-') ?? true;
  // What titles a record while none is chosen: the form's first text field (or lookup).
  const fallbackId = labelFieldOf({ ...def, titleField: undefined });
  const fallbackTitle = def.fields.find((f) => f.id === fallbackId)?.label[lang];
  return (
    <div data-testid="form-settings">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('formDesigner.form.title')}
      </Typography.Title>
      <Form layout="vertical" component="div">
        <Form.Item label={t('formDesigner.form.name')}>
          <LocalizedInput value={def.name} status={statusOf(nameProblems)} onChange={(v) => apply((d) => setFormText(d, 'name', v), 'form:name')} />
          <FieldProblems problems={nameProblems} />
        </Form.Item>
        <Form.Item label={t('formDesigner.form.description')}>
          <LocalizedInput value={def.description ?? { 'zh-CN': '', en: '' }} status={statusOf(descriptionProblems)} onChange={(v) => apply((d) => setFormText(d, 'description', v), 'form:description')} />
          <FieldProblems problems={descriptionProblems} />
        </Form.Item>
        <Form.Item label={t('formDesigner.form.id')}>
          <Tag className="heng-mono">{def.id}</Tag>
        </Form.Item>
        <Form.Item label={t('formDesigner.form.titleField')} extra={t('formDesigner.form.titleFieldHint', { field: fallbackTitle ?? t('formDesigner.form.titleFieldNone') })}>
          <Select
            allowClear
            aria-label={t('formDesigner.form.titleField')}
            placeholder={t('formDesigner.form.titleFieldPlaceholder')}
            status={statusOf(titleProblems)}
            value={def.titleField}
            options={def.fields.filter(titlesRecords).map((f) => ({ value: f.id, label: f.label[lang] }))}
            onChange={(id?: string) => apply((d) => setChosenField(d, 'titleField', id))}
          />
          <FieldProblems problems={titleProblems} />
        </Form.Item>
        <Form.Item label={t('formDesigner.form.stateField')} extra={t('formDesigner.form.stateFieldHint')}>
          <Select
            allowClear
            aria-label={t('formDesigner.form.stateField')}
            placeholder={t('formDesigner.form.stateFieldPlaceholder')}
            status={statusOf(stateProblems)}
            value={def.stateField}
            options={def.fields.filter(statesRecords).map((f) => ({ value: f.id, label: f.label[lang] }))}
            onChange={(id?: string) => apply((d) => setChosenField(d, 'stateField', id))}
          />
          <FieldProblems problems={stateProblems} />
        </Form.Item>
        <Form.Item label={t('formDesigner.form.summaryFields')} extra={t('formDesigner.form.summaryFieldsHint')}>
          <Select
            mode="multiple"
            maxCount={MAX_SUMMARY_FIELDS}
            aria-label={t('formDesigner.form.summaryFields')}
            placeholder={t('formDesigner.form.summaryFieldsPlaceholder')}
            status={statusOf(summaryProblems)}
            value={[...(def.summaryFields ?? [])]}
            options={def.fields.filter(fitsListColumn).map((f) => ({ value: f.id, label: f.label[lang] }))}
            optionFilterProp="label"
            onChange={(ids: string[]) => apply((d) => setFieldList(d, 'summaryFields', ids))}
          />
          <FieldProblems problems={summaryProblems} />
        </Form.Item>
        <Form.Item label={t('formDesigner.form.listColumns')} extra={t('formDesigner.form.listColumnsHint')}>
          <Select
            mode="multiple"
            maxCount={MAX_COLUMNS}
            aria-label={t('formDesigner.form.listColumns')}
            placeholder={t('formDesigner.form.listColumnsPlaceholder')}
            status={statusOf(columnProblems)}
            value={[...(def.listColumns ?? [])]}
            options={def.fields.filter(fitsListColumn).map((f) => ({ value: f.id, label: f.label[lang] }))}
            optionFilterProp="label"
            onChange={(ids: string[]) => apply((d) => setFieldList(d, 'listColumns', ids))}
          />
          <FieldProblems problems={columnProblems} />
        </Form.Item>
        <Form.Item label={t('formDesigner.form.listSort')} extra={t('formDesigner.form.listSortHint')}>
          <Space.Compact block>
            <Select
              allowClear
              style={{ flex: 1 }}
              aria-label={t('formDesigner.form.listSort')}
              placeholder={t('formDesigner.form.listSortPlaceholder')}
              status={statusOf(sortProblems)}
              value={sortField}
              options={def.fields.filter((f) => { const info = catalog.get(f.id); return info !== undefined && isSortable(info); }).map((f) => ({ value: f.id, label: f.label[lang] }))}
              onChange={(id?: string) => apply((d) => setListSort(d, id, sortDesc))}
            />
            {sortField !== undefined && (
              <Segmented<'asc' | 'desc'>
                aria-label={t('formDesigner.form.listSortOrder')}
                value={sortDesc ? 'desc' : 'asc'}
                options={[
                  { value: 'desc', label: t('formDesigner.form.listSortDesc') },
                  { value: 'asc', label: t('formDesigner.form.listSortAsc') },
                ]}
                onChange={(order) => apply((d) => setListSort(d, sortField, order === 'desc'))}
              />
            )}
          </Space.Compact>
          <FieldProblems problems={sortProblems} />
        </Form.Item>
      </Form>
      <Typography.Paragraph type="secondary">{t('formDesigner.form.summary', { fields: t('formDesigner.form.fields', { count: def.fields.length }), sections: t('formDesigner.form.sections', { count: def.sections.length }) })}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('formDesigner.form.hint')}</Typography.Paragraph>
      <PermissionsPanel />
      <RowAccessPanel />
      <ChecksPanel />
    </div>
  );
}

/** A section's label and number of columns. */
export function SectionSettings({ section }: { readonly section: SectionDefinition }) {
  const { t } = useTranslation();
  const { def, problems, apply } = useDesigner();
  const path = sectionPath(def, section.id) ?? '';
  const labelProblems = problemsUnder(problems, `${path}/label`);
  return (
    <div data-testid="section-settings">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('formDesigner.section.title')}
      </Typography.Title>
      <Form layout="vertical" component="div">
        <Form.Item label={t('formDesigner.section.label')}>
          <LocalizedInput value={section.label} status={statusOf(labelProblems)} onChange={(label) => apply((d) => setSection(d, section.id, { label }), `section:${section.id}:label`)} />
          <FieldProblems problems={labelProblems} />
        </Form.Item>
        <Form.Item label={t('formDesigner.section.columns')} extra={t('formDesigner.section.columnsHint')}>
          <Segmented<SectionColumns>
            value={section.columns}
            options={COLUMNS.map((n) => ({ value: n, label: String(n) }))}
            onChange={(columns) => apply((d) => setSection(d, section.id, { columns }))}
            aria-label={t('formDesigner.section.columns')}
          />
        </Form.Item>
      </Form>
      <FieldProblems problems={problemsAt(problems, path).concat(problemsUnder(problems, `${path}/fields`), problemsUnder(problems, `${path}/id`))} />
    </div>
  );
}
