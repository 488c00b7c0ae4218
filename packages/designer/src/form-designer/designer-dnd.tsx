/** @module Drag and drop on the canvas: palette items and field cards, by pointer or keyboard, each drop one undoable edit. */
import { closestCenter, DndContext, DragOverlay, KeyboardSensor, PointerSensor, pointerWithin, useSensor, useSensors } from '@dnd-kit/core';
import type { CollisionDetection, DragEndEvent, DragStartEvent, UniqueIdentifier } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { fieldTypes } from '@heng/engine';
import type { FieldType } from '@heng/engine';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesigner } from './designer-context.js';
import { accessibility } from './drag-a11y.js';
import { drop, parseDragId } from './drag.js';
import { FieldIcon } from './field-icons.js';

/**
 * With a pointer: what is under it, a card before the section around it, and nothing outside
 * the canvas (a palette item let go over the palette adds nothing). From the keyboard (no
 * pointer): the card (or empty section) closest to where the arrow keys moved the item; a
 * section with cards is reached through them, or its middle would win over its middle card.
 */
const collide: CollisionDetection = (args) => {
  if (args.pointerCoordinates === null) {
    const targets = args.droppableContainers.filter((c) => String(c.id).startsWith('field:') || c.data.current?.empty === true);
    return closestCenter({ ...args, droppableContainers: targets });
  }
  const under = pointerWithin(args);
  const cards = under.filter((c) => String(c.id).startsWith('field:'));
  return cards.length > 0 ? cards : under;
};

/** The canvas's drag and drop, around the palette and the canvas. */
export function DesignerDnd({ children }: { readonly children: ReactNode }) {
  const { t } = useTranslation();
  const { def, lang, apply, select } = useDesigner();
  const [lifted, setLifted] = useState<FieldType | undefined>();
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));

  const nameOf = (id: UniqueIdentifier): string => {
    const target = parseDragId(id);
    switch (target?.kind) {
      case 'palette':
        return fieldTypes[target.type].label[lang];
      case 'field':
        return def.fields.find((f) => f.id === target.id)?.label[lang] ?? target.id;
      case 'section':
        return t('formDesigner.drag.endOf', { section: def.sections.find((s) => s.id === target.id)?.label[lang] ?? target.id });
      default:
        return t('formDesigner.canvas.emptyForm');
    }
  };

  const onDragStart = ({ active }: DragStartEvent) => {
    const target = parseDragId(active.id);
    setLifted(target?.kind === 'palette' ? target.type : undefined);
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setLifted(undefined);
    if (over === null) return;
    // The reducer runs the edit on this same form, so what it selects is known now.
    const done = drop(def, active.id, over.id);
    if (done === undefined) return;
    apply((d) => drop(d, active.id, over.id)?.def ?? d);
    select({ kind: 'field', ref: { id: done.select } });
  };

  return (
    <DndContext sensors={sensors} collisionDetection={collide} onDragStart={onDragStart} onDragEnd={onDragEnd} onDragCancel={() => setLifted(undefined)} accessibility={accessibility(t, nameOf)}>
      {children}
      <DragOverlay dropAnimation={null}>
        {lifted === undefined ? null : (
          <div className="fd-palette-item is-overlay">
            <FieldIcon type={lifted} />
            <span>{fieldTypes[lifted].label[lang]}</span>
          </div>
        )}
      </DragOverlay>
    </DndContext>
  );
}
