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
const session = { user: { id: 'u1', name: '林芳', email: 'lin@example.com' }, tenant: { id: 't1', name: '闽江机械' }, roles: ['admin'], csrfToken: 'tok-1' };

describe('api client', () => {
  it('sends JSON and the CSRF token from the session on writes only', async () => {
    const { calls, fetch } = recorder(json(session), json([]), json({ revision: 4 }));
    const api = createClient({ fetch, cookies: () => '' });
    await api.login('lin@example.com', 'secret');
    await api.definitions('scorecard');
    await api.saveDraft('scorecard', 'credit_score', { id: 'credit_score' }, 3);
    expect(calls.map((c) => `${c.init.method} ${c.url}`)).toEqual(['POST /api/session', 'GET /api/definitions?kind=scorecard', 'PUT /api/definitions/scorecard/credit_score/draft']);
    expect(headers(calls[1])[CSRF_HEADER]).toBeUndefined();
    expect(headers(calls[2])).toMatchObject({ [CSRF_HEADER]: 'tok-1', 'If-Match': '"3"', 'Content-Type': 'application/json' });
    expect(calls[2]?.init.body).toBe('{"id":"credit_score"}');
  });

  it('takes the CSRF token from the cookie before a session is loaded', async () => {
    const { calls, fetch } = recorder(json({ revision: 1 }));
    await createClient({ fetch, cookies: () => 'theme=dark; heng_csrf=abc%3D' }).saveDraft('form', 'customer', {}, null);
    expect(headers(calls[0])).toMatchObject({ [CSRF_HEADER]: 'abc=', 'If-None-Match': '*' });
  });

  it('maps problem JSON to an ApiError with field problems', async () => {
    const problem = { path: '/factors/0/weight', code: 'scorecard.weights.sum', message: 'Weights add up to 95%.', messageZh: '权重合计为 95%。' };
    const body = { type: 'urn:heng:problem:validation_failed', status: 422, code: 'validation_failed', detail: 'The request has 1 problem(s).', detailZh: '请求有 1 处问题。', problems: [problem], requestId: 'r-9' };
    const { fetch } = recorder(json(body, 422, 'application/problem+json'));
    const error = await createClient({ fetch }).validate('scorecard', 'x', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 422, code: 'validation_failed', message: 'The request has 1 problem(s).', messageZh: '请求有 1 处问题。', problems: [problem], requestId: 'r-9', conflict: false });
  });

  it('says a stale save is a conflict', async () => {
    const { fetch } = recorder(json({ code: 'stale_revision', detail: 'Saved by someone else.', problems: [] }, 409, 'application/problem+json'));
    const error = (await createClient({ fetch }).saveDraft('scorecard', 'x', {}, 1).catch((e: unknown) => e)) as ApiError;
    expect([error.conflict, error.code, error.messageZh]).toEqual([true, 'stale_revision', 'Saved by someone else.']);
  });

  it('turns an unreachable server, a non-problem error and a non-JSON answer into ApiErrors', async () => {
    const { fetch } = recorder(new TypeError('Failed to fetch'), new Response('<html>', { status: 502, statusText: 'Bad Gateway' }), new Response('<html>', { status: 200, headers: { 'content-type': 'text/html' } }));
    const api = createClient({ fetch });
    await expect(api.apps()).rejects.toMatchObject({ status: 0, code: 'network' });
    await expect(api.apps()).rejects.toMatchObject({ status: 502, code: 'http_502' });
    await expect(api.apps()).rejects.toMatchObject({ code: 'not_json' });
  });

  it('forgets the token on logout', async () => {
    const { calls, fetch } = recorder(json(session), new Response(null, { status: 204 }), json({ revision: 2 }));
    const api = createClient({ fetch, cookies: () => '' });
    await api.session();
    await api.logout();
    await api.saveDraft('scorecard', 'x', {}, 1);
    expect(headers(calls[1])[CSRF_HEADER]).toBe('tok-1');
    expect(headers(calls[2])[CSRF_HEADER]).toBeUndefined();
  });
});
