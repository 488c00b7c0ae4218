/**
 * @module The designer's one way to the server: JSON over fetch, the CSRF header on writes, and
 * problem JSON (RFC 9457) turned into an {@link ApiError} whose field problems editors place on fields.
 */
import type { DefinitionKind, DraftImpact, Problem } from '@heng/engine';
import type { DefinitionReader, DefinitionSummary, DiffSide, DiffView, DraftView, JobView, PublishedVersion, RecordPage, RescoreImpact, RoleView, Rollback, Validation, VersionInfo } from './definition-types.js';

export type * from './definition-types.js';

/** The header the server checks on cookie-authenticated writes (server: auth/csrf.ts). */
export const CSRF_HEADER = 'X-CSRF-Token';

/** `/api/definitions/:kind/:id`, the base of one definition's routes. */
const definition = (kind: DefinitionKind, id: string) => `/api/definitions/${kind}/${encodeURIComponent(id)}`;

/** Every route the designer calls, in one place so the server's final paths are one edit away. */
export const routes = {
  me: '/api/me',
  login: '/api/auth/login',
  logout: '/api/auth/logout',
  setup: '/api/setup',
  roles: '/api/roles',
  definitions: (kind?: DefinitionKind) => (kind === undefined ? '/api/definitions' : `/api/definitions?kind=${encodeURIComponent(kind)}`),
  draft: (kind: DefinitionKind, id: string) => `${definition(kind, id)}/draft`,
  validate: (kind: DefinitionKind, id: string) => `${definition(kind, id)}/validate`,
  publish: (kind: DefinitionKind, id: string) => `${definition(kind, id)}/publish`,
  versions: (kind: DefinitionKind, id: string) => `${definition(kind, id)}/versions`,
  version: (kind: DefinitionKind, id: string, version: number) => `${definition(kind, id)}/versions/${version}`,
  published: (kind: DefinitionKind) => `/api/definitions/${encodeURIComponent(kind)}/published`,
  diff: (kind: DefinitionKind, id: string, sides: { readonly from?: DiffSide; readonly to?: DiffSide } = {}) => {
    const query = new URLSearchParams(Object.entries(sides).map(([k, v]) => [k, String(v)])).toString();
    return `${definition(kind, id)}/diff${query === '' ? '' : `?${query}`}`;
  },
  rollback: (kind: DefinitionKind, id: string) => `${definition(kind, id)}/rollback`,
  readers: (kind: DefinitionKind, id: string, item: string) => `${definition(kind, id)}/readers/${encodeURIComponent(item)}`,
  records: (formId: string, limit: number) => `/api/forms/${encodeURIComponent(formId)}/records?limit=${limit}`,
  job: (jobId: string) => `/api/admin/jobs/${encodeURIComponent(jobId)}`,
  rescoreImpact: (jobId: string) => `/api/admin/jobs/${encodeURIComponent(jobId)}/rescore-impact`,
  draftImpact: (scorecardId: string) => `${definition('scorecard', scorecardId)}/draft/impact`,
  jobEvents: (jobId: string) => `/api/admin/jobs/${encodeURIComponent(jobId)}/events`,
  /** `query` is a ready query string, `?` included (or empty). */
  recordList: (formId: string, query: string) => `/api/forms/${encodeURIComponent(formId)}/records${query}`,
  record: (formId: string, id: string) => `/api/forms/${encodeURIComponent(formId)}/records/${encodeURIComponent(id)}`,
  recordScore: (formId: string, id: string) => `/api/forms/${encodeURIComponent(formId)}/records/${encodeURIComponent(id)}/score`,
  recordScores: (formId: string, id: string) => `/api/forms/${encodeURIComponent(formId)}/records/${encodeURIComponent(id)}/scores`,
  recordStatus: (formId: string, id: string) => `/api/forms/${encodeURIComponent(formId)}/records/${encodeURIComponent(id)}/status`,
  recordRuleRuns: (formId: string, id: string) => `/api/forms/${encodeURIComponent(formId)}/records/${encodeURIComponent(id)}/rule-runs`,
  recordRevisions: (formId: string, id: string) => `/api/forms/${encodeURIComponent(formId)}/records/${encodeURIComponent(id)}/revisions`,
  recordApprovals: (formId: string, id: string) => `/api/forms/${encodeURIComponent(formId)}/records/${encodeURIComponent(id)}/approvals`,
  exportCsv: (formId: string, query: string) => `/api/forms/${encodeURIComponent(formId)}/export.csv${query}`,
  importCsv: (formId: string) => `/api/forms/${encodeURIComponent(formId)}/import`,
  users: '/api/users',
  inbox: (status: 'open' | 'done') => `/api/inbox?status=${status}`,
  submitted: '/api/inbox/submitted',
  tasks: (status: 'open' | 'done') => `/api/tasks?status=${status}`,
  taskDone: (taskId: string) => `/api/tasks/${encodeURIComponent(taskId)}/done`,
  approval: (instanceId: string) => `/api/approvals/${encodeURIComponent(instanceId)}`,
  approvalCommands: (instanceId: string) => `/api/approvals/${encodeURIComponent(instanceId)}/commands`,
  templates: '/api/templates',
  templatePlan: (templateId: string) => `/api/templates/${encodeURIComponent(templateId)}/plan`,
  templateImport: (templateId: string) => `/api/templates/${encodeURIComponent(templateId)}/import`,
  bundlePlan: '/api/bundles/plan',
  bundleImport: '/api/bundles/import',
  bundleExport: '/api/bundles/export',
  dashboards: '/api/dashboards',
  dashboard: (id: string) => `/api/dashboards/${encodeURIComponent(id)}`,
  /** `query` is a ready query string, `?` included (or empty). */
  dashboardData: (id: string, query: string) => `/api/dashboards/${encodeURIComponent(id)}/data${query}`,
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

/** What the client needs from its surroundings; tests pass their own `fetch`. */
export interface ClientOptions {
  readonly fetch?: typeof fetch;
  readonly baseUrl?: string;
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

const ifMatch = (revision: number) => ({ 'If-Match': `"${revision}"` });

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
    // A text body with its own Content-Type (a CSV upload) is sent as it is; anything else as JSON.
    const text = typeof body === 'string' && headers['Content-Type'] !== undefined ? body : undefined;
    if (body !== undefined && text === undefined) h['Content-Type'] = 'application/json';
    if (!SAFE.has(method) && csrf !== undefined) h[CSRF_HEADER] = csrf;
    let res: Response;
    try {
      res = await doFetch(base + path, { method, headers: h, credentials: 'same-origin', ...(body === undefined ? {} : { body: text ?? JSON.stringify(body) }) });
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
    roles: () => request<RoleView[]>('GET', routes.roles),
    /** The company's definitions (of one kind), each with its latest published version. */
    definitions: async (kind?: DefinitionKind) => (await request<{ items: DefinitionSummary[] }>('GET', routes.definitions(kind))).items,
    draft: <D>(kind: DefinitionKind, id: string) => request<DraftView<D>>('GET', routes.draft(kind, id)),
    /** Creates a draft; 409 when one with this kind and id exists. */
    createDraft: <D>(kind: DefinitionKind, id: string, definition: D) => request<DraftView<D>>('PUT', routes.draft(kind, id), definition, { 'If-None-Match': '*' }),
    /** Saves a draft loaded at `revision`; a stale revision fails with 409 (`conflict`), never overwrites. */
    saveDraft: <D>(kind: DefinitionKind, id: string, definition: D, revision: number) => request<DraftView<D>>('PUT', routes.draft(kind, id), definition, ifMatch(revision)),
    /**
     * Discards the draft at `revision`: answers it as the latest version again, or undefined
     * when the definition was never published and is removed. A stale revision fails with 409.
     */
    discardDraft: <D>(kind: DefinitionKind, id: string, revision: number) => request<DraftView<D> | undefined>('DELETE', routes.draft(kind, id), undefined, ifMatch(revision)),
    /** The saved draft checked against the company's published definitions and roles. */
    validate: (kind: DefinitionKind, id: string) => request<Validation>('POST', routes.validate(kind, id)),
    /** Publishes the draft at `revision` as the next version; 422 with its problems when it is not valid. */
    publish: (kind: DefinitionKind, id: string, revision: number, note?: string) => request<VersionInfo>('POST', routes.publish(kind, id), note === undefined ? {} : { note }, ifMatch(revision)),
    /** The published definitions that read field `item` of a form: what keeps a version without it from being published. */
    readers: async (kind: DefinitionKind, id: string, item: string) => (await request<{ items: DefinitionReader[] }>('GET', routes.readers(kind, id, item))).items,
    versions: async (kind: DefinitionKind, id: string) => (await request<{ items: VersionInfo[] }>('GET', routes.versions(kind, id))).items,
    version: <D>(kind: DefinitionKind, id: string, version: number) => request<PublishedVersion<D>>('GET', routes.version(kind, id, version)),
    /** The latest published version of each definition of `kind`, with its body, in one request. */
    published: async <D>(kind: DefinitionKind) => (await request<{ items: (PublishedVersion<D> & { readonly id: string })[] }>('GET', routes.published(kind))).items,
    /** What changed; by default from the latest version to the draft. */
    diff: (kind: DefinitionKind, id: string, sides?: { readonly from?: DiffSide; readonly to?: DiffSide }) => request<DiffView>('GET', routes.diff(kind, id, sides)),
    /** Publishes version `version` anew and makes it the draft, which must still be at `revision`. */
    rollback: <D>(kind: DefinitionKind, id: string, revision: number, version: number) => request<Rollback<D>>('POST', routes.rollback(kind, id), { version }, ifMatch(revision)),
    records: (formId: string, limit = 20) => request<RecordPage>('GET', routes.records(formId, limit)),
    /** A background job (admins only). */
    job: (jobId: string) => request<JobView>('GET', routes.job(jobId)),
    /** What a finished re-score changed: scores, grades and the moves between grades. */
    rescoreImpact: (jobId: string) => request<RescoreImpact>('GET', routes.rescoreImpact(jobId)),
    /** What publishing the saved scorecard draft would change; 422 with its problems when it cannot be published. */
    draftImpact: (scorecardId: string) => request<DraftImpact>('GET', routes.draftImpact(scorecardId)),
    /**
     * Follows a job's server-sent events (admins only) until it ends; `onLost` when the stream
     * cannot be read (not allowed, or cut), so the caller can ask `job` instead. Returns the stop.
     */
    followJob: (jobId: string, onJob: (job: JobView) => void, onLost: () => void): (() => void) => {
      const source = new EventSource(base + routes.jobEvents(jobId));
      const take = (e: MessageEvent<string>) => onJob(JSON.parse(e.data) as JobView);
      source.addEventListener('progress', take);
      source.addEventListener('end', (e) => {
        source.close();
        take(e);
      });
      // EventSource would reconnect on its own: a stream that fails is given up for the caller's fallback.
      source.onerror = () => {
        source.close();
        onLost();
      };
      return () => source.close();
    },
    /** Any other route of `routes`, typed by the caller (the runtime pages' calls: src/runtime/api.ts, src/renderer/data.ts). */
    call: <T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, body?: unknown, headers?: Record<string, string>) => request<T>(method, path, body, headers),
  };
}

export type ApiClient = ReturnType<typeof createClient>;

/** The client the app uses. */
export const api: ApiClient = createClient();
