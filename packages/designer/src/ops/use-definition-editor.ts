/** @module A definition editor's state: the definition under undo/redo and its problems, recomputed on each edit. */
import type { Problem, ReferenceContext } from '@heng/engine';
import { useMemo } from 'react';
import { mergeProblems } from './problems.js';
import { useHistory } from './use-history.js';

/** What an editor's components read and call. */
export interface DefinitionEditorState<D> {
  readonly def: D;
  /** The engine's check of the present state, then the server's problems it did not find itself. */
  readonly problems: readonly Problem[];
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  /** `key` names the edited field, so typing into it undoes as one step. */
  apply(edit: (def: D) => D, key?: string): void;
  undo(): void;
  redo(): void;
}

const NONE: readonly Problem[] = [];

/**
 * Holds a definition being edited, checked by the engine's `validate` (validateScorecard,
 * validateRuleSet, validateFlow) against `ctx` on each edit, with `fromServer` added. Ctrl/⌘+Z
 * undoes, Ctrl/⌘+Shift+Z or Ctrl+Y redoes (not while typing in a text box, where the browser's
 * own undo applies).
 *
 * @example
 * const editor = useDefinitionEditor(card, validateScorecard, ctx, serverProblems);
 * editor.apply((d) => setWeight(d, 'debt', 40), 'weight-debt');
 */
export function useDefinitionEditor<D>(initial: D, validate: (def: D, ctx: ReferenceContext) => readonly Problem[], ctx: ReferenceContext, fromServer: readonly Problem[] = NONE): DefinitionEditorState<D> {
  const { present: def, canUndo, canRedo, apply, undo, redo } = useHistory(initial);
  const local = useMemo(() => validate(def, ctx), [validate, def, ctx]);
  const problems = useMemo(() => mergeProblems(local, fromServer), [local, fromServer]);
  return { def, problems, canUndo, canRedo, apply, undo, redo };
}
