/** @module The factor list: reordered by drag or by keyboard (space to lift, arrows to move), each with its weight. */
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors } from '@dnd-kit/core';
import type { DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { FieldProblems } from '../components/field-problems.js';
import { addFactor, moveFactor, problemsAt } from '../ops/index.js';
import { useEditor } from './editor-context.js';
import { FactorRow } from './factor-row.js';
import { WeightTotal } from './weight-total.js';

const NEW_FACTOR = { 'zh-CN': '新指标', en: 'New factor' };

/** Every factor in order, the weight total, and a button to add one. */
export function FactorList() {
  const { t } = useTranslation();
  const { def, apply, select, lang, problems } = useEditor();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const name = (id: string) => def.factors.find((f) => f.id === id)?.name[lang] ?? id;

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over !== null && active.id !== over.id) apply((d) => moveFactor(d, String(active.id), String(over.id)));
  };

  return (
    <div>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          screenReaderInstructions: { draggable: t('factors.dragInstructions') },
          announcements: {
            onDragStart: ({ active }) => t('factors.dragStart', { name: name(String(active.id)) }),
            // Over itself right after pick-up: "picked up" says it already.
            onDragOver: ({ active, over }) => (over === null || over.id === active.id ? undefined : t('factors.dragOver', { name: name(String(active.id)), over: name(String(over.id)) })),
            onDragEnd: ({ active, over }) =>
              over === null ? undefined : over.id === active.id ? t('factors.dragEndSame', { name: name(String(active.id)) }) : t('factors.dragEnd', { name: name(String(active.id)), over: name(String(over.id)) }),
            onDragCancel: ({ active }) => t('factors.dragCancel', { name: name(String(active.id)) }),
          },
        }}
      >
        <SortableContext items={def.factors.map((f) => f.id)} strategy={verticalListSortingStrategy}>
          <div role="list" aria-label={t('factors.title')} className="heng-factor-list">
            {def.factors.map((f) => (
              <FactorRow key={f.id} factor={f} />
            ))}
          </div>
        </SortableContext>
      </DndContext>
      <Flex justify="space-between" align="center" style={{ marginTop: 8 }}>
        <Button
          icon={<PlusOutlined />}
          onClick={() => {
            // The reducer runs the edit on this same card, so the new id is known now.
            const { id } = addFactor(def, NEW_FACTOR);
            apply((d) => addFactor(d, NEW_FACTOR).def);
            select(id);
          }}
        >
          {t('factors.add')}
        </Button>
        <WeightTotal />
      </Flex>
      <FieldProblems problems={problemsAt(problems, '/factors')} />
    </div>
  );
}
