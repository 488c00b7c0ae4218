/** @module A sub-table's columns: listed in order (drag or keyboard to reorder), opened to edit, added by type, removed. */
import { DeleteOutlined, HolderOutlined, PlusOutlined, RightOutlined, WarningFilled } from '@ant-design/icons';
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors } from '@dnd-kit/core';
import type { DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { COLUMN_TYPES, fieldTypes } from '@heng/engine';
import type { FieldDefinition } from '@heng/engine';
import { Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { FieldProblems } from '../components/field-problems.js';
import { addColumn, moveColumn } from '../ops/form-columns.js';
import { problemsAt, problemsUnder } from '../ops/problems.js';
import { useDesigner } from './designer-context.js';
import type { FieldEditorProps } from './designer-context.js';
import { accessibility } from './drag-a11y.js';
import { FieldIcon } from './field-icons.js';
import { useRemoveField } from './use-remove-field.js';

function ColumnRow({ column, table, path }: { readonly column: FieldDefinition; readonly table: string; readonly path: string }) {
  const { t } = useTranslation();
  const { lang, problems, select } = useDesigner();
  const remove = useRemoveField();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition } = useSortable({ id: column.id });
  const count = problemsUnder(problems, path).length;
  const name = column.label[lang];
  return (
    <li ref={setNodeRef} className={`fd-column${count > 0 ? ' has-problem' : ''}`} data-column={column.id} style={{ transform: CSS.Translate.toString(transform), transition }}>
      <button type="button" ref={setActivatorNodeRef} className="heng-drag-handle" aria-label={t('formDesigner.columns.dragHandle', { name })} {...attributes} {...listeners}>
        <HolderOutlined />
      </button>
      <button type="button" className="fd-column-open" onClick={() => select({ kind: 'field', ref: { id: column.id, table } })} aria-label={t('formDesigner.columns.open', { name })}>
        <FieldIcon type={column.type} />
        <span className="heng-ellipsis">{name}</span>
        {column.required === true && <span className="fd-required">*</span>}
        {count > 0 && <WarningFilled className="heng-danger" />}
        <RightOutlined className="heng-muted" />
      </button>
      <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('formDesigner.columns.remove', { name })} onClick={() => remove({ id: column.id, table })} />
    </li>
  );
}

/** The columns of a sub-table. */
export function ColumnsEditor({ field, fieldRef, path }: FieldEditorProps) {
  const { t } = useTranslation();
  const { def, lang, problems, apply, select } = useDesigner();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  if (field.type !== 'sub_table') return null;
  const table = fieldRef.id;
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over !== null && active.id !== over.id) apply((d) => moveColumn(d, table, String(active.id), String(over.id)));
  };
  const nameOf = (id: string | number) => field.columns.find((c) => c.id === id)?.label[lang] ?? String(id);
  const items = COLUMN_TYPES.map((type) => ({ key: type, icon: <FieldIcon type={type} />, label: fieldTypes[type].label[lang] }));
  return (
    <div className="fd-block">
      <div className="heng-label">{t('formDesigner.columns.title')}</div>
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={accessibility(t, nameOf)}>
        <SortableContext items={field.columns.map((c) => c.id)} strategy={verticalListSortingStrategy}>
          <ul className="fd-column-list" aria-label={t('formDesigner.columns.title')}>
            {field.columns.map((c, i) => (
              <ColumnRow key={c.id} column={c} table={table} path={`${path}/columns/${i}`} />
            ))}
          </ul>
        </SortableContext>
      </DndContext>
      <FieldProblems problems={problemsAt(problems, `${path}/columns`)} />
      <Dropdown
        trigger={['click']}
        menu={{
          items,
          onClick: ({ key }) => {
            const type = key as (typeof COLUMN_TYPES)[number];
            // The reducer runs the edit on this same form, so the new id is known now.
            const { id } = addColumn(def, table, type);
            apply((d) => addColumn(d, table, type).def);
            select({ kind: 'field', ref: { id, table } });
          },
        }}
      >
        <Button size="small" icon={<PlusOutlined />}>
          {t('formDesigner.columns.add')}
        </Button>
      </Dropdown>
    </div>
  );
}
