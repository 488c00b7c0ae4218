/** @module A select field's options: relabelled in both languages, added, removed, reordered by drag or keyboard; ids never change. */
import { DeleteOutlined, HolderOutlined, PlusOutlined } from '@ant-design/icons';
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors } from '@dnd-kit/core';
import type { DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { SelectOption } from '@heng/engine';
import { Button, Input, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { FieldProblems, statusOf } from '../components/field-problems.js';
import { addOption, moveOption, removeOption, setOptionLabel } from '../ops/form-options.js';
import { problemsAt, problemsUnder } from '../ops/problems.js';
import { refKey, useDesigner } from './designer-context.js';
import type { FieldEditorProps } from './designer-context.js';
import { accessibility } from './drag-a11y.js';

function OptionRow({ option, index, fieldRef, path, count }: { readonly option: SelectOption; readonly index: number; readonly count: number } & Omit<FieldEditorProps, 'field'>) {
  const { t } = useTranslation();
  const { problems, apply, lang } = useDesigner();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition } = useSortable({ id: option.id });
  const mine = problemsUnder(problems, `${path}/options/${index}`);
  const name = option.label[lang];
  const key = `option:${refKey(fieldRef)}:${option.id}`;
  const set = (label: SelectOption['label']) => apply((d) => setOptionLabel(d, fieldRef, option.id, label), key);
  return (
    <li ref={setNodeRef} className="fd-option" data-option={option.id} style={{ transform: CSS.Translate.toString(transform), transition }}>
      <button type="button" ref={setActivatorNodeRef} className="heng-drag-handle" aria-label={t('formDesigner.options.dragHandle', { name })} {...attributes} {...listeners}>
        <HolderOutlined />
      </button>
      <Input size="small" aria-label={t('formDesigner.options.labelZh', { n: index + 1 })} prefix={<span className="heng-lang-tag">中</span>} value={option.label['zh-CN']} status={statusOf(mine)} onChange={(e) => set({ ...option.label, 'zh-CN': e.target.value })} />
      <Input size="small" aria-label={t('formDesigner.options.labelEn', { n: index + 1 })} prefix={<span className="heng-lang-tag">EN</span>} value={option.label.en} status={statusOf(mine)} onChange={(e) => set({ ...option.label, en: e.target.value })} />
      <Tooltip title={t('formDesigner.options.idHint', { id: option.id })}>
        <Button size="small" type="text" danger icon={<DeleteOutlined />} disabled={count === 1} aria-label={t('formDesigner.options.remove', { name })} onClick={() => apply((d) => removeOption(d, fieldRef, option.id))} />
      </Tooltip>
      {mine.length > 0 && (
        <div className="fd-option-problems">
          <FieldProblems problems={mine} />
        </div>
      )}
    </li>
  );
}

/** The options of a single or multi select. */
export function OptionsEditor({ field, fieldRef, path }: FieldEditorProps) {
  const { t } = useTranslation();
  const { problems, apply, lang } = useDesigner();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  if (field.type !== 'single_select' && field.type !== 'multi_select') return null;
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over !== null && active.id !== over.id) apply((d) => moveOption(d, fieldRef, String(active.id), String(over.id)));
  };
  return (
    <div className="fd-block">
      <div className="heng-label">{t('formDesigner.options.title')}</div>
      <DndContext sensors={sensors} collisionDetection={closestCenter} accessibility={accessibility(t, (id) => field.options.find((o) => o.id === id)?.label[lang] ?? String(id))} onDragEnd={onDragEnd}>
        <SortableContext items={field.options.map((o) => o.id)} strategy={verticalListSortingStrategy}>
          <ul className="fd-option-list" aria-label={t('formDesigner.options.title')}>
            {field.options.map((o, i) => (
              <OptionRow key={o.id} option={o} index={i} count={field.options.length} fieldRef={fieldRef} path={path} />
            ))}
          </ul>
        </SortableContext>
      </DndContext>
      <FieldProblems problems={problemsAt(problems, `${path}/options`)} />
      <Button size="small" icon={<PlusOutlined />} onClick={() => apply((d) => addOption(d, fieldRef).def)}>
        {t('formDesigner.options.add')}
      </Button>
    </div>
  );
}
