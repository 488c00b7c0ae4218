/** @module Test helpers for routes behind authentication: an app with the principal middleware, companies, sign-in. */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { authenticate } from '../auth/authenticate.js';
import { authRoutes } from '../auth/auth-routes.js';
import { createApiToken } from '../auth/api-tokens.js';
import { configurePasswordHashing } from '../auth/password.js';
import type { AuthOptions } from '../auth/options.js';
import type { Db } from '../db/port.js';
import type { ResolvedDeps, RouteModule } from '../http/app.js';
import { OpenApiRegistry } from '../http/openapi.js';
import { routesOn } from '../http/routes.js';
import { createTestPostgres, freshPglite } from '../test-support/databases.js';
import { createTestApp } from '../test-support/test-app.js';
import type { TestApp } from '../test-support/test-app.js';
import { createTenantWithAdmin } from './tenants.js';
import { tenancyRoutes } from './tenancy-routes.js';

// Hundreds of passwords are hashed per test file: the real cost (about 0.3 s each) is tested in
// auth/password.test.ts, which does not import this module (each test file has its own modules).
configurePasswordHashing({ N: 1024, r: 8, p: 1 });

/** A test app with authentication, and the registry its modules' routes were documented in. */
export interface AuthTestApp extends TestApp {
  readonly registry: OpenApiRegistry;
}

/** The auth options tests use: one trusted proxy hop, so each test picks its client IP with X-Forwarded-For. */
export const TEST_AUTH: AuthOptions = { proxyHops: 1 };

/**
 * A test app with the authenticate middleware in front of every module route, after the
 * request id and access log: the order the server uses. It is mounted here by hand, so this
 * works with or without createApp's `apiMiddleware`. The modules get the deps createApp
 * resolved (its logger writes to `logs`).
 */
export async function createAuthTestApp(options: { db?: Db; modules?: readonly RouteModule[]; auth?: AuthOptions } = {}): Promise<AuthTestApp> {
  const auth = options.auth ?? TEST_AUTH;
  let resolved: ResolvedDeps | undefined;
  const capture: RouteModule = (_routes, deps) => {
    resolved = deps;
  };
  const t = await createTestApp({ modules: [capture], ...(options.db === undefined ? {} : { db: options.db }) });
  const deps = resolved!;
  t.app.use('/api/*', authenticate(auth)(deps));
  const registry = new OpenApiRegistry();
  const routes = routesOn(t.app, { registry, compileSchema: deps.compileSchema, bodyLimit: deps.bodyLimit });
  for (const module of options.modules ?? [authRoutes(auth), tenancyRoutes(auth)]) module(routes, deps);
  return { ...t, registry };
}

/**
 * Runs `body` twice, on PGlite and on the real PostgreSQL, each with one database and one app
 * for the whole file (tests make their own companies, so they do not meet).
 *
 * @example
 * onBothDatabases((app) => { it('...', async () => { await app().app.request('/api/me'); }); });
 */
export function onBothDatabases(body: (app: () => AuthTestApp) => void, options: { modules?: readonly RouteModule[]; auth?: AuthOptions } = {}): void {
  describe.each(['pglite', 'postgres'] as const)('on %s', (kind) => {
    let app: AuthTestApp;
    let release = async (): Promise<void> => {};
    beforeAll(async () => {
      if (kind === 'pglite') {
        const db = await freshPglite();
        release = () => db.close();
        app = await createAuthTestApp({ ...options, db });
      } else {
        const pg = await createTestPostgres();
        release = () => pg.drop();
        app = await createAuthTestApp({ ...options, db: pg.db });
      }
    });
    afterAll(() => release());
    body(() => app);
  });
}

/** A company made for one test, with its admin's credentials. */
export interface TestCompany {
  readonly tenantId: string;
  readonly slug: string;
  readonly adminId: string;
  readonly email: string;
  readonly password: string;
}

/** The password every test user gets. */
export const TEST_PASSWORD = 'correct horse battery';

/**
 * A new company with a fresh slug and its admin.
 *
 * @example
 * const acme = await newCompany(t.db);
 */
export async function newCompany(db: Db): Promise<TestCompany> {
  const slug = `co-${randomUUID().slice(0, 8)}`;
  const email = `boss@${slug}.cn`;
  const { tenant, admin } = await createTenantWithAdmin(db, { slug, name: `Company ${slug}`, admin: { email, displayName: 'Boss', password: TEST_PASSWORD } });
  return { tenantId: tenant.id, slug, adminId: admin.id, email, password: TEST_PASSWORD };
}

/** A signed-in browser: its cookie and CSRF token. */
export interface TestSession {
  readonly cookie: string;
  readonly csrfToken: string;
  /** Headers of a write from this browser: cookie, CSRF token, JSON. */
  readonly headers: Record<string, string>;
}

/**
 * Signs in through POST /api/auth/login and returns the browser's session; fails the test
 * when the login does not succeed.
 *
 * @example
 * const s = await signIn(t.app, acme.slug, acme.email);
 * await t.app.request('/api/users', { method: 'POST', headers: s.headers, body: ... });
 */
export async function signIn(app: TestApp['app'], tenant: string, email: string, password = TEST_PASSWORD, ip = '198.51.100.1'): Promise<TestSession> {
  const res = await app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': ip },
    body: JSON.stringify({ tenant, email, password }),
  });
  expect(res.status).toBe(200);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrfToken, headers: { Cookie: cookie, 'X-CSRF-Token': csrfToken, 'Content-Type': 'application/json' } };
}

/**
 * An API token made directly in the store, as the headers of a JSON request with it.
 *
 * @example
 * const h = await bearer(t, acme.tenantId, acme.adminId, ['admin']);
 */
export async function bearer(t: TestApp, tenantId: string, userId: string, roles: readonly string[]): Promise<Record<string, string>> {
  const now = t.clock.now();
  const { token } = await t.db.withTenant(tenantId, (tx) => createApiToken(tx, tenantId, { name: 'test', userId, roles, createdBy: userId, expiresAt: null }, now));
  return { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
}
