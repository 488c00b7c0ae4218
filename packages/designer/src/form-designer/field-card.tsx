/** @module One field on the canvas: dragged by the card or, from the keyboard, by its handle; selected by a click; its problems on it. */
import { CopyOutlined, DeleteOutlined, EyeInvisibleOutlined, HolderOutlined, LockOutlined, WarningFilled } from '@ant-design/icons';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { FieldDefinition } from '@heng/engine';
import { fieldTypes } from '@heng/engine';
import { Button, Tooltip } from 'antd';
import type { KeyboardEvent as ReactKeyboardEvent, PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldProblems } from '../components/field-problems.js';
import { describeCondition } from '../flow/describe.js';
import { problemsUnder } from '../ops/problems.js';
import { duplicateField } from '../ops/form-fields.js';
import { slotOf } from '../ops/form-layout.js';
import { fieldPath } from '../ops/form-problems.js';
import { useDesigner } from './designer-context.js';
import { dragId, parseDragId } from './drag.js';
import { FieldIcon } from './field-icons.js';
import { FieldSample } from './field-sample.js';
import { useRemoveField } from './use-remove-field.js';

/** Problems a card spells out; the panel shows them all. */
const SHOWN = 2;

const stop = (e: ReactPointerEvent) => e.stopPropagation();

/** A sortable card. A click (or Enter on its label) selects it; space or enter on the handle lifts it. */
export function FieldCard({ field, section }: { readonly field: FieldDefinition; readonly section: string }) {
  const { t } = useTranslation();
  const { def, lang, problems, apply, selection, select } = useDesigner();
  const remove = useRemoveField();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging, isOver, active } = useSortable({ id: dragId.field(field.id) });
  const mine = problemsUnder(problems, fieldPath(def, { id: field.id }) ?? '');
  const selected = selection.kind === 'field' && (selection.ref.table ?? selection.ref.id) === field.id;
  const name = field.label[lang];
  // A palette item or a card from another section inserts before this one: mark where (a card of this section shows by moving).
  const from = active === null ? undefined : parseDragId(active.id);
  const incoming = isOver && !isDragging && (from?.kind === 'palette' || (from?.kind === 'field' && slotOf(def, from.id)?.section !== section));
  const classes = ['fd-card', selected && 'is-selected', isDragging && 'is-dragging', incoming && 'is-drop-target', mine.length > 0 && 'has-problem', field.type === 'sub_table' && 'is-wide'];
  const onSelect = () => select({ kind: 'field', ref: { id: field.id } });

  return (
    <div
      ref={setNodeRef}
      role="listitem"
      data-field={field.id}
      className={classes.filter(Boolean).join(' ')}
      style={{ transform: CSS.Translate.toString(transform), transition }}
      onPointerDown={listeners?.onPointerDown as ((e: ReactPointerEvent) => void) | undefined}
      onClick={onSelect}
    >
      <div className="fd-card-head">
        <button type="button" ref={setActivatorNodeRef} className="heng-drag-handle fd-card-handle" aria-label={t('formDesigner.canvas.dragHandle', { name })} {...attributes} onKeyDown={listeners?.onKeyDown as ((e: ReactKeyboardEvent) => void) | undefined}>
          <HolderOutlined />
        </button>
        <Tooltip title={fieldTypes[field.type].label[lang]}>
          <FieldIcon type={field.type} />
        </Tooltip>
        <button type="button" className="fd-card-label heng-ellipsis" onClick={onSelect} title={name}>
          {field.required === true && <span className="fd-required">*</span>}
          {name}
        </button>
        {field.requiredWhen !== undefined && (
          <Tooltip title={t('formDesigner.requiredWhen.when', { condition: describeCondition(field.requiredWhen, def, lang) })}>
            <span className="fd-required fd-card-flag" role="img" aria-label={t('formDesigner.requiredWhen.when', { condition: describeCondition(field.requiredWhen, def, lang) })}>
              *
            </span>
          </Tooltip>
        )}
        {field.visibleWhen !== undefined && (
          <Tooltip title={t('formDesigner.canvas.conditional', { condition: describeCondition(field.visibleWhen, def, lang) })}>
            <EyeInvisibleOutlined className="fd-card-flag" aria-label={t('formDesigner.canvas.conditional', { condition: describeCondition(field.visibleWhen, def, lang) })} />
          </Tooltip>
        )}
        {field.access !== undefined && (
          <Tooltip title={t('formDesigner.canvas.restricted')}>
            <LockOutlined className="fd-card-flag" aria-label={t('formDesigner.canvas.restricted')} />
          </Tooltip>
        )}
        {mine.length > 0 && (
          <Tooltip title={t('problems.count', { count: mine.length })}>
            <WarningFilled className="heng-danger" aria-label={t('problems.count', { count: mine.length })} />
          </Tooltip>
        )}
        <span className="fd-card-actions" onPointerDown={stop}>
          <Tooltip title={t('formDesigner.canvas.duplicate')}>
            <Button
              size="small"
              type="text"
              icon={<CopyOutlined />}
              aria-label={t('formDesigner.canvas.duplicateOf', { name })}
              onClick={(e) => {
                e.stopPropagation();
                const { id } = duplicateField(def, { id: field.id });
                apply((d) => duplicateField(d, { id: field.id }).def);
                select({ kind: 'field', ref: { id } });
              }}
            />
          </Tooltip>
          <Button
            size="small"
            type="text"
            danger
            icon={<DeleteOutlined />}
            aria-label={t('formDesigner.canvas.removeOf', { name })}
            onClick={(e) => {
              e.stopPropagation();
              remove({ id: field.id });
            }}
          />
        </span>
      </div>
      <FieldSample field={field} />
      <FieldProblems problems={mine.slice(0, SHOWN)} />
      {mine.length > SHOWN && <span className="heng-muted">{t('formDesigner.canvas.moreProblems', { count: mine.length - SHOWN })}</span>}
    </div>
  );
}
