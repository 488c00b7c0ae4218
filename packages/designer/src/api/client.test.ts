import { describe, expect, it } from 'vitest';
import { ApiError, createClient, CSRF_HEADER } from './client.js';

interface Call {
  readonly url: string;
  readonly init: RequestInit;
}

/** A fetch that records calls and answers each with the next response given. */
function recorder(...responses: Array<Response | Error>) {
  const calls: Call[] = [];
  const fetch = async (url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(url), init: init ?? {} });
    const next = responses.shift();
    if (next instanceof Error) throw next;
    return next ?? new Response(null, { status: 204 });
  };
  return { calls, fetch: fetch as typeof globalThis.fetch };
}

const json = (body: unknown, status = 200, type = 'application/json') => new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
const headers = (c: Call | undefined) => (c?.init.headers ?? {}) as Record<string, string>;
const session = { user: { id: 'u1', displayName: '林芳', email: 'lin@example.com', managerId: null }, tenant: { id: 't1', slug: 'minjiang', name: '闽江机械' }, roles: ['admin'], via: 'session', csrfToken: 'tok-1' };

describe('api client', () => {
  it('sends JSON and the CSRF token from the session on writes only', async () => {
    const { calls, fetch } = recorder(json(session), json({ items: [] }), json({ revision: 4 }));
    const api = createClient({ fetch });
    await api.login({ tenant: 'minjiang', email: 'lin@example.com', password: 'secret-pass' });
    await expect(api.definitions('scorecard')).resolves.toEqual([]);
    await api.saveDraft('scorecard', 'credit_score', { id: 'credit_score' }, 3);
    expect(calls.map((c) => `${c.init.method} ${c.url}`)).toEqual(['POST /api/auth/login', 'GET /api/definitions?kind=scorecard', 'PUT /api/definitions/scorecard/credit_score/draft']);
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ tenant: 'minjiang', email: 'lin@example.com', password: 'secret-pass' });
    expect(headers(calls[0])[CSRF_HEADER]).toBeUndefined();
    expect(headers(calls[1])[CSRF_HEADER]).toBeUndefined();
    expect(headers(calls[2])).toMatchObject({ [CSRF_HEADER]: 'tok-1', 'If-Match': '"3"', 'Content-Type': 'application/json' });
    expect(calls[2]?.init.body).toBe('{"id":"credit_score"}');
  });

  it('asks whether setup is needed, and a setup signs the admin in', async () => {
    const { calls, fetch } = recorder(json({ needed: true, setupTokenRequired: false }), json(session, 201), new Response(null, { status: 204 }));
    const api = createClient({ fetch });
    await expect(api.setupStatus()).resolves.toEqual({ needed: true, setupTokenRequired: false });
    const input = { slug: 'minjiang', name: '闽江机械', admin: { email: 'lin@example.com', displayName: '林芳', password: 'long-enough-1' } };
    await expect(api.setup(input)).resolves.toMatchObject({ user: { displayName: '林芳' } });
    await api.logout();
    expect(calls.map((c) => `${c.init.method} ${c.url}`)).toEqual(['GET /api/setup', 'POST /api/setup', 'POST /api/auth/logout']);
    expect(JSON.parse(String(calls[1]?.init.body))).toEqual(input);
    expect(headers(calls[2])[CSRF_HEADER]).toBe('tok-1');
  });

  it('keeps the wait a 429 asks for', async () => {
    const body = { code: 'too_many_attempts', detail: 'Too many failed sign-ins: wait 15 minute(s) and try again.', detailZh: '登录失败次数过多，请 15 分钟后重试。', problems: [] };
    const res = new Response(JSON.stringify(body), { status: 429, headers: { 'content-type': 'application/problem+json', 'retry-after': '900' } });
    const { fetch } = recorder(res);
    const error = await createClient({ fetch }).login({ email: 'a@b.c', password: 'x' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 429, code: 'too_many_attempts', retryAfter: 900, messageZh: '登录失败次数过多，请 15 分钟后重试。' });
  });

  it('maps problem JSON to an ApiError with field problems', async () => {
    const problem = { path: '/factors/0/weight', code: 'scorecard.weights.sum', message: 'Weights add up to 95%.', messageZh: '权重合计为 95%。' };
    const body = { type: 'urn:heng:problem:validation_failed', status: 422, code: 'validation_failed', detail: 'The request has 1 problem(s).', detailZh: '请求有 1 处问题。', problems: [problem], requestId: 'r-9' };
    const { fetch } = recorder(json(body, 422, 'application/problem+json'));
    const error = await createClient({ fetch }).validate('scorecard', 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 422, code: 'validation_failed', message: 'The request has 1 problem(s).', messageZh: '请求有 1 处问题。', problems: [problem], requestId: 'r-9', conflict: false });
  });

  it('creates with If-None-Match, publishes and rolls back with If-Match, and asks for a diff between two sides', async () => {
    const { calls, fetch } = recorder(json({ revision: 1 }, 201), json({ version: 1 }, 201), json({ version: {}, draft: {} }, 201), json({ changes: [] }), json({ items: [] }));
    const api = createClient({ fetch });
    await api.createDraft('form', 'customer', { kind: 'form', id: 'customer' });
    await api.publish('form', 'customer', 3, 'first');
    await api.rollback('form', 'customer', 4, 1);
    await api.diff('form', 'customer', { from: 1, to: 'draft' });
    await expect(api.versions('form', 'customer')).resolves.toEqual([]);
    expect(calls.map((c) => `${c.init.method} ${c.url}`)).toEqual([
      'PUT /api/definitions/form/customer/draft',
      'POST /api/definitions/form/customer/publish',
      'POST /api/definitions/form/customer/rollback',
      'GET /api/definitions/form/customer/diff?from=1&to=draft',
      'GET /api/definitions/form/customer/versions',
    ]);
    expect(headers(calls[0])['If-None-Match']).toBe('*');
    expect([headers(calls[1])['If-Match'], calls[1]?.init.body]).toEqual(['"3"', '{"note":"first"}']);
    expect([headers(calls[2])['If-Match'], calls[2]?.init.body]).toEqual(['"4"', '{"version":1}']);
  });

  it('says a stale save is a conflict', async () => {
    const { fetch } = recorder(json({ code: 'stale_revision', detail: 'Saved by someone else.', problems: [] }, 409, 'application/problem+json'));
    const error = (await createClient({ fetch }).saveDraft('scorecard', 'x', {}, 1).catch((e: unknown) => e)) as ApiError;
    expect([error.conflict, error.code, error.messageZh]).toEqual([true, 'stale_revision', 'Saved by someone else.']);
  });

  it('turns an unreachable server, a non-problem error and a non-JSON answer into ApiErrors', async () => {
    const { fetch } = recorder(new TypeError('Failed to fetch'), new Response('<html>', { status: 502, statusText: 'Bad Gateway' }), new Response('<html>', { status: 200, headers: { 'content-type': 'text/html' } }));
    const api = createClient({ fetch });
    await expect(api.roles()).rejects.toMatchObject({ status: 0, code: 'network' });
    await expect(api.roles()).rejects.toMatchObject({ status: 502, code: 'http_502' });
    await expect(api.roles()).rejects.toMatchObject({ code: 'not_json' });
  });

  it('forgets the token on logout', async () => {
    const { calls, fetch } = recorder(json(session), new Response(null, { status: 204 }), json({ revision: 2 }));
    const api = createClient({ fetch });
    await api.me();
    await api.logout();
    await api.saveDraft('scorecard', 'x', {}, 1);
    expect(headers(calls[1])[CSRF_HEADER]).toBe('tok-1');
    expect(headers(calls[2])[CSRF_HEADER]).toBeUndefined();
  });
});
