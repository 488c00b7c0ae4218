/** @module A definition under undo/redo, with the editors' keyboard shortcuts. */
import { useCallback, useEffect, useReducer } from 'react';
import { canRedo, canUndo, commit, historyOf, redo, undo } from './history.js';
import type { History } from './history.js';

type Action<D> =
  | { readonly type: 'apply'; readonly edit: (def: D) => D; readonly key: string | undefined; readonly at: number }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' };

function reducer<D>(h: History<D>, action: Action<D>): History<D> {
  switch (action.type) {
    case 'apply':
      return commit(h, action.edit(h.present), { ...(action.key === undefined ? {} : { key: action.key }), at: action.at });
    case 'undo':
      return undo(h);
    case 'redo':
      return redo(h);
  }
}

/** The present state and the calls that move through its history. */
export interface HistoryState<D> {
  readonly present: D;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** `key` names the edited field, so typing into it undoes as one step. */
  apply(edit: (def: D) => D, key?: string): void;
  undo(): void;
  redo(): void;
}

/**
 * Holds `initial` under undo/redo. Ctrl/⌘+Z undoes, Ctrl/⌘+Shift+Z or Ctrl+Y redoes (not while
 * typing in a text box, where the browser's own undo applies).
 *
 * @example
 * const { present, apply, undo } = useHistory(flow);
 * apply((f) => ({ ...f, name }), 'name');
 */
export function useHistory<D>(initial: D): HistoryState<D> {
  const [history, dispatch] = useReducer(reducer<D>, initial, historyOf<D>);
  const apply = useCallback((edit: (def: D) => D, key?: string) => dispatch({ type: 'apply', edit, key, at: performance.now() }), []);

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
    present: history.present,
    canUndo: canUndo(history),
    canRedo: canRedo(history),
    apply,
    undo: useCallback(() => dispatch({ type: 'undo' }), []),
    redo: useCallback(() => dispatch({ type: 'redo' }), []),
  };
}
