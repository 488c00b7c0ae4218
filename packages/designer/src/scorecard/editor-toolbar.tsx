/** @module The editor's bar: the card's name, undo / redo, every problem in one list (click to go to it). */
import { DefinitionToolbar } from '../components/definition-toolbar.js';
import { placeOf } from '../ops/index.js';
import type { ProblemPlace } from '../ops/index.js';
import { useEditor } from './editor-context.js';

export interface EditorToolbarProps {
  /** Shows the row a problem belongs to: its tab, its factor. */
  readonly onGoTo: (place: ProblemPlace) => void;
}

/** The bar above the editor. */
export function EditorToolbar({ onGoTo }: EditorToolbarProps) {
  const { def, problems, lang, dirty, canUndo, canRedo, undo, redo } = useEditor();
  const entries = problems.map((p, i) => ({ key: `${p.path}:${p.code}:${i}`, problem: p, go: () => onGoTo(placeOf(def, p.path)) }));
  return <DefinitionToolbar def={def} lang={lang} dirty={dirty} canUndo={canUndo} canRedo={canRedo} undo={undo} redo={redo} problems={entries} />;
}
