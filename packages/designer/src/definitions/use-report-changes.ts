/** @module How an editor tells its page about edits: every new state of the definition, undo and redo included. */
import { useEffect, useRef } from 'react';

/**
 * Calls `onChange` with `def` each time it is a new state after the first, so the page's
 * autosave always holds the latest one (an undo back to the loaded state is an edit too).
 *
 * @example
 * useReportChanges(editor.def, props.onChange);
 */
export function useReportChanges<D>(def: D, onChange: ((next: D) => void) | undefined): void {
  const reported = useRef(def);
  const changed = useRef(onChange);
  useEffect(() => {
    changed.current = onChange;
  });
  useEffect(() => {
    if (def === reported.current) return;
    reported.current = def;
    changed.current?.(def);
  }, [def]);
}
