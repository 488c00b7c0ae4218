/** @module The form designer: the palette, the canvas of sections and fields (or the live preview), and the selection's properties. */
import type { FormDefinition, Problem, ReferenceContext } from '@heng/engine';
import { useMemo, useState } from 'react';
import { useLang } from '../i18n/use-lang.js';
import { Canvas } from './canvas.js';
import { DesignerContext } from './designer-context.js';
import type { DesignerContextValue, DesignerRole, FormChoice, Selection } from './designer-context.js';
import { DesignerDnd } from './designer-dnd.js';
import { DesignerToolbar } from './designer-toolbar.js';
import type { DesignerMode } from './designer-toolbar.js';
import { FormPreview } from './form-preview.js';
import { Palette } from './palette.js';
import { PropertyPanel } from './property-panel.js';
import { useFormDesigner } from './use-form-designer.js';
import './form-designer.css';

export interface FormDesignerProps {
  /** The form as loaded; the designer keeps its own state (with undo/redo) from here on. Remount (a `key`) to load another. */
  readonly initial: FormDefinition;
  /** Every change, undo and redo included (for autosave). */
  readonly onChange: (next: FormDefinition) => void;
  /** The server's problems with the saved draft, shown with the browser's own. */
  readonly problems: readonly Problem[];
  /** The company's roles, for per-role access and the preview. */
  readonly roles: readonly DesignerRole[];
  /** The company's published forms: reference targets and, with their fields, what lookups and rollups read. */
  readonly forms?: readonly FormChoice[];
  /**
   * What the server checks the form against (published forms, roles): with it the browser finds
   * the same problems, references to other forms included; without it those are the server's to find.
   */
  readonly ctx?: ReferenceContext;
  /** Edits not saved on the server yet. */
  readonly dirty?: boolean;
}

const NO_FORMS: readonly FormChoice[] = [];

/**
 * The whole designer for one form.
 *
 * @example
 * <FormDesigner initial={draft} onChange={autosave} problems={serverProblems} roles={roles} />
 */
export function FormDesigner({ initial, onChange, problems: fromServer, roles, forms = NO_FORMS, ctx, dirty = false }: FormDesignerProps) {
  const lang = useLang();
  const editor = useFormDesigner(initial, fromServer, roles, onChange, ctx);
  const [selection, select] = useState<Selection>({ kind: 'form' });
  const [mode, setMode] = useState<DesignerMode>('design');
  const { present: def, problems, canUndo, canRedo, apply, undo, redo } = editor;
  const value = useMemo<DesignerContextValue>(
    () => ({ def, problems, roles, forms, lang, canUndo, canRedo, apply, undo, redo, selection, select }),
    [def, problems, roles, forms, lang, canUndo, canRedo, apply, undo, redo, selection],
  );
  return (
    <DesignerContext.Provider value={value}>
      <div className="fd-root heng-stack">
        <DesignerToolbar mode={mode} onMode={setMode} dirty={dirty} />
        <DesignerDnd>
          <div className="fd-layout">
            <aside className="fd-side fd-side-palette">
              <Palette />
            </aside>
            <main className="fd-canvas" data-testid="form-canvas" data-mode={mode}>
              {mode === 'design' ? <Canvas /> : <FormPreview />}
            </main>
            <aside className="fd-side fd-side-panel" data-testid="property-panel">
              <PropertyPanel />
            </aside>
          </div>
        </DesignerDnd>
      </div>
    </DesignerContext.Provider>
  );
}
