/** @module The palette: every field type of the engine, dragged onto the canvas or added by a click (Enter) after the selection. */
import { useDraggable } from '@dnd-kit/core';
import { FIELD_TYPES, fieldTypes } from '@heng/engine';
import type { FieldType } from '@heng/engine';
import { Typography } from 'antd';
import type { PointerEventHandler } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesigner } from './designer-context.js';
import { addNear, dragId } from './drag.js';
import { FieldIcon } from './field-icons.js';

/** Types that need more than a value typed in: people, other records, rows, computations, numbering. */
const ADVANCED: ReadonlySet<FieldType> = new Set(['user', 'reference', 'sub_table', 'formula', 'lookup', 'rollup', 'serial']);

function PaletteItem({ type }: { readonly type: FieldType }) {
  const { t } = useTranslation();
  const { def, lang, apply, selection, select } = useDesigner();
  const { setNodeRef, listeners, isDragging } = useDraggable({ id: dragId.palette(type) });
  const name = fieldTypes[type].label[lang];
  const near = selection.kind === 'field' ? { field: selection.ref.table ?? selection.ref.id } : selection.kind === 'section' ? { section: selection.id } : {};
  const add = () => {
    // The reducer runs the edit on this same form, so the new id is known now.
    const { select: id } = addNear(def, type, near);
    apply((d) => addNear(d, type, near).def);
    select({ kind: 'field', ref: { id } });
  };
  return (
    <button
      type="button"
      ref={setNodeRef}
      className={`fd-palette-item${isDragging ? ' is-dragging' : ''}`}
      data-palette={type}
      title={t('formDesigner.palette.addHint', { type: name })}
      onPointerDown={listeners?.onPointerDown as PointerEventHandler | undefined}
      onClick={add}
    >
      <FieldIcon type={type} />
      <span className="heng-ellipsis">{name}</span>
    </button>
  );
}

/** The palette, basic types first. */
export function Palette() {
  const { t } = useTranslation();
  const groups = [
    { key: 'basic', types: FIELD_TYPES.filter((x) => !ADVANCED.has(x)) },
    { key: 'advanced', types: FIELD_TYPES.filter((x) => ADVANCED.has(x)) },
  ] as const;
  return (
    <nav className="fd-palette" aria-label={t('formDesigner.palette.title')}>
      {groups.map((g) => (
        <section key={g.key}>
          <Typography.Text type="secondary" className="fd-palette-title">
            {t(`formDesigner.palette.${g.key}`)}
          </Typography.Text>
          <div className="fd-palette-grid">
            {g.types.map((type) => (
              <PaletteItem key={type} type={type} />
            ))}
          </div>
        </section>
      ))}
      <Typography.Paragraph type="secondary" className="fd-palette-hint">
        {t('formDesigner.palette.hint')}
      </Typography.Paragraph>
    </nav>
  );
}
