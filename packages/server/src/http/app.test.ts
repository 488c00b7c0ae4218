import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, jsonRequest } from '../test-support/test-app.js';
import type { TestApp } from '../test-support/test-app.js';
import type { RouteModule } from './app.js';
import { notFound } from './app-error.js';
import { PROBLEM_TYPE } from './problem.js';
import type { ProblemDocument } from './problem.js';

const nameBody = { type: 'object', required: ['name'], additionalProperties: false, properties: { name: { type: 'string', minLength: 1 } } };

const testRoutes: RouteModule = (routes, deps) => {
  routes.add<{ name: string }>(
    { method: 'post', path: '/api/echo', operationId: 'echo', summary: 'Echo', body: nameBody, bodyLimit: 64, responses: { 201: { description: 'Echoed' } } },
    (c, { body }) => c.json({ name: body.name }, 201),
  );
  routes.add({ method: 'post', path: '/api/poke', operationId: 'poke', summary: 'No body needed', responses: { 204: { description: 'Done' } } }, (c) => c.body(null, 204));
  routes.add({ method: 'delete', path: '/api/poke', operationId: 'unpoke', summary: 'No body needed', responses: { 204: { description: 'Done' } } }, (c) => c.body(null, 204));
  routes.add({ method: 'get', path: '/api/boom', operationId: 'boom', summary: 'Fails', responses: {} }, () => {
    throw new Error('secret internals: password=hunter2');
  });
  routes.add({ method: 'get', path: '/api/items/:itemId', operationId: 'getItem', summary: 'Missing item', responses: {} }, (c) => {
    throw notFound('item', c.req.param('itemId') ?? '');
  });
  routes.add({ method: 'post', path: '/api/tenants-twice', operationId: 'tenantsTwice', summary: 'Duplicate insert', responses: {} }, async () => {
    await deps.db.transaction(async (tx) => {
      await tx.query("INSERT INTO tenants (slug, name) VALUES ('twice', 'A')");
      await tx.query("INSERT INTO tenants (slug, name) VALUES ('twice', 'B')");
    });
    throw new Error('unreachable');
  });
};

/** Serves `app` on 127.0.0.1 at a free port, as `start()` does. */
async function serveOnLoopback(app: Hono): Promise<{ port: number; close: () => Promise<void> }> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) =>
      resolve({ port: info.port, close: () => new Promise<void>((done) => server.close(() => done())) }),
    );
  });
}

/** Sends a request framed exactly by `headers` (as written, over a raw socket: curl's `-X POST` adds no Content-Length) and returns its status. */
async function rawRequest(port: number, method: string, path: string, headers: Record<string, string>, body = ''): Promise<number> {
  const head = Object.entries({ Host: `127.0.0.1:${port}`, Connection: 'close', ...headers }).map(([k, v]) => `${k}: ${v}\r\n`).join('');
  const chunked = headers['Transfer-Encoding'] === 'chunked';
  const payload = chunked ? `${body.length.toString(16)}\r\n${body}\r\n0\r\n\r\n` : body;
  return new Promise((resolve, reject) => {
    let answer = '';
    const socket = connect(port, '127.0.0.1', () => socket.end(`${method} ${path} HTTP/1.1\r\n${head}\r\n${payload}`));
    socket.setEncoding('latin1');
    socket.on('data', (d: string) => (answer += d));
    socket.on('error', reject);
    socket.on('close', () => resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0)));
  });
}

async function problemOf(res: Response): Promise<ProblemDocument> {
  expect(res.headers.get('content-type')).toBe(PROBLEM_TYPE);
  return (await res.json()) as ProblemDocument;
}

describe('createApp', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ modules: [testRoutes] });
  });
  afterAll(() => t.close());

  it('gives every response a request id, keeping a usable one the caller sent', async () => {
    const fresh = await t.app.request('/api/health');
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const kept = await t.app.request('/api/health', { headers: { 'X-Request-Id': 'abc-123' } });
    expect(kept.headers.get('x-request-id')).toBe('abc-123');
    const forged = await t.app.request('/api/health', { headers: { 'X-Request-Id': 'a"} {"level":"error"' } });
    expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers an unknown route with a 404 problem', async () => {
    const res = await t.app.request('/api/nowhere?x=1', { headers: { 'X-Request-Id': 'r404' } });
    expect(res.status).toBe(404);
    expect(await problemOf(res)).toMatchObject({ type: 'urn:heng:problem:not_found', title: 'Not Found', status: 404, code: 'not_found', instance: '/api/nowhere', problems: [], requestId: 'r404' });
  });

  it('answers a known path with the wrong method with a 405 problem and Allow', async () => {
    const res = await t.app.request('/api/items/i1', { method: 'DELETE' });
    expect([res.status, res.headers.get('allow')]).toEqual([405, 'GET']);
    expect(await problemOf(res)).toMatchObject({ code: 'method_not_allowed', detail: '/api/items/i1 takes GET, not DELETE.' });
  });

  it('maps an AppError to its problem, in English and Chinese', async () => {
    const res = await t.app.request('/api/items/i9');
    expect(res.status).toBe(404);
    expect(await problemOf(res)).toMatchObject({ code: 'not_found', detail: 'No item "i9" exists here: check the id.', detailZh: '不存在 item "i9"，请检查 ID。' });
  });

  it('maps a database error, by SQLSTATE, to a 409 problem', async () => {
    const res = await t.app.request('/api/tenants-twice', { method: 'POST' });
    expect(res.status).toBe(409);
    const doc = await problemOf(res);
    expect(doc.code).toBe('duplicate');
    expect(JSON.stringify(doc)).not.toMatch(/tenants_slug_key|INSERT/);
  });

  it('answers an unexpected error with a bare 500 and logs the details instead', async () => {
    const res = await t.app.request('/api/boom', { headers: { 'X-Request-Id': 'r500' } });
    expect(res.status).toBe(500);
    const text = await res.clone().text();
    expect(text).not.toMatch(/hunter2|secret|at .*\.ts/);
    expect(await problemOf(res)).toMatchObject({ code: 'internal', status: 500, requestId: 'r500' });
    expect(t.logs.find((l) => l.msg === 'request failed' && l.requestId === 'r500')).toMatchObject({ level: 'error', error: 'secret internals: password=hunter2' });
  });

  it('passes a valid JSON body to the handler', async () => {
    const res = await t.app.request('/api/echo', jsonRequest('POST', { name: 'Ann' }));
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ name: 'Ann' });
  });

  it('refuses bad bodies with the right status, never a 500', async () => {
    const post = (body: string, headers: Record<string, string> = { 'Content-Type': 'application/json' }): Promise<Response> =>
      Promise.resolve(t.app.request('/api/echo', { method: 'POST', body, headers }));
    const cases: [Promise<Response>, number, string][] = [
      [post('{"name": '), 400, 'malformed_json'],
      [post(''), 400, 'body_required'],
      [post('name=Ann', { 'Content-Type': 'application/x-www-form-urlencoded' }), 415, 'unsupported_media_type'],
      [post('{"name":"Ann"}', {}), 415, 'unsupported_media_type'],
      [post(JSON.stringify({ name: 'x'.repeat(100) })), 413, 'payload_too_large'],
      [post(JSON.stringify({ name: 'x'.repeat(100) }), { 'Content-Type': 'application/json', 'Content-Length': '111' }), 413, 'payload_too_large'],
      [post('{"nom": "Ann", "name": ""}'), 422, 'validation_failed'],
    ];
    for (const [pending, status, code] of cases) {
      const res = await pending;
      expect({ status: res.status, code: (await problemOf(res)).code }).toEqual({ status, code });
    }
  });

  it('lists every field problem of an invalid body', async () => {
    const res = await t.app.request('/api/echo', jsonRequest('POST', { nom: 'Ann' }));
    const doc = await problemOf(res);
    expect(doc.problems.map((p) => [p.path, p.code])).toEqual([
      ['/name', 'schema.required'],
      ['/nom', 'schema.additionalProperties'],
    ]);
    expect(doc.problems.every((p) => p.message !== '' && p.messageZh !== '')).toBe(true);
  });

  it('lets a write without a body through', async () => {
    expect((await t.app.request('/api/poke', { method: 'POST' })).status).toBe(204);
    const framed = await t.app.request('/api/poke', { method: 'DELETE', body: 'x', headers: { 'Content-Length': '1', 'Content-Type': 'text/plain' } });
    expect(framed.status).toBe(415);
  });

  it('over HTTP, lets a write framed without a body through (a browser\'s DELETE, curl -X POST), and still checks one framed with a body', async () => {
    // Neither Content-Length nor Transfer-Encoding: no body (RFC 9112 §6.3), though Node still hands one over, an empty stream.
    const served = await serveOnLoopback(t.app);
    try {
      const send = (method: string, headers: Record<string, string> = {}, body?: string) => rawRequest(served.port, method, '/api/poke', headers, body);
      expect(await send('POST')).toBe(204);
      expect(await send('DELETE')).toBe(204);
      expect(await send('POST', { 'Content-Length': '0' })).toBe(204);
      expect(await send('POST', { 'Content-Type': 'text/plain', 'Content-Length': '1' }, 'x')).toBe(415);
      expect(await send('DELETE', { 'Transfer-Encoding': 'chunked' }, 'x')).toBe(415);
    } finally {
      await served.close();
    }
  });

  it('writes one log line per request, with the clock injected', async () => {
    t.clock.set('2030-01-02T03:04:05.000Z');
    await t.app.request('/api/health', { headers: { 'X-Request-Id': 'log-1' } });
    const lines = t.logs.filter((l) => l.requestId === 'log-1');
    expect(lines).toEqual([{ time: '2030-01-02T03:04:05.000Z', level: 'info', msg: 'request', method: 'GET', path: '/api/health', status: 200, ms: expect.any(Number), requestId: 'log-1' }]);
  });
});
