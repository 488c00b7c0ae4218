/** @module When a lookup is copied: on every save, or kept from creation and copied again while the record meets a condition. */
import { EditOutlined, FilterOutlined } from '@ant-design/icons';
import { formCatalog } from '@heng/engine';
import type { LookupField } from '@heng/engine';
import { Button, Form, Segmented, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldProblems } from '../components/field-problems.js';
import { describeCondition } from '../flow/describe.js';
import { setLookupCopy } from '../ops/form-derived.js';
import type { LookupCopyPatch } from '../ops/form-derived.js';
import { problemsUnder } from '../ops/problems.js';
import { ConditionDialog } from './condition-dialog.js';
import { refKey, useDesigner } from './designer-context.js';
import type { FieldEditorProps } from './designer-context.js';

type CopyMode = NonNullable<LookupField['copy']>;
const MODES: readonly CopyMode[] = ['on_write', 'on_create'];

/** The lookup's copy mode, and for one kept from creation the condition on this form's fields that copies it again. */
export function LookupCopyEditor({ field, fieldRef, path }: FieldEditorProps) {
  const { t } = useTranslation();
  const { def, lang, problems, apply } = useDesigner();
  const [editing, setEditing] = useState(false);
  if (field.type !== 'lookup') return null;
  const set = (patch: LookupCopyPatch, key?: string) => apply((d) => setLookupCopy(d, fieldRef, patch), key);
  const mode = field.copy ?? 'on_write';
  const when = field.refreshWhen;
  const at = problemsUnder(problems, `${path}/refreshWhen`);
  return (
    <div data-testid="lookup-copy" style={{ marginTop: 12 }}>
      <Form.Item label={t('formDesigner.lookup.copy')} extra={t(`formDesigner.lookup.copyHints.${mode}`)}>
        <Segmented<CopyMode> value={mode} options={MODES.map((m) => ({ value: m, label: t(`formDesigner.lookup.copies.${m}`) }))} onChange={(copy) => set({ copy })} />
        <FieldProblems problems={problemsUnder(problems, `${path}/copy`)} />
      </Form.Item>
      {mode === 'on_create' && (
        <Form.Item label={t('formDesigner.lookup.refreshWhen')} extra={t('formDesigner.lookup.refreshHint')}>
          {when !== undefined && <div className="fd-condition-summary">{describeCondition(when, def, lang)}</div>}
          <Space>
            <Button size="small" icon={when === undefined ? <FilterOutlined /> : <EditOutlined />} onClick={() => setEditing(true)}>
              {t(when === undefined ? 'formDesigner.lookup.addRefresh' : 'formDesigner.visibility.edit')}
            </Button>
            {when !== undefined && (
              <Button size="small" type="link" danger onClick={() => set({ refreshWhen: undefined })}>
                {t('formDesigner.lookup.removeRefresh')}
              </Button>
            )}
          </Space>
          <FieldProblems problems={at} />
        </Form.Item>
      )}
      {mode === 'on_create' && editing && (
        <ConditionDialog
          open={editing}
          onClose={() => setEditing(false)}
          title={t('formDesigner.lookup.refreshTitle', { name: field.label[lang] })}
          hint={t('formDesigner.lookup.refreshDialogHint', { form: def.name[lang] })}
          // An empty group (always true) is not saved until a condition is added to it.
          value={when ?? { all: [] }}
          onChange={(refreshWhen, key) => set({ refreshWhen }, key === undefined ? undefined : `refresh:${refKey(fieldRef)}:${key}`)}
          catalog={formCatalog(def)}
          form={def}
          path={`${path}/refreshWhen`}
        />
      )}
    </div>
  );
}
