/** @module The form's checks across fields (校验规则): for each, the condition a record must meet, the field its message shows on, and the message. */
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { formCatalog } from '@heng/engine';
import type { FormCheck } from '@heng/engine';
import { Button, Form, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldProblems, statusOf } from '../components/field-problems.js';
import { LocalizedInput } from '../components/localized-input.js';
import { describeCondition } from '../flow/describe.js';
import { addCheck, removeCheck, setCheck } from '../ops/form-checks.js';
import { problemsAt, problemsUnder } from '../ops/problems.js';
import { ConditionDialog } from './condition-dialog.js';
import { useDesigner } from './designer-context.js';
import { SettingsSection } from './settings-section.js';

/** One check: the condition (summarised, edited in a dialog), the field it shows on, its message. */
function CheckRow({ check, n }: { readonly check: FormCheck; readonly n: number }) {
  const { t } = useTranslation();
  const { def, lang, problems, apply } = useDesigner();
  const [editing, setEditing] = useState(false);
  const at = `/checks/${n - 1}`;
  const set = (patch: Parameters<typeof setCheck>[2], key?: string) => apply((d) => setCheck(d, check.id, patch), key);
  const empty = !('fact' in check.condition) && ('all' in check.condition ? check.condition.all.length === 0 : 'any' in check.condition && check.condition.any.length === 0);
  return (
    <li className="fd-block" data-check={check.id}>
      <Typography.Text strong>{t('formDesigner.checks.n', { n })}</Typography.Text>
      <Form layout="vertical" component="div">
        <Form.Item label={t('formDesigner.checks.condition')}>
          <div className="fd-condition-summary">{empty ? t('formDesigner.checks.noCondition') : describeCondition(check.condition, def, lang)}</div>
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('formDesigner.visibility.edit')}
          </Button>
          <FieldProblems problems={problemsUnder(problems, `${at}/condition`)} />
        </Form.Item>
        <Form.Item label={t('formDesigner.checks.field')}>
          <Select
            aria-label={t('formDesigner.checks.fieldOf', { n })}
            value={check.field}
            status={statusOf(problemsUnder(problems, `${at}/field`))}
            showSearch={{ optionFilterProp: 'label' }}
            options={def.fields.map((f) => ({ value: f.id, label: `${f.label[lang]} · ${f.id}` }))}
            onChange={(field: string) => set({ field })}
          />
          <FieldProblems problems={problemsUnder(problems, `${at}/field`)} />
        </Form.Item>
        <Form.Item label={t('formDesigner.checks.message')} extra={t('formDesigner.checks.messageHint')}>
          <LocalizedInput value={check.message} status={statusOf(problemsUnder(problems, `${at}/message`))} onChange={(message) => set({ message }, `check:${check.id}:message`)} />
          <FieldProblems problems={problemsUnder(problems, `${at}/message`)} />
        </Form.Item>
      </Form>
      <Button size="small" type="link" danger icon={<DeleteOutlined />} onClick={() => apply((d) => removeCheck(d, check.id))}>
        {t('formDesigner.checks.remove', { n })}
      </Button>
      <ConditionDialog
        open={editing}
        onClose={() => setEditing(false)}
        title={t('formDesigner.checks.conditionTitle', { n })}
        hint={t('formDesigner.checks.conditionHint')}
        value={check.condition}
        onChange={(condition, key) => set({ condition }, key === undefined ? undefined : `check:${check.id}:${key}`)}
        catalog={formCatalog(def)}
        form={def}
        path={`${at}/condition`}
        emptiness={false}
      />
    </li>
  );
}

/** The form's checks, in order, and a button to add one (shown on the first field until another is picked). */
export function ChecksPanel() {
  const { t } = useTranslation();
  const { def, problems, apply } = useDesigner();
  const checks = def.checks ?? [];
  const [first] = def.fields;
  return (
    <SettingsSection testId="form-checks" title={t('formDesigner.checks.title')} hint={t('formDesigner.checks.hint')}>
      {checks.length > 0 && (
        <ul className="fd-row-rules">
          {checks.map((c, i) => (
            <CheckRow key={c.id} check={c} n={i + 1} />
          ))}
        </ul>
      )}
      <Space>
        <Button size="small" icon={<PlusOutlined />} disabled={first === undefined} onClick={() => first !== undefined && apply((d) => addCheck(d, first.id).def)}>
          {t('formDesigner.checks.add')}
        </Button>
      </Space>
      <FieldProblems problems={problemsAt(problems, '/checks')} />
    </SettingsSection>
  );
}
