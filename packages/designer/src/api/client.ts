/**
 * @module The designer's one way to the server: JSON over fetch, the CSRF header on writes, and
 * problem JSON (RFC 9457) turned into an {@link ApiError} whose field problems editors place on fields.
 */
import type { DefinitionKind, Problem } from '@heng/engine';

/** The header the server checks on cookie-authenticated writes (server: auth/csrf.ts). */
export const CSRF_HEADER = 'X-CSRF-Token';

/**
 * Every route the designer calls, in one place so the server's final paths are one edit away.
 * The auth and setup routes are the server's; the definitions and records routes are upcoming
 * (issue 3, items 3 and 4): until they land the server answers them 404 and the bundled
 * examples are what the editors open.
 */
export const routes = {
  me: '/api/me',
  login: '/api/auth/login',
  logout: '/api/auth/logout',
  setup: '/api/setup',
  apps: '/api/apps',
  definitions: (kind: DefinitionKind) => `/api/definitions?kind=${encodeURIComponent(kind)}`,
  draft: (kind: DefinitionKind, id: string) => `/api/definitions/${kind}/${encodeURIComponent(id)}/draft`,
  validate: (kind: DefinitionKind, id: string) => `/api/definitions/${kind}/${encodeURIComponent(id)}/validate`,
  publish: (kind: DefinitionKind, id: string) => `/api/definitions/${kind}/${encodeURIComponent(id)}/publish`,
  versions: (kind: DefinitionKind, id: string) => `/api/definitions/${kind}/${encodeURIComponent(id)}/versions`,
  records: (formId: string, limit: number) => `/api/forms/${encodeURIComponent(formId)}/records?limit=${limit}`,
} as const;

/**
 * A failed call: the server's problem document, or what went wrong on the way. `status` 0 means
 * the server could not be reached; `problems` are per field (JSON Pointers into the body sent).
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly messageZh: string,
    readonly problems: readonly Problem[] = [],
    readonly requestId?: string,
    /** Seconds to wait before trying again (429's Retry-After). */
    readonly retryAfter?: number,
  ) {
    super(message);
  }

  /** A stale save: someone else saved first (409), so the draft must be reloaded. */
  get conflict(): boolean {
    return this.status === 409;
  }
}

/** Who is signed in (GET /api/me, or the answer of a login or setup), and the token to send on writes. */
export interface Session {
  readonly user: { readonly id: string; readonly email: string; readonly displayName: string; readonly managerId: string | null };
  readonly tenant: { readonly id: string; readonly slug: string; readonly name: string };
  readonly roles: readonly string[];
  readonly via: 'session' | 'token';
  readonly csrfToken?: string;
}

/** What the login form sends; `tenant` (the company code) may be left out while only one company exists. */
export interface Credentials {
  readonly tenant?: string;
  readonly email: string;
  readonly password: string;
}

/** Whether the first-run setup is still to do (GET /api/setup). */
export interface SetupStatus {
  readonly needed: boolean;
  readonly setupTokenRequired: boolean;
}

/** The first company and its admin (POST /api/setup); problems come back at /slug, /name, /admin/email... */
export interface SetupInput {
  readonly slug: string;
  readonly name: string;
  readonly admin: { readonly email: string; readonly displayName: string; readonly password: string };
  readonly setupToken?: string;
}

/** An app (an installed template): its definitions, listed in the navigation. */
export interface AppSummary {
  readonly id: string;
  readonly name: { readonly 'zh-CN': string; readonly en: string };
}

/** A definition as listed. */
export interface DefinitionSummary {
  readonly kind: DefinitionKind;
  readonly id: string;
  readonly name: { readonly 'zh-CN': string; readonly en: string };
  readonly revision: number;
  readonly publishedVersion: number | null;
}

/** A draft and the revision a save must name (optimistic concurrency). */
export interface Draft<D> {
  readonly definition: D;
  readonly revision: number;
}

/** A stored record, for picking a sample to score. */
export interface StoredRecord {
  readonly id: string;
  readonly revision: number;
  readonly values: Readonly<Record<string, unknown>>;
}

/** What the client needs from its surroundings; tests pass their own `fetch`. */
export interface ClientOptions {
  readonly fetch?: typeof fetch;
  readonly baseUrl?: string;
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function retryAfterOf(res: Response): number | undefined {
  const seconds = Number(res.headers.get('retry-after') ?? '');
  return Number.isFinite(seconds) && seconds > 0 ? seconds : undefined;
}

/** Reads a problem document (or anything else a failed response holds) into an ApiError. */
async function errorOf(res: Response): Promise<ApiError> {
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    const body = (await res.json().catch(() => null)) as Record<string, unknown> | null;
    if (body !== null && typeof body === 'object') {
      const problems = Array.isArray(body.problems) ? (body.problems as Problem[]).filter((p) => typeof p?.path === 'string') : [];
      const detail = typeof body.detail === 'string' ? body.detail : res.statusText;
      return new ApiError(
        res.status,
        typeof body.code === 'string' ? body.code : `http_${res.status}`,
        detail,
        typeof body.detailZh === 'string' ? body.detailZh : detail,
        problems,
        typeof body.requestId === 'string' ? body.requestId : undefined,
        retryAfterOf(res),
      );
    }
  }
  return new ApiError(res.status, `http_${res.status}`, `The server answered ${res.status} ${res.statusText}.`, `服务器返回 ${res.status} ${res.statusText}。`);
}

/**
 * A client over `fetch`. Writes carry the CSRF token the last login, setup or `me()` gave
 * (the session cookie itself is httpOnly); every failure is an ApiError, never a raw response.
 *
 * @example
 * const api = createClient();
 * try { await api.saveDraft('scorecard', def.id, def, 3); }
 * catch (e) { if (e instanceof ApiError && e.conflict) reload(); }
 */
export function createClient(options: ClientOptions = {}) {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const base = options.baseUrl ?? '';
  let csrf: string | undefined;

  async function request<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    const h: Record<string, string> = { Accept: 'application/json, application/problem+json', ...headers };
    if (body !== undefined) h['Content-Type'] = 'application/json';
    if (!SAFE.has(method) && csrf !== undefined) h[CSRF_HEADER] = csrf;
    let res: Response;
    try {
      res = await doFetch(base + path, { method, headers: h, credentials: 'same-origin', ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    } catch {
      throw new ApiError(0, 'network', 'The server cannot be reached: check the connection and try again.', '无法连接服务器，请检查网络后重试。');
    }
    if (!res.ok) throw await errorOf(res);
    if (res.status === 204) return undefined as T;
    if (!(res.headers.get('content-type') ?? '').includes('json')) {
      throw new ApiError(res.status, 'not_json', 'The server answered with something other than JSON: is the API running?', '服务器返回的不是 JSON：API 服务是否已启动？');
    }
    return (await res.json()) as T;
  }

  const remember = (s: Session): Session => {
    csrf = s.csrfToken;
    return s;
  };

  return {
    /** Who is signed in; fails with 401 when nobody is. */
    me: async () => remember(await request<Session>('GET', routes.me)),
    login: async (credentials: Credentials) => remember(await request<Session>('POST', routes.login, credentials)),
    /** Ends the session; the token is forgotten even when the server could not be told. */
    logout: async () => {
      try {
        await request<void>('POST', routes.logout);
      } finally {
        csrf = undefined;
      }
    },
    setupStatus: () => request<SetupStatus>('GET', routes.setup),
    /** Creates the first company and admin, who is then signed in. */
    setup: async (input: SetupInput) => remember(await request<Session>('POST', routes.setup, input)),
    apps: () => request<AppSummary[]>('GET', routes.apps),
    definitions: (kind: DefinitionKind) => request<DefinitionSummary[]>('GET', routes.definitions(kind)),
    draft: <D>(kind: DefinitionKind, id: string) => request<Draft<D>>('GET', routes.draft(kind, id)),
    /** Saves a draft; `revision` is the one it was loaded at (null: a new definition). A stale one fails with 409. */
    saveDraft: <D>(kind: DefinitionKind, id: string, definition: D, revision: number | null) =>
      request<{ revision: number }>('PUT', routes.draft(kind, id), definition, revision === null ? { 'If-None-Match': '*' } : { 'If-Match': `"${revision}"` }),
    validate: <D>(kind: DefinitionKind, id: string, definition: D) => request<{ problems: Problem[] }>('POST', routes.validate(kind, id), definition),
    publish: (kind: DefinitionKind, id: string, revision: number) => request<{ version: number }>('POST', routes.publish(kind, id), { revision }),
    records: (formId: string, limit = 20) => request<{ items: StoredRecord[] }>('GET', routes.records(formId, limit)),
  };
}

export type ApiClient = ReturnType<typeof createClient>;

/** The client the app uses. */
export const api: ApiClient = createClient();
