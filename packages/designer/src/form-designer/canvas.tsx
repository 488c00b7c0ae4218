/** @module The canvas: the form's title and its sections in order, a button to add a section, and a drop zone when there is none. */
import { PlusOutlined } from '@ant-design/icons';
import { useDroppable } from '@dnd-kit/core';
import { Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { addSection, NEW_SECTION } from '../ops/form-layout.js';
import { useDesigner } from './designer-context.js';
import { dragId } from './drag.js';
import { SectionBlock } from './section-block.js';

function FirstSectionZone() {
  const { t } = useTranslation();
  const { setNodeRef, isOver } = useDroppable({ id: dragId.firstSection, data: { empty: true } });
  return (
    <div ref={setNodeRef} className={`fd-section-empty fd-first-zone${isOver ? ' is-drop-target' : ''}`}>
      {t('formDesigner.canvas.emptyForm')}
    </div>
  );
}

/** Every section, editable in place. */
export function Canvas() {
  const { t } = useTranslation();
  const { def, lang, apply, select, selection } = useDesigner();
  const after = selection.kind === 'section' ? selection.id : undefined;
  return (
    <div className="fd-canvas-inner">
      <button type="button" className={`fd-form-title${selection.kind === 'form' ? ' is-selected' : ''}`} onClick={() => select({ kind: 'form' })} title={t('formDesigner.form.edit')}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {def.name[lang]}
        </Typography.Title>
        {def.description !== undefined && <Typography.Text type="secondary">{def.description[lang]}</Typography.Text>}
      </button>
      {def.sections.map((s, i) => (
        <SectionBlock key={s.id} section={s} index={i} />
      ))}
      {def.sections.length === 0 && <FirstSectionZone />}
      <Button
        block
        type="dashed"
        icon={<PlusOutlined />}
        onClick={() => {
          const { id } = addSection(def, NEW_SECTION, after);
          apply((d) => addSection(d, NEW_SECTION, after).def);
          select({ kind: 'section', id });
        }}
      >
        {t('formDesigner.canvas.addSection')}
      </Button>
    </div>
  );
}
