/** @module The columns a user picked for a record list, remembered in this browser per user, company and form. */
import { useCallback, useState } from 'react';

/** Where a user's columns for one form are remembered (localStorage). */
const keyOf = (userId: string, appId: string, formId: string): string => `heng.listColumns/${userId}/${appId}/${formId}`;

function read(key: string): string[] | undefined {
  try {
    const raw = localStorage.getItem(key);
    const parsed: unknown = raw === null ? undefined : JSON.parse(raw);
    return Array.isArray(parsed) && parsed.every((id) => typeof id === 'string') ? parsed : undefined;
  } catch {
    // Blocked storage or a value written by hand: the form's columns apply.
    return undefined;
  }
}

function write(key: string, ids: readonly string[] | undefined): void {
  try {
    if (ids === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(ids));
  } catch {
    // Not remembered, but shown for this visit.
  }
}

/**
 * The column ids the user picked for a form's list (undefined: the form's own), and a setter that
 * remembers them; undefined resets to the form's.
 *
 * @example
 * const [chosen, choose] = useChosenColumns(userId, appId, 'customer');
 * choose(['company_name', 'credit_grade']);
 */
export function useChosenColumns(userId: string | undefined, appId: string, formId: string): [string[] | undefined, (ids: readonly string[] | undefined) => void] {
  // Read again whenever the key changes (another user, company or form).
  const key = keyOf(userId ?? '', appId, formId);
  const [state, setState] = useState(() => ({ key, ids: read(key) }));
  const ids = state.key === key ? state.ids : read(key);
  const choose = useCallback(
    (next: readonly string[] | undefined) => {
      write(key, next);
      setState({ key, ids: next === undefined ? undefined : [...next] });
    },
    [key],
  );
  return [ids, choose];
}
