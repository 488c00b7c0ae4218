/** @module What screen readers hear while something is moved by keyboard on the canvas or in a list, in the user's language. */
import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from '@dnd-kit/core';
import type { TFunction } from 'i18next';

/**
 * dnd-kit's `accessibility` prop: instructions and announcements naming items by `nameOf(id)`.
 *
 * @example
 * <DndContext accessibility={accessibility(t, (id) => labelOf(id))} />
 */
export function accessibility(t: TFunction, nameOf: (id: UniqueIdentifier) => string): { screenReaderInstructions: ScreenReaderInstructions; announcements: Announcements } {
  return {
    screenReaderInstructions: { draggable: t('formDesigner.drag.instructions') },
    announcements: {
      onDragStart: ({ active }) => t('formDesigner.drag.start', { name: nameOf(active.id) }),
      // Over itself right after pick-up: "picked up" says it already.
      onDragOver: ({ active, over }) => (over === null || over.id === active.id ? undefined : t('formDesigner.drag.over', { name: nameOf(active.id), over: nameOf(over.id) })),
      onDragEnd: ({ active, over }) =>
        over === null ? undefined : over.id === active.id ? t('formDesigner.drag.endSame', { name: nameOf(active.id) }) : t('formDesigner.drag.end', { name: nameOf(active.id), over: nameOf(over.id) }),
      onDragCancel: ({ active }) => t('formDesigner.drag.cancel', { name: nameOf(active.id) }),
    },
  };
}
