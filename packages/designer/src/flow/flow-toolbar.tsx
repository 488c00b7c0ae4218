/** @module The designer's bar: the flow's name, undo / redo, and every problem in one list (click to open its node). */
import { DefinitionToolbar } from '../components/definition-toolbar.js';
import { problemsById } from '../ops/flow-tree.js';
import { useFlow } from './flow-context.js';

/** The bar above the tree. */
export function FlowToolbar() {
  const { def, problems, lang, dirty, canUndo, canRedo, undo, redo, select } = useFlow();
  const entries = [...problemsById(def, problems)].flatMap(([id, ps]) =>
    ps.map((p, i) => ({ key: `${id}:${p.path}:${p.code}:${i}`, problem: p, go: () => select(id === '' ? undefined : id) })),
  );
  return <DefinitionToolbar def={def} lang={lang} dirty={dirty} canUndo={canUndo} canRedo={canRedo} undo={undo} redo={redo} problems={entries} />;
}
