/** @module The autosave state machine run against the server: a pause after each edit, one save at a time, a flush before publishing. */
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { ApiError } from '../api/client.js';
import { autosave, hasUnsaved, initialAutosave } from './autosave.js';
import type { AutosaveState } from './autosave.js';

/** How long typing may pause before the draft is saved. */
export const AUTOSAVE_DELAY_MS = 800;

/** A draft's saving, and what the page calls. */
export interface Autosave<D> {
  readonly state: AutosaveState<D>;
  edit(def: D): void;
  /** Sends what waits now; resolves with the revision once all is saved, rejects on a conflict or a failure. */
  flush(): Promise<number>;
  /** The draft was loaded again at `revision`. */
  reloaded(revision: number): void;
}

interface Waiter {
  resolve(revision: number): void;
  reject(error: unknown): void;
}

/**
 * Saves edits of a draft loaded at `revision` with `save` (which answers the new revision).
 * A 409 puts it in `conflict` and nothing more is sent; leaving the page with edits unsent asks
 * first, and an edit still waiting when the page is left within the app is sent at once.
 *
 * @example
 * const saving = useAutosave((def, rev) => api.saveDraft('form', id, def, rev).then((d) => d.revision), loaded.revision);
 * <FormDesigner initial={loaded.draft} onChange={saving.edit} />
 */
export function useAutosave<D>(save: (def: D, revision: number) => Promise<number>, revision: number, delayMs = AUTOSAVE_DELAY_MS): Autosave<D> {
  const [state, dispatch] = useReducer(autosave<D>, revision, initialAutosave<D>);
  const saveRef = useRef(save);
  const stateRef = useRef(state);
  const waiters = useRef<Waiter[]>([]);
  useEffect(() => {
    saveRef.current = save;
    stateRef.current = state;
  });

  useEffect(() => {
    if (state.phase !== 'waiting') return;
    const timer = window.setTimeout(() => dispatch({ type: 'send' }), waiters.current.length > 0 ? 0 : delayMs);
    return () => window.clearTimeout(timer);
  }, [state.phase, state.pending, delayMs]);

  const sending = state.sending;
  const sentAt = state.revision;
  useEffect(() => {
    if (sending === undefined) return;
    saveRef.current(sending, sentAt).then(
      (next) => dispatch({ type: 'saved', revision: next }),
      (error: unknown) => dispatch(error instanceof ApiError && error.conflict ? { type: 'conflict', error } : { type: 'failed', error }),
    );
  }, [sending]); // Only a new edit in flight starts a save; it names the revision it was sent at.

  useEffect(() => {
    const settle = (w: (x: Waiter) => void) => waiters.current.splice(0).forEach(w);
    if (state.phase === 'saved') settle((x) => x.resolve(state.revision));
    else if (state.phase === 'conflict' || state.phase === 'failed') settle((x) => x.reject(state.error));
  }, [state]);

  const unsaved = hasUnsaved(state);
  useEffect(() => {
    if (!unsaved) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);

  // Leaving the page within the app: the last edit still waiting for its pause goes now.
  useEffect(
    () => () => {
      const s = stateRef.current;
      if (s.phase === 'waiting' && s.pending !== undefined) saveRef.current(s.pending, s.revision).catch(() => undefined);
    },
    [],
  );

  const edit = useCallback((def: D) => dispatch({ type: 'edit', def }), []);
  const reloaded = useCallback((rev: number) => dispatch({ type: 'reloaded', revision: rev }), []);
  const flush = useCallback(() => {
    const s = stateRef.current;
    if (s.phase === 'saved') return Promise.resolve(s.revision);
    if (s.phase === 'conflict') return Promise.reject(s.error);
    return new Promise<number>((resolve, reject) => {
      waiters.current.push({ resolve, reject });
      dispatch({ type: 'send' });
    });
  }, []);
  return { state, edit, flush, reloaded };
}
