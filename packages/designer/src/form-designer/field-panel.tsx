/** @module The panel of one field or sub-table column: its properties, rules, visibility and access, each tab with its problem count. */
import { ArrowLeftOutlined, CopyOutlined, DeleteOutlined } from '@ant-design/icons';
import { fieldTypes } from '@heng/engine';
import type { FieldDefinition } from '@heng/engine';
import { Badge, Button, Flex, Tabs, Tag, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldProblems } from '../components/field-problems.js';
import { duplicateField, fieldAt } from '../ops/form-fields.js';
import { formPlaceOf } from '../ops/form-problems.js';
import { problemsUnder } from '../ops/problems.js';
import { AccessEditor } from './access-editor.js';
import { ColumnsEditor } from './columns-editor.js';
import { LookupEditor, RollupEditor } from './derived-editors.js';
import { useDesigner } from './designer-context.js';
import type { FieldEditorProps, FieldTab } from './designer-context.js';
import { FieldBasics } from './field-basics.js';
import { FieldConditionEditor } from './field-condition-editor.js';
import { FieldIcon } from './field-icons.js';
import { FormulaEditor } from './formula-editor.js';
import { OptionsEditor } from './options-editor.js';
import { RulesEditor } from './rules-editor.js';
import { ReferenceFilterEditor } from './reference-filter-editor.js';
import { SerialEditor } from './serial-editor.js';
import { TargetInput } from './target-input.js';
import { UserRolesEditor } from './user-roles-editor.js';
import { useRemoveField } from './use-remove-field.js';

const TAB_OF: Readonly<Record<string, FieldTab>> = { rules: 'rules', visibleWhen: 'visibility', access: 'access' };

/**
 * The tab that shows a problem, by the first key of its pointer below the field.
 *
 * @example
 * tabFor(['rules', 'max']) // 'rules'
 */
export function tabFor(rest: readonly string[]): FieldTab {
  return TAB_OF[rest[0] ?? ''] ?? 'props';
}

/** The editor of what only this type has: options, target, formula, columns, lookup, rollup, serial parts, a user's roles. */
function TypeProps(props: FieldEditorProps) {
  switch (props.field.type) {
    case 'single_select':
    case 'multi_select':
      return <OptionsEditor {...props} />;
    case 'reference':
      return (
        <>
          <TargetInput {...props} />
          <ReferenceFilterEditor {...props} />
        </>
      );
    case 'formula':
      return <FormulaEditor {...props} />;
    case 'sub_table':
      return <ColumnsEditor {...props} />;
    case 'lookup':
      return <LookupEditor {...props} />;
    case 'rollup':
      return <RollupEditor {...props} />;
    case 'serial':
      return <SerialEditor {...props} />;
    case 'user':
      return <UserRolesEditor {...props} />;
    default:
      return null;
  }
}

/** The whole panel of one field. */
export function FieldPanel({ tab, ...props }: FieldEditorProps & { readonly tab?: FieldTab }) {
  const { t } = useTranslation();
  const { def, lang, problems, apply, select } = useDesigner();
  const remove = useRemoveField();
  const { field, fieldRef, path } = props;
  const mine = problemsUnder(problems, path);
  const tabOf = (pointer: string): FieldTab => tabFor(formPlaceOf(def, pointer).rest);
  // Problems of a column are its own tab's; a table's columns are listed on its properties tab.
  const count = (key: FieldTab) => mine.filter((p) => tabOf(p.path) === key && (fieldRef.table !== undefined || !p.path.startsWith(`${path}/columns/`))).length;
  const label = (key: FieldTab, text: string): ReactNode => (
    <Badge count={count(key)} size="small" offset={[8, -2]}>
      {text}
    </Badge>
  );
  const table: FieldDefinition | undefined = fieldRef.table === undefined ? undefined : fieldAt(def, { id: fieldRef.table });
  // What no editor places: a field in no section, a duplicate id...
  const loose = mine.filter((p) => p.path === path);
  const items = [
    {
      key: 'props',
      label: label('props', t('formDesigner.panel.props')),
      children: (
        <FieldBasics {...props}>
          <TypeProps {...props} />
        </FieldBasics>
      ),
    },
    { key: 'rules', label: label('rules', t('formDesigner.panel.rules')), children: <RulesEditor {...props} /> },
    ...(fieldRef.table === undefined
      ? [
          { key: 'visibility', label: label('visibility', t('formDesigner.panel.visibility')), children: <FieldConditionEditor {...props} prop="visibleWhen" /> },
          { key: 'access', label: label('access', t('formDesigner.panel.access')), children: <AccessEditor {...props} /> },
        ]
      : []),
  ];
  return (
    <div data-testid="field-panel" data-panel-field={fieldRef.id}>
      {table !== undefined && (
        <Button type="link" size="small" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }} onClick={() => select({ kind: 'field', ref: { id: table.id } })}>
          {t('formDesigner.columns.back', { table: table.label[lang] })}
        </Button>
      )}
      <Flex align="center" gap={8}>
        <FieldIcon type={field.type} />
        <Typography.Title level={5} style={{ margin: 0, minWidth: 0 }} ellipsis>
          {field.label[lang]}
        </Typography.Title>
        <Tag>{fieldTypes[field.type].label[lang]}</Tag>
        <span style={{ marginLeft: 'auto' }}>
          <Tooltip title={t('formDesigner.canvas.duplicate')}>
            <Button
              size="small"
              type="text"
              icon={<CopyOutlined />}
              aria-label={t('formDesigner.canvas.duplicateOf', { name: field.label[lang] })}
              onClick={() => {
                const { id } = duplicateField(def, fieldRef);
                apply((d) => duplicateField(d, fieldRef).def);
                select({ kind: 'field', ref: { ...fieldRef, id } });
              }}
            />
          </Tooltip>
          <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('formDesigner.canvas.removeOf', { name: field.label[lang] })} onClick={() => remove(fieldRef)} />
        </span>
      </Flex>
      <FieldProblems problems={loose} />
      <Tabs size="small" tabBarGutter={16} items={items} defaultActiveKey={tab} />
    </div>
  );
}
