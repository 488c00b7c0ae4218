import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuthTestApp } from './testing.js';
import type { AuthTestApp } from './testing.js';

describe('the auth and tenancy routes in OpenAPI', () => {
  let t: AuthTestApp;
  beforeAll(async () => {
    t = await createAuthTestApp();
  });
  afterAll(() => t.close());

  it('document every route, with a body schema for every write that takes one', () => {
    const doc = t.registry.document({ title: 't', version: '1' }) as { paths: Record<string, Record<string, { requestBody?: unknown; tags?: string[] }>> };
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`));
    expect(routes.sort()).toEqual(
      [
        'POST /api/auth/login', 'POST /api/auth/logout', 'GET /api/me', 'POST /api/me/password',
        'GET /api/tokens', 'POST /api/tokens', 'DELETE /api/tokens/{tokenId}',
        'GET /api/users', 'POST /api/users', 'GET /api/users/{userId}', 'PATCH /api/users/{userId}', 'PUT /api/users/{userId}/roles', 'PUT /api/users/{userId}/manager', 'DELETE /api/users/{userId}/sessions',
        'GET /api/roles', 'POST /api/roles', 'PATCH /api/roles/{roleId}', 'DELETE /api/roles/{roleId}',
        'GET /api/tenant', 'PATCH /api/tenant', 'GET /api/setup', 'POST /api/setup',
      ].sort(),
    );
    const bodyless = new Set(['POST /api/auth/logout']);
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const name = `${method.toUpperCase()} ${path}`;
        if (['post', 'put', 'patch'].includes(method) && !bodyless.has(name)) expect([name, op.requestBody]).toEqual([name, expect.anything()]);
      }
    }
  });

  it('keeps heng_app, which tenant work runs as, away from the login counters', async () => {
    const [row] = await t.db.query("SELECT has_table_privilege('heng_app', 'login_throttle', 'SELECT') AS can, has_table_privilege('heng_app', 'sessions', 'SELECT') AS sessions");
    expect(row).toEqual({ can: false, sessions: true });
  });
});
