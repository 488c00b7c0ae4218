import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResolvedDeps } from '../http/app.js';
import { routeModules } from '../main.js';
import { OpenApiRegistry } from '../http/openapi.js';
import { routesOn } from '../http/routes.js';
import { createAuthTestApp } from '../tenancy/testing.js';
import type { AuthTestApp } from '../tenancy/testing.js';
import { definitionRoutes } from './routes.js';

function wired(): boolean {
  const registry = new OpenApiRegistry();
  const routes = routesOn(new Hono(), { registry, compileSchema: () => () => [], bodyLimit: 1 });
  const deps = {} as ResolvedDeps;
  for (const module of routeModules) module(routes, deps);
  return registry.routes.some((r) => r.operationId === 'listDefinitions');
}

describe('the definitions routes in OpenAPI', () => {
  let t: AuthTestApp;
  beforeAll(async () => {
    // Beside the server's other modules, so an operationId or path they share would fail here;
    // once main.ts lists definitionRoutes, its own copy is the one checked.
    t = await createAuthTestApp({ modules: wired() ? routeModules : [...routeModules, definitionRoutes()] });
  });
  afterAll(() => t.close());

  it('document every route under the definitions tag, with a body schema for publish, rollback and the draft', () => {
    const doc = t.registry.document({ title: 't', version: '1' }) as { paths: Record<string, Record<string, { requestBody?: unknown; tags?: string[] }>> };
    const ours = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).filter(([, op]) => op.tags?.includes('definitions')).map(([m, op]) => [`${m.toUpperCase()} ${path}`, op.requestBody !== undefined] as const));
    const D = '/api/definitions/{kind}/{id}';
    expect(ours.sort()).toEqual(
      [
        ['GET /api/definitions', false], [`GET ${D}/draft`, false], [`PUT ${D}/draft`, true], [`POST ${D}/validate`, false],
        [`POST ${D}/publish`, true], [`GET ${D}/versions`, false], [`GET ${D}/versions/{version}`, false], [`GET ${D}/diff`, false], [`POST ${D}/rollback`, true],
      ].sort(),
    );
  });
});
