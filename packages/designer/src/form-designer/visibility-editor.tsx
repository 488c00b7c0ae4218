/** @module When a field is shown: always, or only when a condition on the other fields holds (summarised; edited in the condition builder, in a dialog wide enough for it). */
import { EditOutlined, EyeInvisibleOutlined, EyeOutlined, PlusOutlined } from '@ant-design/icons';
import { formCatalog } from '@heng/engine';
import type { Condition } from '@heng/engine';
import { Button, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldProblems } from '../components/field-problems.js';
import { comparisonOn } from '../ops/condition.js';
import { setVisibleWhen } from '../ops/form-props.js';
import { describeCondition } from '../flow/describe.js';
import { problemsUnder } from '../ops/problems.js';
import { fieldChoices } from '../scorecard/fields.js';
import { ConditionDialog } from './condition-dialog.js';
import { refKey, useDesigner } from './designer-context.js';
import type { FieldEditorProps } from './designer-context.js';

/** The kinds of field a condition may compare (not a whole sub-table). */
const KINDS = ['number', 'text', 'boolean', 'date', 'datetime', 'list'] as const;

/** The visibility condition of a form field (columns have none). */
export function VisibilityEditor({ field, fieldRef, path }: FieldEditorProps) {
  const { t } = useTranslation();
  const { def, lang, problems, apply } = useDesigner();
  const [editing, setEditing] = useState(false);
  // A field shown depending on its own value could never be filled in: it is not offered.
  const catalog = useMemo(() => {
    const all = formCatalog(def);
    return new Map([...all].filter(([id]) => id !== field.id));
  }, [def, field.id]);
  const first = fieldChoices(def, catalog, KINDS, lang)[0];
  const at = `${path}/visibleWhen`;
  const set = (c: Condition | undefined, key?: string) => apply((d) => setVisibleWhen(d, fieldRef, c), key === undefined ? undefined : `visible:${refKey(fieldRef)}:${key}`);

  if (field.visibleWhen === undefined) {
    return (
      <div className="fd-block">
        <Typography.Paragraph>
          <EyeOutlined /> {t('formDesigner.visibility.always')}
        </Typography.Paragraph>
        <Button
          icon={<PlusOutlined />}
          disabled={first === undefined}
          onClick={() => {
            if (first === undefined) return;
            set({ all: [comparisonOn(first.info)] });
            setEditing(true);
          }}
        >
          {t('formDesigner.visibility.add')}
        </Button>
        {first === undefined && <div className="heng-muted">{t('formDesigner.visibility.noFields')}</div>}
      </div>
    );
  }
  return (
    <div className="fd-block" data-testid="visibility-editor">
      <Typography.Paragraph type="secondary">{t('formDesigner.visibility.hint')}</Typography.Paragraph>
      <div className="fd-condition-summary" data-testid="visibility-summary">
        <EyeInvisibleOutlined /> {t('formDesigner.visibility.when', { condition: describeCondition(field.visibleWhen, def, lang) })}
      </div>
      <FieldProblems problems={problemsUnder(problems, at)} />
      <Space>
        <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
          {t('formDesigner.visibility.edit')}
        </Button>
        <Button type="link" danger onClick={() => set(undefined)}>
          {t('formDesigner.visibility.remove')}
        </Button>
      </Space>
      <ConditionDialog
        open={editing}
        onClose={() => setEditing(false)}
        title={t('formDesigner.visibility.title', { name: field.label[lang] })}
        hint={t('formDesigner.visibility.hint')}
        value={field.visibleWhen}
        onChange={(c, key) => set(c, key)}
        catalog={catalog}
        form={def}
        path={at}
      />
    </div>
  );
}
