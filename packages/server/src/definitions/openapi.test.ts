import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeModules } from '../main.js';
import { createAuthTestApp } from '../tenancy/testing.js';
import type { AuthTestApp } from '../tenancy/testing.js';

describe('the definitions routes in OpenAPI', () => {
  let t: AuthTestApp;
  beforeAll(async () => {
    // The server's modules as main.ts lists them, so an operationId or path they share would fail here.
    t = await createAuthTestApp({ modules: routeModules });
  });
  afterAll(() => t.close());

  it('document every route under the definitions tag, with a body schema for publish, rollback and the draft', () => {
    const doc = t.registry.document({ title: 't', version: '1' }) as { paths: Record<string, Record<string, { requestBody?: unknown; tags?: string[] }>> };
    const ours = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).filter(([, op]) => op.tags?.includes('definitions')).map(([m, op]) => [`${m.toUpperCase()} ${path}`, op.requestBody !== undefined] as const));
    const D = '/api/definitions/{kind}/{id}';
    expect(ours.sort()).toEqual(
      [
        ['GET /api/definitions', false], [`GET ${D}/draft`, false], [`PUT ${D}/draft`, true], [`DELETE ${D}/draft`, false], [`POST ${D}/validate`, false],
        [`POST ${D}/publish`, true], [`GET ${D}/versions`, false], [`GET ${D}/versions/{version}`, false], [`GET ${D}/diff`, false], [`POST ${D}/rollback`, true], [`GET ${D}/readers/{item}`, false],
        ['GET /api/definitions/{kind}/published', false],
      ].sort(),
    );
  });
});
