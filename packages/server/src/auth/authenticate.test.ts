import { describe, expect, it } from 'vitest';
import type { RouteModule } from '../http/app.js';
import { createTestApp } from '../test-support/test-app.js';
import { createAuthTestApp, newCompany, onBothDatabases, signIn, TEST_AUTH, TEST_PASSWORD } from '../tenancy/testing.js';
import { createUser } from '../tenancy/users.js';
import { authRoutes } from './auth-routes.js';
import { PUBLIC_PATHS } from './authenticate.js';
import { ADMIN_ROLE, principalOf, requireRole } from './principal.js';

const probe: RouteModule = (routes) => {
  routes.add({ method: 'get', path: '/api/probe', operationId: 'probe', summary: 'Who am I, bare', responses: {} }, (c) => c.json(principalOf(c)));
  routes.add({ method: 'get', path: '/api/probe/admin', operationId: 'probeAdmin', summary: 'Admins only', responses: {} }, (c) => c.json(requireRole(c, ADMIN_ROLE, 'legal')));
};

onBothDatabases((app) => {
  describe('the authenticate middleware', () => {
    it('lets the public paths through without a principal', async () => {
      const t = app();
      expect([...PUBLIC_PATHS].sort()).toEqual(['/api/auth/login', '/api/health', '/api/openapi.json', '/api/ready', '/api/setup']);
      for (const path of ['/api/health', '/api/ready', '/api/openapi.json', '/api/setup']) expect([path, (await t.app.request(path)).status]).toEqual([path, 200]);
    });

    it('answers 401 problem JSON for everything else, known route or not', async () => {
      const t = app();
      for (const [method, path] of [['GET', '/api/me'], ['GET', '/api/users'], ['POST', '/api/auth/logout'], ['GET', '/api/nowhere'], ['GET', '/api/health/'], ['DELETE', '/api/tokens/x']]) {
        const res = await t.app.request(path!, { method });
        expect([method, path, res.status, res.headers.get('content-type')]).toEqual([method, path, 401, 'application/problem+json']);
        expect(await res.json()).toMatchObject({ code: 'unauthenticated', detailZh: expect.any(String) });
      }
    });

    it('puts the principal on the context for route modules, and requireRole answers 403', async () => {
      const t = await createAuthTestApp({ db: app().db, modules: [authRoutes(TEST_AUTH), probe] });
      const co = await newCompany(t.db);
      await createUser(t.db, co.tenantId, { email: 'ann@x.cn', displayName: 'Ann', password: TEST_PASSWORD, roles: ['salesperson'] });
      const boss = await signIn(t.app, co.slug, co.email);
      const ann = await signIn(t.app, co.slug, 'ann@x.cn');
      expect(await (await t.app.request('/api/probe', { headers: { Cookie: boss.cookie } })).json()).toEqual({ tenantId: co.tenantId, userId: co.adminId, roles: ['admin'], via: 'session', credentialId: expect.any(String) });
      expect((await t.app.request('/api/probe/admin', { headers: { Cookie: boss.cookie } })).status).toBe(200);
      const denied = await t.app.request('/api/probe/admin', { headers: { Cookie: ann.cookie } });
      expect([denied.status, await denied.json()]).toEqual([403, expect.objectContaining({ code: 'forbidden', detail: 'This needs one of the roles admin, legal; you have salesperson. Ask an admin.' })]);
    });
  });
});

describe('principalOf without the middleware', () => {
  it('answers 401 rather than letting a route run for nobody', async () => {
    const t = await createTestApp({ modules: [probe] });
    try {
      const res = await t.app.request('/api/probe');
      expect([res.status, ((await res.json()) as { code: string }).code]).toEqual([401, 'unauthenticated']);
    } finally {
      await t.close();
    }
  });
});
