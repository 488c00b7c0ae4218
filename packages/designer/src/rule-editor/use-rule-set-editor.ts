/** @module The rule editor's state: the rule set under undo/redo, its problems (the engine's and the server's), changes reported up. */
import { validateRuleSet } from '@heng/engine';
import type { Problem, ReferenceContext, RuleSetDefinition } from '@heng/engine';
import { useEffect, useMemo, useRef } from 'react';
import { mergeProblems } from '../ops/ruleset-problems.js';
import { useHistory } from '../ops/use-history.js';

/** An edit: a pure operation over the rule set. */
export type Edit = (def: RuleSetDefinition) => RuleSetDefinition;

/** What editor components read and call. */
export interface RuleSetEditorState {
  readonly def: RuleSetDefinition;
  /** The engine's `validateRuleSet` of the present state, then the server's problems not already among them. */
  readonly problems: readonly Problem[];
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  apply(edit: Edit, key?: string): void;
  undo(): void;
  redo(): void;
}

/**
 * Holds a rule set being edited and calls `onChange` with every new present state (edits, undo
 * and redo alike), never with `initial` itself. Ctrl/⌘+Z undoes, Ctrl/⌘+Shift+Z or Ctrl+Y redoes.
 *
 * @example
 * const editor = useRuleSetEditor(def, ctx, serverProblems, (next) => saveDraftSoon(next));
 * editor.apply((d) => moveRule(d, 'reminder', 'legal'));
 */
export function useRuleSetEditor(initial: RuleSetDefinition, ctx: ReferenceContext, external: readonly Problem[], onChange: (next: RuleSetDefinition) => void): RuleSetEditorState {
  const { present: def, canUndo, canRedo, apply, undo, redo } = useHistory(initial);
  const local = useMemo(() => validateRuleSet(def, ctx), [def, ctx]);
  const problems = useMemo(() => mergeProblems(local, external), [local, external]);
  const report = useRef(onChange);
  const reported = useRef(initial);
  useEffect(() => {
    report.current = onChange;
  }, [onChange]);
  useEffect(() => {
    if (def === reported.current) return;
    reported.current = def;
    report.current(def);
  }, [def]);
  return { def, problems, canUndo, canRedo, apply, undo, redo };
}
