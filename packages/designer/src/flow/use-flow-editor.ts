/** @module The flow designer's state: the flow under undo/redo and its problems, recomputed on each edit. */
import { validateFlow } from '@heng/engine';
import type { FlowDefinition, Problem, ReferenceContext } from '@heng/engine';
import { useCallback, useEffect, useMemo, useReducer } from 'react';
import { canRedo, canUndo, commit, historyOf, redo, undo } from '../ops/index.js';
import type { History } from '../ops/index.js';

/** An edit: a pure operation over the flow. */
export type FlowEdit = (def: FlowDefinition) => FlowDefinition;

type Action = { readonly type: 'apply'; readonly edit: FlowEdit; readonly key: string | undefined; readonly at: number } | { readonly type: 'undo' } | { readonly type: 'redo' };

function reducer(h: History<FlowDefinition>, action: Action): History<FlowDefinition> {
  switch (action.type) {
    case 'apply':
      return commit(h, action.edit(h.present), { ...(action.key === undefined ? {} : { key: action.key }), at: action.at });
    case 'undo':
      return undo(h);
    case 'redo':
      return redo(h);
  }
}

/** What the designer's components read and call. */
export interface FlowEditorState {
  readonly def: FlowDefinition;
  readonly problems: readonly Problem[];
  readonly dirty: boolean;
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
  const [history, dispatch] = useReducer(reducer, initial, historyOf);
  const def = history.present;
  const problems = useMemo(() => validateFlow(def, ctx), [def, ctx]);
  const apply = useCallback((edit: FlowEdit, key?: string) => dispatch({ type: 'apply', edit, key, at: performance.now() }), []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      const target = e.target as HTMLElement | null;
      if (target !== null && (target.tagName === 'TEXTAREA' || target.tagName === 'INPUT' || target.isContentEditable)) return;
      const k = e.key.toLowerCase();
      if (k === 'z' && !e.shiftKey) dispatch({ type: 'undo' });
      else if ((k === 'z' && e.shiftKey) || k === 'y') dispatch({ type: 'redo' });
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return {
    def,
    problems,
    dirty: def !== initial,
    canUndo: canUndo(history),
    canRedo: canRedo(history),
    apply,
    undo: useCallback(() => dispatch({ type: 'undo' }), []),
    redo: useCallback(() => dispatch({ type: 'redo' }), []),
  };
}
