/**
 * @module The designer's one way to the server: JSON over fetch, the CSRF header on writes, and
 * problem JSON (RFC 9457) turned into an {@link ApiError} whose field problems editors place on fields.
 */
import type { DefinitionKind, Problem } from '@heng/engine';

/** The header the server checks on cookie-authenticated writes, and the cookie that may carry its token. */
export const CSRF_HEADER = 'X-CSRF-Token';
const CSRF_COOKIE = 'heng_csrf';

/** Every route the designer calls (issue 3), in one place so the server's final paths are one edit away. */
export const routes = {
  session: '/api/session',
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
  ) {
    super(message);
  }

  /** A stale save: someone else saved first (409), so the draft must be reloaded. */
  get conflict(): boolean {
    return this.status === 409;
  }
}

/** Who is signed in, and the token to send on writes. */
export interface Session {
  readonly user: { readonly id: string; readonly name: string; readonly email: string };
  readonly tenant: { readonly id: string; readonly name: string };
  readonly roles: readonly string[];
  readonly csrfToken: string;
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
  /** `document.cookie` in the browser. */
  readonly cookies?: () => string;
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function cookieValue(cookies: string, name: string): string | undefined {
  for (const part of cookies.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
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
      );
    }
  }
  return new ApiError(res.status, `http_${res.status}`, `The server answered ${res.status} ${res.statusText}.`, `服务器返回 ${res.status} ${res.statusText}。`);
}

/**
 * A client over `fetch`. Writes carry the CSRF token (from the session, or the `heng_csrf`
 * cookie); every failure is an ApiError, never a raw response.
 *
 * @example
 * const api = createClient();
 * try { await api.saveDraft('scorecard', def.id, def, 3); }
 * catch (e) { if (e instanceof ApiError && e.conflict) reload(); }
 */
export function createClient(options: ClientOptions = {}) {
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const base = options.baseUrl ?? '';
  const cookies = options.cookies ?? (() => (typeof document === 'undefined' ? '' : document.cookie));
  let csrf: string | undefined;

  async function request<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
    const h: Record<string, string> = { Accept: 'application/json, application/problem+json', ...headers };
    if (body !== undefined) h['Content-Type'] = 'application/json';
    if (!SAFE.has(method)) {
      const token = csrf ?? cookieValue(cookies(), CSRF_COOKIE);
      if (token !== undefined) h[CSRF_HEADER] = token;
    }
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
    session: async () => remember(await request<Session>('GET', routes.session)),
    login: async (email: string, password: string) => remember(await request<Session>('POST', routes.session, { email, password })),
    logout: async () => {
      await request<void>('DELETE', routes.session);
      csrf = undefined;
    },
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
