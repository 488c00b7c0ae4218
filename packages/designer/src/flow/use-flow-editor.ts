/** @module The flow designer's state: the flow under undo/redo and its problems, recomputed on each edit. */
import { validateFlow } from '@heng/engine';
import type { FlowDefinition, Problem, ReferenceContext } from '@heng/engine';
import { useMemo } from 'react';
import { useHistory } from '../ops/use-history.js';

/** An edit: a pure operation over the flow. */
export type FlowEdit = (def: FlowDefinition) => FlowDefinition;

/** What the designer's components read and call. */
export interface FlowEditorState {
  readonly def: FlowDefinition;
  readonly problems: readonly Problem[];
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** `key` names the edited field, so typing into it undoes as one step. */
  apply(edit: FlowEdit, key?: string): void;
  undo(): void;
  redo(): void;
}

/**
 * Holds a flow being designed. Ctrl/⌘+Z undoes, Ctrl/⌘+Shift+Z or Ctrl+Y redoes (not while
 * typing in a text box, where the browser's own undo applies).
 */
export function useFlowEditor(initial: FlowDefinition, ctx: ReferenceContext): FlowEditorState {
  const { present: def, canUndo, canRedo, apply, undo, redo } = useHistory(initial);
  const problems = useMemo(() => validateFlow(def, ctx), [def, ctx]);
  return { def, problems, canUndo, canRedo, apply, undo, redo };
}
