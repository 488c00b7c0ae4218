/** @module The scorecard editor's state: the definition under undo/redo and its problems. */
import { validateScorecard } from '@heng/engine';
import type { Problem, ReferenceContext, ScorecardDefinition } from '@heng/engine';
import { useMemo } from 'react';
import { useHistory } from '../ops/use-history.js';

/** An edit: a pure operation over the card. */
export type Edit = (def: ScorecardDefinition) => ScorecardDefinition;

/** What editor components read and call. */
export interface ScorecardEditorState {
  readonly def: ScorecardDefinition;
  readonly problems: readonly Problem[];
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  apply(edit: Edit, key?: string): void;
  undo(): void;
  redo(): void;
}

/**
 * Holds a card being edited. Problems are the engine's `validateScorecard` of the present
 * state, recomputed on each edit. Ctrl/⌘+Z undoes, Ctrl/⌘+Shift+Z or Ctrl+Y redoes (not while
 * typing in a text box, where the browser's own undo applies).
 */
export function useScorecardEditor(initial: ScorecardDefinition, ctx: ReferenceContext): ScorecardEditorState {
  const { present: def, canUndo, canRedo, apply, undo, redo } = useHistory(initial);
  const problems = useMemo(() => validateScorecard(def, ctx), [def, ctx]);
  return { def, problems, canUndo, canRedo, apply, undo, redo };
}
