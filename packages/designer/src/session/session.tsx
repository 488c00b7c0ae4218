/** @module Who is signed in, known to every page: loaded once from GET /api/me, changed by login, setup and logout. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { ApiError, api } from '../api/client.js';
import type { ApiClient, Session } from '../api/client.js';

/** Where the app stands: still asking, nobody signed in (and whether the first-run setup is due), or someone is. */
export type SessionState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: ApiError }
  | { readonly kind: 'signed-out'; readonly setupNeeded: boolean }
  | { readonly kind: 'signed-in'; readonly session: Session };

/** The state and what changes it. */
export interface SessionContextValue {
  readonly state: SessionState;
  /** After a login or a setup: the session it answered with. */
  signedIn(session: Session): void;
  /** Ends the session on the server; signed out here whatever it answers. */
  signOut(): Promise<void>;
  /** Asks the server again (after a failure to reach it). */
  reload(): void;
}

const SessionContext = createContext<SessionContextValue | undefined>(undefined);

const asApiError = (e: unknown): ApiError => (e instanceof ApiError ? e : new ApiError(0, 'unknown', String(e), String(e)));

/**
 * The state a fresh page starts in: signed in when /api/me answers, otherwise signed out,
 * with setup due when GET /api/setup says no company exists yet.
 *
 * @example
 * const state = await loadSession(api);
 */
export async function loadSession(client: Pick<ApiClient, 'me' | 'setupStatus'>): Promise<SessionState> {
  try {
    return { kind: 'signed-in', session: await client.me() };
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 401) return { kind: 'failed', error: asApiError(e) };
  }
  try {
    const status = await client.setupStatus();
    return { kind: 'signed-out', setupNeeded: status.needed };
  } catch (e) {
    return { kind: 'failed', error: asApiError(e) };
  }
}

/** Provides the session to the pages below it. */
export function SessionProvider({ children, client = api }: { readonly children: ReactNode; readonly client?: ApiClient }) {
  const [state, setState] = useState<SessionState>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    void loadSession(client).then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, [client, attempt]);

  const signedIn = useCallback((session: Session) => setState({ kind: 'signed-in', session }), []);
  const signOut = useCallback(async () => {
    try {
      await client.logout();
    } catch {
      // An expired session is already ended; the page is signed out either way.
    }
    setState({ kind: 'signed-out', setupNeeded: false });
  }, [client]);
  const reload = useCallback(() => {
    setState({ kind: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const value = useMemo(() => ({ state, signedIn, signOut, reload }), [state, signedIn, signOut, reload]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The role that administers a company (server: auth/principal.ts ADMIN_ROLE). */
export const ADMIN_ROLE = 'admin';

/**
 * The signed-in user's roles; none outside a session (a designer's preview renders forms
 * without one), which hides no field.
 *
 * @example
 * const roles = useRolesIfSignedIn(); fieldAccess(field, roles)
 */
export function useRolesIfSignedIn(): readonly string[] {
  const state = useContext(SessionContext)?.state;
  return state?.kind === 'signed-in' ? state.session.roles : NO_ROLES;
}

const NO_ROLES: readonly string[] = [];

/** The session of the page; only inside {@link SessionProvider}. */
export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (value === undefined) throw new Error('useSession is used outside SessionProvider');
  return value;
}
