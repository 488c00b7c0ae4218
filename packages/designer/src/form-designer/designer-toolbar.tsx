/** @module The designer's bar: undo / redo, every problem (a click goes to it), and design or preview. */
import { EditOutlined, EyeOutlined } from '@ant-design/icons';
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { DefinitionToolbar } from '../components/definition-toolbar.js';
import type { ToolbarProblem } from '../components/definition-toolbar.js';
import { formPlaceOf } from '../ops/form-problems.js';
import { useDesigner } from './designer-context.js';
import { tabFor } from './field-panel.js';

/** Designing the form, or filling it in as users will. */
export type DesignerMode = 'design' | 'preview';

export interface DesignerToolbarProps {
  readonly mode: DesignerMode;
  readonly onMode: (mode: DesignerMode) => void;
  /** Edits not saved on the server yet (the page knows). */
  readonly dirty: boolean;
}

/** The bar above palette, canvas and panel. */
export function DesignerToolbar({ mode, onMode, dirty }: DesignerToolbarProps) {
  const { t } = useTranslation();
  const { def, lang, problems, canUndo, canRedo, undo, redo, select } = useDesigner();
  const entries: ToolbarProblem[] = problems.map((problem, i) => ({
    key: `${problem.path}:${problem.code}:${i}`,
    problem,
    go: () => {
      const place = formPlaceOf(def, problem.path);
      onMode('design');
      if (place.field !== undefined) select({ kind: 'field', ref: place.field, tab: tabFor(place.rest) });
      else select(place.section === undefined ? { kind: 'form' } : { kind: 'section', id: place.section });
    },
  }));
  return (
    <DefinitionToolbar def={def} lang={lang} dirty={dirty} canUndo={canUndo} canRedo={canRedo} undo={undo} redo={redo} problems={entries}>
      <Segmented<DesignerMode>
        value={mode}
        onChange={onMode}
        options={[
          { value: 'design', label: t('formDesigner.mode.design'), icon: <EditOutlined /> },
          { value: 'preview', label: t('formDesigner.mode.preview'), icon: <EyeOutlined /> },
        ]}
      />
    </DefinitionToolbar>
  );
}
