/** @module Data loaded from the server for a component: loading, loaded or failed (as an ApiError), and loaded again on demand. */
import { useCallback, useEffect, useState } from 'react';
import type { DependencyList } from 'react';
import { ApiError } from '../api/client.js';

/** Where a load stands. */
export type Loaded<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'ok'; readonly value: T }
  | { readonly status: 'error'; readonly error: ApiError };

/**
 * Any failure as an ApiError, so every message shown has both languages.
 *
 * @example
 * asApiError(new TypeError('x')).code // 'unexpected'
 */
export function asApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  const text = e instanceof Error ? e.message : String(e);
  return new ApiError(0, 'unexpected', `Something went wrong: ${text}. Reload the page and try again.`, `出现错误：${text}。请刷新页面后重试。`);
}

/**
 * Runs `load` when `deps` change (a stale answer is dropped) and on `reload()`.
 *
 * @example
 * const [users, reloadUsers] = useLoad(() => loadUsers(), []);
 * if (users.status === 'ok') users.value.map(...)
 */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): [Loaded<T>, () => void] {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    load().then(
      (value) => live && setState({ status: 'ok', value }),
      (e: unknown) => live && setState({ status: 'error', error: asApiError(e) }),
    );
    return () => {
      live = false;
    };
    // `load` is a fresh closure each render; `deps` say when it asks for something else.
  }, [...deps, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return [state, reload];
}
