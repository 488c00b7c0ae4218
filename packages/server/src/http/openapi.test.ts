import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test-support/test-app.js';
import type { RouteModule } from './app.js';
import { OpenApiRegistry, openApiPath } from './openapi.js';

const sample: RouteModule = (routes) => {
  routes.add(
    {
      method: 'put',
      path: '/api/records/:recordId',
      operationId: 'replaceRecord',
      summary: 'Replace a record',
      tags: ['records'],
      query: { dryRun: { schema: { type: 'boolean' }, description: 'Check only' } },
      body: { type: 'object' },
      responses: { 200: { description: 'Replaced', schema: { type: 'object' } } },
    },
    (c) => c.json({}),
  );
  routes.add({ method: 'get', path: '/api/records/:recordId', operationId: 'getRecord', summary: 'Read a record', responses: { 200: { description: 'The record' } } }, (c) => c.json({}));
};

describe('OpenAPI', () => {
  it('describes every route Hono knows, and nothing else', async () => {
    const t = await createTestApp({ modules: [sample] });
    try {
      const res = await t.app.request('/api/openapi.json');
      const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } };
      const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
      const known = [...new Set(t.app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${openApiPath(r.path)}`))];
      expect(documented.sort()).toEqual(known.sort());
      expect(known).toEqual(expect.arrayContaining(['GET /api/health', 'GET /api/ready', 'GET /api/openapi.json', 'PUT /api/records/{recordId}']));
      expect(doc.openapi).toBe('3.1.0');
      expect(doc.components.schemas.Problem).toMatchObject({ type: 'object' });
    } finally {
      await t.close();
    }
  });

  it('gives each operation its parameters, body, responses and the problem default', () => {
    const registry = new OpenApiRegistry();
    sample({ add: (spec) => registry.add(spec) }, undefined as never);
    const doc = registry.document({ title: 't', version: '1' }) as { paths: Record<string, Record<string, unknown>> };
    expect(doc.paths['/api/records/{recordId}']?.put).toEqual({
      operationId: 'replaceRecord',
      summary: 'Replace a record',
      tags: ['records'],
      parameters: [
        { name: 'recordId', in: 'path', required: true, schema: { type: 'string' } },
        { name: 'dryRun', in: 'query', required: false, schema: { type: 'boolean' }, description: 'Check only' },
      ],
      requestBody: { required: true, content: { 'application/json': { schema: { type: 'object' } } } },
      responses: {
        200: { description: 'Replaced', content: { 'application/json': { schema: { type: 'object' } } } },
        default: { description: 'A problem (RFC 9457)', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } },
      },
    });
  });

  it('refuses two routes with the same method and path, or the same operationId', () => {
    const registry = new OpenApiRegistry();
    const base = { method: 'get', path: '/api/a/:id', operationId: 'a', summary: 'A', responses: {} } as const;
    registry.add(base);
    expect(() => registry.add({ ...base, operationId: 'b', path: '/api/a/:other' })).toThrow(/clashes/);
    expect(() => registry.add({ ...base, path: '/api/b' })).toThrow(/clashes/);
  });

  it('turns Hono paths into OpenAPI paths', () => {
    expect(openApiPath('/api/x/:id{[0-9]+}/y/:name?')).toBe('/api/x/{id}/y/{name}');
  });
});
