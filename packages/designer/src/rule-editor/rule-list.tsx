/** @module The rules in order: reordered by drag or by keyboard (space to lift, arrows to move), each a card. */
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors } from '@dnd-kit/core';
import type { DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Empty, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FieldProblems } from '../components/field-problems.js';
import { problemsAt } from '../ops/problems.js';
import { addRule, moveRule, runOrder } from '../ops/ruleset-rules.js';
import { useRuleEditor } from './editor-context.js';
import { RuleCard } from './rule-card.js';

const NEW_RULE = { 'zh-CN': '新规则', en: 'New rule' };

/** Every rule, in list order, and a button to add one. */
export function RuleList() {
  const { t } = useTranslation();
  const { def, apply, lang, problems } = useRuleEditor();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const name = (id: string) => def.rules.find((r) => r.id === id)?.name[lang] ?? id;
  const order = runOrder(def);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (over !== null && active.id !== over.id) apply((d) => moveRule(d, String(active.id), String(over.id)));
  };

  return (
    <div data-testid="rule-list">
      <Typography.Title level={5} style={{ margin: '4px 0 0' }}>
        {t('ruleEditor.rules.title')}
      </Typography.Title>
      <div className="heng-muted" style={{ marginBottom: 8 }}>
        {t('ruleEditor.rules.hint')}
      </div>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          screenReaderInstructions: { draggable: t('ruleEditor.rules.dragInstructions') },
          announcements: {
            onDragStart: ({ active }) => t('ruleEditor.rules.dragStart', { name: name(String(active.id)) }),
            // Over itself right after pick-up: "picked up" says it already.
            onDragOver: ({ active, over }) => (over === null || over.id === active.id ? undefined : t('ruleEditor.rules.dragOver', { name: name(String(active.id)), over: name(String(over.id)) })),
            onDragEnd: ({ active, over }) =>
              over === null
                ? undefined
                : over.id === active.id
                  ? t('ruleEditor.rules.dragEndSame', { name: name(String(active.id)) })
                  : t('ruleEditor.rules.dragEnd', { name: name(String(active.id)), over: name(String(over.id)) }),
            onDragCancel: ({ active }) => t('ruleEditor.rules.dragCancel', { name: name(String(active.id)) }),
          },
        }}
      >
        <SortableContext items={def.rules.map((r) => r.id)} strategy={verticalListSortingStrategy}>
          <div role="list" aria-label={t('ruleEditor.rules.title')} className="hr-rule-list">
            {def.rules.map((r) => (
              <RuleCard key={r.id} rule={r} runsAs={order.get(r.id) ?? 0} />
            ))}
          </div>
        </SortableContext>
      </DndContext>
      {def.rules.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ruleEditor.rules.empty')} />}
      <FieldProblems problems={problemsAt(problems, '/rules')} />
      <Button style={{ marginTop: 8 }} icon={<PlusOutlined />} onClick={() => apply((d) => addRule(d, NEW_RULE).def)}>
        {t('ruleEditor.rules.add')}
      </Button>
    </div>
  );
}
