/** @module The scorecard editor's state: the definition under undo/redo, its problems, and whether it is saved. */
import { validateScorecard } from '@heng/engine';
import type { Problem, ReferenceContext, ScorecardDefinition } from '@heng/engine';
import { useCallback, useEffect, useMemo, useReducer } from 'react';
import { canRedo, canUndo, commit, historyOf, redo, undo } from '../ops/index.js';
import type { History } from '../ops/index.js';

/** An edit: a pure operation over the card, and the field it changes (to fold typing into one step). */
export type Edit = (def: ScorecardDefinition) => ScorecardDefinition;

type Action =
  | { readonly type: 'apply'; readonly edit: Edit; readonly key: string | undefined; readonly at: number }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  | { readonly type: 'saved'; readonly def: ScorecardDefinition };

interface State {
  readonly history: History<ScorecardDefinition>;
  readonly saved: ScorecardDefinition;
}

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'apply':
      return { ...state, history: commit(state.history, action.edit(state.history.present), { ...(action.key === undefined ? {} : { key: action.key }), at: action.at }) };
    case 'undo':
      return { ...state, history: undo(state.history) };
    case 'redo':
      return { ...state, history: redo(state.history) };
    case 'saved':
      return { ...state, saved: action.def };
  }
}

/** What editor components read and call. */
export interface ScorecardEditorState {
  readonly def: ScorecardDefinition;
  readonly problems: readonly Problem[];
  readonly dirty: boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  apply(edit: Edit, key?: string): void;
  undo(): void;
  redo(): void;
  markSaved(def: ScorecardDefinition): void;
}

/**
 * Holds a card being edited. Problems are the engine's `validateScorecard` of the present
 * state, recomputed on each edit. Ctrl/⌘+Z undoes, Ctrl/⌘+Shift+Z or Ctrl+Y redoes (not while
 * typing in a text box, where the browser's own undo applies).
 */
export function useScorecardEditor(initial: ScorecardDefinition, ctx: ReferenceContext): ScorecardEditorState {
  const [state, dispatch] = useReducer(reducer, initial, (def): State => ({ history: historyOf(def), saved: def }));
  const def = state.history.present;
  const problems = useMemo(() => validateScorecard(def, ctx), [def, ctx]);
  const apply = useCallback((edit: Edit, key?: string) => dispatch({ type: 'apply', edit, key, at: performance.now() }), []);

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
    dirty: def !== state.saved,
    canUndo: canUndo(state.history),
    canRedo: canRedo(state.history),
    apply,
    undo: useCallback(() => dispatch({ type: 'undo' }), []),
    redo: useCallback(() => dispatch({ type: 'redo' }), []),
    markSaved: useCallback((d: ScorecardDefinition) => dispatch({ type: 'saved', def: d }), []),
  };
}
