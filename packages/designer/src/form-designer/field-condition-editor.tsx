/** @module When a field is shown, or must be filled in: always, or only when a condition on the other fields holds (summarised; edited in the condition builder, in a dialog wide enough for it). */
import { EditOutlined, EyeInvisibleOutlined, EyeOutlined, PlusOutlined } from '@ant-design/icons';
import { formCatalog } from '@heng/engine';
import type { Condition } from '@heng/engine';
import { Button, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldProblems } from '../components/field-problems.js';
import { comparisonOn } from '../ops/condition.js';
import { setFieldCondition } from '../ops/form-props.js';
import type { ConditionProp } from '../ops/form-props.js';
import { describeCondition } from '../flow/describe.js';
import { problemsUnder } from '../ops/problems.js';
import { fieldChoices } from '../scorecard/fields.js';
import { ConditionDialog } from './condition-dialog.js';
import { refKey, useDesigner } from './designer-context.js';
import type { FieldEditorProps } from './designer-context.js';

/** The kinds of field a condition may compare (not a whole sub-table). */
const KINDS = ['number', 'text', 'boolean', 'date', 'datetime', 'list'] as const;

/** Per property: its own texts (`formDesigner.<texts>.*`; editing one is worded alike, so shares visibility's), test id, undo key and icons. */
const LOOK: Readonly<Record<ConditionProp, { texts: 'visibility' | 'requiredWhen'; testId: string; key: string; none: ReactNode; set: ReactNode }>> = {
  visibleWhen: { texts: 'visibility', testId: 'visibility', key: 'visible', none: <EyeOutlined />, set: <EyeInvisibleOutlined /> },
  requiredWhen: { texts: 'requiredWhen', testId: 'required-when', key: 'required', none: null, set: <span className="fd-required">*</span> },
};

/** A field's visibility or requirement condition (columns have neither). */
export function FieldConditionEditor({ field, fieldRef, path, prop }: FieldEditorProps & { readonly prop: ConditionProp }) {
  const { t } = useTranslation();
  const { def, lang, problems, apply } = useDesigner();
  const [editing, setEditing] = useState(false);
  const look = LOOK[prop];
  const text = (key: 'always' | 'add' | 'hint' | 'remove' | 'when' | 'title', values?: Record<string, string>) => t(`formDesigner.${look.texts}.${key}`, values);
  // A condition on the field's own value could never decide it: the field is not offered.
  const catalog = useMemo(() => {
    const all = formCatalog(def);
    return new Map([...all].filter(([id]) => id !== field.id));
  }, [def, field.id]);
  const first = fieldChoices(def, catalog, KINDS, lang)[0];
  const at = `${path}/${prop}`;
  const condition = field[prop];
  const set = (c: Condition | undefined, key?: string) => apply((d) => setFieldCondition(d, fieldRef, prop, c), key === undefined ? undefined : `${look.key}:${refKey(fieldRef)}:${key}`);

  if (condition === undefined) {
    return (
      <div className="fd-block">
        <Typography.Paragraph>
          {look.none} {text('always')}
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
          {text('add')}
        </Button>
        {first === undefined && <div className="heng-muted">{t('formDesigner.visibility.noFields')}</div>}
      </div>
    );
  }
  return (
    <div className="fd-block" data-testid={`${look.testId}-editor`}>
      <Typography.Paragraph type="secondary">{text('hint')}</Typography.Paragraph>
      <div className="fd-condition-summary" data-testid={`${look.testId}-summary`}>
        {look.set} {text('when', { condition: describeCondition(condition, def, lang) })}
      </div>
      <FieldProblems problems={problemsUnder(problems, at)} />
      <Space>
        <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
          {t('formDesigner.visibility.edit')}
        </Button>
        <Button type="link" danger onClick={() => set(undefined)}>
          {text('remove')}
        </Button>
      </Space>
      <ConditionDialog
        open={editing}
        onClose={() => setEditing(false)}
        title={text('title', { name: field.label[lang] })}
        hint={text('hint')}
        value={condition}
        onChange={(c, key) => set(c, key)}
        catalog={catalog}
        form={def}
        path={at}
      />
    </div>
  );
}
