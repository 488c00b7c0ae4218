/** @module One section on the canvas: its header (label, columns, order, remove) and its fields in a grid of its columns. */
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, WarningFilled } from '@ant-design/icons';
import { useDroppable } from '@dnd-kit/core';
import { rectSortingStrategy, SortableContext } from '@dnd-kit/sortable';
import type { FieldDefinition, SectionDefinition } from '@heng/engine';
import { Button, Popconfirm, Tag, Tooltip } from 'antd';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldProblems } from '../components/field-problems.js';
import { moveSection, removeSection } from '../ops/form-layout.js';
import { sectionPath } from '../ops/form-problems.js';
import { problemsUnder } from '../ops/problems.js';
import { useDesigner } from './designer-context.js';
import { dragId } from './drag.js';
import { FieldCard } from './field-card.js';

/** A section with its fields, in order. */
export function SectionBlock({ section, index }: { readonly section: SectionDefinition; readonly index: number }) {
  const { t } = useTranslation();
  const { def, lang, problems, apply, selection, select } = useDesigner();
  const fields = section.fields.map((id) => def.fields.find((f) => f.id === id)).filter((f): f is FieldDefinition => f !== undefined);
  const { setNodeRef, isOver, active } = useDroppable({ id: dragId.section(section.id), data: { empty: fields.length === 0 } });
  const mine = problemsUnder(problems, sectionPath(def, section.id) ?? '');
  const selected = selection.kind === 'section' && selection.id === section.id;
  const name = section.label[lang];
  const last = index === def.sections.length - 1;
  const incoming = isOver && active !== null;

  return (
    <section className={`fd-section${selected ? ' is-selected' : ''}`} data-section={section.id} aria-label={name}>
      <header className="fd-section-head">
        <button type="button" className="fd-section-label heng-ellipsis" onClick={() => select({ kind: 'section', id: section.id })} title={t('formDesigner.section.edit')}>
          {name}
        </button>
        {mine.length > 0 && <WarningFilled className="heng-danger" aria-label={t('problems.count', { count: mine.length })} />}
        <Tag variant="filled">{t('formDesigner.section.columnsTag', { count: section.columns })}</Tag>
        <span className="fd-section-actions">
          <Tooltip title={t('formDesigner.section.moveUp')}>
            <Button size="small" type="text" icon={<ArrowUpOutlined />} disabled={index === 0} aria-label={t('formDesigner.section.moveUpOf', { name })} onClick={() => apply((d) => moveSection(d, section.id, -1))} />
          </Tooltip>
          <Tooltip title={t('formDesigner.section.moveDown')}>
            <Button size="small" type="text" icon={<ArrowDownOutlined />} disabled={last} aria-label={t('formDesigner.section.moveDownOf', { name })} onClick={() => apply((d) => moveSection(d, section.id, 1))} />
          </Tooltip>
          <Popconfirm
            title={t('formDesigner.section.removeConfirm', { name })}
            description={fields.length > 0 ? t('formDesigner.section.removeKeepsFields', { count: fields.length }) : undefined}
            okText={t('common.remove')}
            cancelText={t('common.cancel')}
            disabled={def.sections.length === 1}
            onConfirm={() => {
              apply((d) => removeSection(d, section.id));
              select({ kind: 'form' });
            }}
          >
            <Button size="small" type="text" danger icon={<DeleteOutlined />} disabled={def.sections.length === 1} aria-label={t('formDesigner.section.removeOf', { name })} />
          </Popconfirm>
        </span>
      </header>
      <FieldProblems problems={mine} />
      <SortableContext items={section.fields.map(dragId.field)} strategy={rectSortingStrategy}>
        <div ref={setNodeRef} role="list" aria-label={name} className={`fd-section-body${incoming ? ' is-drop-target' : ''}`} style={{ '--fd-cols': section.columns } as CSSProperties}>
          {fields.map((f) => (
            <FieldCard key={f.id} field={f} section={section.id} />
          ))}
          {fields.length === 0 && <div className="fd-section-empty">{t('formDesigner.section.empty')}</div>}
        </div>
      </SortableContext>
    </section>
  );
}
