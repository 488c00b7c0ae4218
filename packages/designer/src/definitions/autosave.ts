/**
 * @module Autosave as a state machine: edits wait a moment, one save is in flight at a time and
 * names the revision it was loaded at, and a 409 stops saving until the draft is reloaded.
 */

/** Where saving stands. */
export type SavePhase =
  /** Everything the user did is on the server. */
  | 'saved'
  /** An edit waits for the pause that sends it. */
  | 'waiting'
  /** A save is in flight. */
  | 'saving'
  /** Someone else saved first: nothing more is sent until the draft is reloaded. */
  | 'conflict'
  /** The last save failed for another reason; the edit is kept and sent again on retry or the next edit. */
  | 'failed';

/** The state of one draft's saving. */
export interface AutosaveState<D> {
  readonly phase: SavePhase;
  /** The revision on the server, which the next save names in If-Match. */
  readonly revision: number;
  /** The latest edit not sent yet. */
  readonly pending?: D;
  /** The edit in flight. */
  readonly sending?: D;
  /** Why the last save failed (`failed`, `conflict`). */
  readonly error?: unknown;
}

/** What happens to it. */
export type AutosaveEvent<D> =
  | { readonly type: 'edit'; readonly def: D }
  /** The pause is over, or the user asks to save now (publish, retry). */
  | { readonly type: 'send' }
  | { readonly type: 'saved'; readonly revision: number }
  | { readonly type: 'conflict'; readonly error: unknown }
  | { readonly type: 'failed'; readonly error: unknown }
  /** The draft was loaded again (after a conflict, a rollback): saving starts afresh from it. */
  | { readonly type: 'reloaded'; readonly revision: number };

/**
 * Nothing to save, at `revision`.
 *
 * @example
 * initialAutosave(3) // { phase: 'saved', revision: 3 }
 */
export function initialAutosave<D>(revision: number): AutosaveState<D> {
  return { phase: 'saved', revision };
}

function settled<D>(s: AutosaveState<D>): SavePhase {
  if (s.sending !== undefined) return 'saving';
  return s.pending === undefined ? 'saved' : 'waiting';
}

/**
 * The next state. A conflict is final until `reloaded`: edits are still taken (so nothing
 * typed vanishes from the screen) but never sent over someone else's save.
 *
 * @example
 * let s = initialAutosave<Def>(3);
 * s = autosave(s, { type: 'edit', def });  // waiting
 * s = autosave(s, { type: 'send' });       // saving, sending: def
 * s = autosave(s, { type: 'saved', revision: 4 }); // saved at 4
 */
export function autosave<D>(s: AutosaveState<D>, e: AutosaveEvent<D>): AutosaveState<D> {
  switch (e.type) {
    case 'edit': {
      const next = { ...s, pending: e.def };
      return s.phase === 'conflict' ? next : { ...next, phase: s.sending === undefined ? 'waiting' : 'saving' };
    }
    case 'send': {
      if (s.phase === 'conflict' || s.sending !== undefined || s.pending === undefined) return s;
      const { pending, error: _error, ...rest } = s;
      return { ...rest, phase: 'saving', sending: pending };
    }
    case 'saved': {
      const { sending: _sent, error: _error, ...rest } = s;
      const next = { ...rest, revision: e.revision };
      return { ...next, phase: settled(next) };
    }
    case 'conflict': {
      const { sending, ...rest } = s;
      // The refused edit is kept as pending, so the screen and the state agree on what is unsaved.
      return { ...rest, phase: 'conflict', error: e.error, ...(s.pending === undefined && sending !== undefined ? { pending: sending } : {}) };
    }
    case 'failed': {
      if (s.phase === 'conflict') return s;
      const { sending, ...rest } = s;
      return { ...rest, phase: 'failed', error: e.error, pending: s.pending ?? sending };
    }
    case 'reloaded':
      return initialAutosave(e.revision);
  }
}

/**
 * Whether edits are not (yet) on the server: the page warns before it is left.
 *
 * @example
 * hasUnsaved({ phase: 'waiting', revision: 3, pending: def }) // true
 */
export function hasUnsaved<D>(s: AutosaveState<D>): boolean {
  return s.pending !== undefined || s.sending !== undefined;
}
