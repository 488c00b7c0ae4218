/** @module Undo and redo over immutable values, with rapid edits of one field folded into one step. */

/** Edits of the same field closer together than this (ms) undo as one: typing "42.5" is one step. */
export const COALESCE_MS = 800;

/** How many steps back undo reaches. */
export const HISTORY_LIMIT = 200;

/**
 * Past states (oldest first), the present, and undone states (next first). `key` and `at`
 * describe the last edit, so the next edit of the same key can fold into it.
 */
export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  readonly key: string | undefined;
  readonly at: number;
}

/** What an edit says about itself: which field it changed (e.g. `weight:debt`) and when (ms). */
export interface EditInfo {
  readonly key?: string;
  readonly at: number;
}

/**
 * A history holding only `present`.
 *
 * @example
 * historyOf(def).past // []
 */
export function historyOf<T>(present: T): History<T> {
  return { past: [], present, future: [], key: undefined, at: Number.NEGATIVE_INFINITY };
}

/**
 * Records `next` as the present. An edit with the same `key` as the last one within
 * {@link COALESCE_MS} replaces the present instead of adding a step; an edit that changes
 * nothing (the same object) is ignored; any edit clears the redo stack.
 *
 * @example
 * let h = historyOf(a);
 * h = commit(h, b, { key: 'weight:debt', at: 0 });
 * h = commit(h, c, { key: 'weight:debt', at: 300 }); // folds: undo goes back to a
 */
export function commit<T>(h: History<T>, next: T, edit: EditInfo): History<T> {
  if (Object.is(next, h.present)) return h;
  const fold = edit.key !== undefined && edit.key === h.key && edit.at - h.at <= COALESCE_MS && h.past.length > 0;
  const past = fold ? h.past : [...h.past, h.present].slice(-HISTORY_LIMIT);
  return { past, present: next, future: [], key: edit.key, at: edit.at };
}

/**
 * Steps back one edit (no-op when there is nothing to undo).
 *
 * @example
 * undo(h).present // the state before the last edit
 */
export function undo<T>(h: History<T>): History<T> {
  const prev = h.past[h.past.length - 1];
  if (h.past.length === 0) return h;
  return { past: h.past.slice(0, -1), present: prev as T, future: [h.present, ...h.future], key: undefined, at: Number.NEGATIVE_INFINITY };
}

/**
 * Re-applies the last undone edit (no-op when there is none).
 *
 * @example
 * redo(undo(h)).present === h.present // true
 */
export function redo<T>(h: History<T>): History<T> {
  if (h.future.length === 0) return h;
  const [next, ...rest] = h.future;
  return { past: [...h.past, h.present], present: next as T, future: rest, key: undefined, at: Number.NEGATIVE_INFINITY };
}

/** Whether {@link undo} would change anything. */
export function canUndo(h: History<unknown>): boolean {
  return h.past.length > 0;
}

/** Whether {@link redo} would change anything. */
export function canRedo(h: History<unknown>): boolean {
  return h.future.length > 0;
}

