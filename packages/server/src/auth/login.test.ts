import { describe, expect, it } from 'vitest';
import type { ProblemDocument } from '../http/problem.js';
import { createAuthTestApp, newCompany, onBothDatabases, signIn, TEST_AUTH, TEST_PASSWORD } from '../tenancy/testing.js';
import type { AuthTestApp } from '../tenancy/testing.js';

const MINUTE = 60_000;

function login(t: AuthTestApp, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(
    t.app.request('/api/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.9', ...headers }, body: JSON.stringify(body) }),
  );
}

async function problem(res: Response): Promise<ProblemDocument> {
  expect(res.headers.get('content-type')).toBe('application/problem+json');
  return (await res.json()) as ProblemDocument;
}

onBothDatabases((app) => {
  describe('POST /api/auth/login', () => {
    it('signs in: an httpOnly SameSite=Lax session cookie, the user, roles and a CSRF token', async () => {
      const t = app();
      const co = await newCompany(t.db);
      const res = await login(t, { tenant: co.slug, email: co.email.toUpperCase(), password: TEST_PASSWORD });
      expect(res.status).toBe(200);
      const cookie = res.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^heng_session=[^;]+\.[A-Za-z0-9_-]{43}; Max-Age=43200; Path=\/; HttpOnly; SameSite=Lax$/);
      const body = (await res.json()) as Record<string, unknown>;
      expect(body).toMatchObject({ user: { id: co.adminId, email: co.email, displayName: 'Boss', managerId: null }, tenant: { id: co.tenantId, slug: co.slug }, roles: ['admin'], via: 'session' });
      expect(body.csrfToken).toEqual(expect.stringMatching(/^[A-Za-z0-9_-]{43}$/));
      expect(body.expiresAt).toBe(new Date(t.clock.now().getTime() + 12 * 60 * MINUTE).toISOString());
      const stored = await t.db.query<{ token_hash: string }>('SELECT token_hash FROM sessions WHERE tenant_id = $1', [co.tenantId]);
      const secret = cookie.split(';')[0]!.split('=')[1]!;
      expect(stored).toHaveLength(1);
      expect(stored[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(JSON.stringify(stored)).not.toContain(secret.split('.')[1]);
    });

    it('makes the cookie Secure and __Host- when the browser came over https', async () => {
      const t = app();
      const co = await newCompany(t.db);
      const res = await login(t, { tenant: co.slug, email: co.email, password: TEST_PASSWORD }, { 'X-Forwarded-Proto': 'https' });
      expect(res.headers.get('set-cookie')).toMatch(/^__Host-heng_session=[^;]+; Max-Age=43200; Path=\/; HttpOnly; Secure; SameSite=Lax$/);
    });

    it('answers every failure with the same 401, whatever went wrong', async () => {
      const t = app();
      const co = await newCompany(t.db);
      await t.db.withTenant(co.tenantId, (tx) => tx.query("INSERT INTO users (tenant_id, email, display_name, password_hash, active) SELECT tenant_id, 'gone@x.cn', 'Gone', password_hash, false FROM users WHERE tenant_id = $1", [co.tenantId]));
      const attempts = [
        { tenant: 'no-such-company', email: co.email, password: TEST_PASSWORD },
        { tenant: co.slug, email: 'nobody@x.cn', password: TEST_PASSWORD },
        { tenant: co.slug, email: co.email, password: 'wrong password' },
        { tenant: co.slug, email: 'gone@x.cn', password: TEST_PASSWORD },
      ];
      const answers = [];
      for (const [i, body] of attempts.entries()) {
        const res = await login(t, body, { 'X-Forwarded-For': `203.0.113.${i}` });
        expect(res.status).toBe(401);
        expect(res.headers.get('set-cookie')).toBeNull();
        const { requestId: _, ...doc } = await problem(res);
        answers.push(doc);
      }
      expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
      expect(answers[0]).toMatchObject({ code: 'login_failed', status: 401, detailZh: expect.stringContaining('企业代码') });
      const reasons = t.logs.filter((l) => l.msg === 'login failed').slice(-4).map((l) => l.reason);
      expect(reasons).toEqual(['no_tenant', 'no_user', 'wrong_password', 'user_inactive']);
    });

    it('refuses a suspended company with the same 401', async () => {
      const t = app();
      const co = await newCompany(t.db);
      await t.db.query("UPDATE tenants SET status = 'suspended' WHERE id = $1", [co.tenantId]);
      expect((await problem(await login(t, { tenant: co.slug, email: co.email, password: TEST_PASSWORD }))).code).toBe('login_failed');
    });

    it('asks for the company code while several companies exist', async () => {
      const t = app();
      const co = await newCompany(t.db);
      await newCompany(t.db);
      const doc = await problem(await login(t, { email: co.email, password: TEST_PASSWORD }));
      expect(doc).toMatchObject({ status: 422, problems: [{ path: '/tenant', code: 'tenant_required' }] });
    });

    it('refuses bad bodies with field problems in both languages, never a 500', async () => {
      const t = app();
      const doc = await problem(await login(t, { tenant: 'Bad Slug!', email: 'not-an-email', password: '', extra: 1 }));
      expect(doc.status).toBe(422);
      expect(doc.problems.map((p) => p.path).sort()).toEqual(['/email', '/extra', '/password', '/tenant']);
      expect(doc.problems.every((p) => p.message !== '' && p.messageZh !== '')).toBe(true);
      const malformed = await t.app.request('/api/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"email":' });
      expect(malformed.status).toBe(400);
    });

    it('refuses a login posted from another site', async () => {
      const t = app();
      const co = await newCompany(t.db);
      const res = await login(t, { tenant: co.slug, email: co.email, password: TEST_PASSWORD }, { Origin: 'https://evil.example' });
      expect([res.status, (await problem(res)).code]).toEqual([403, 'csrf_failed']);
      expect((await login(t, { tenant: co.slug, email: co.email, password: TEST_PASSWORD }, { Origin: 'http://localhost' })).status).toBe(200);
    });

    it('ends the session the browser had before', async () => {
      const t = app();
      const co = await newCompany(t.db);
      const first = await signIn(t.app, co.slug, co.email);
      const again = await login(t, { tenant: co.slug, email: co.email, password: TEST_PASSWORD }, { Cookie: first.cookie });
      expect(again.status).toBe(200);
      expect((await t.app.request('/api/me', { headers: { Cookie: first.cookie } })).status).toBe(401);
    });
  });

  describe('login rate limiting', () => {
    it('refuses an account after 5 failures with 429 and Retry-After, even with the right password, until the window ends', async () => {
      const t = app();
      const co = await newCompany(t.db);
      const wrong = { tenant: co.slug, email: co.email, password: 'guess' };
      for (let i = 0; i < 5; i++) expect((await login(t, wrong, { 'X-Forwarded-For': `192.0.2.${i}` })).status).toBe(401);
      t.clock.advance(5 * MINUTE);
      const refused = await login(t, { ...wrong, password: TEST_PASSWORD }, { 'X-Forwarded-For': '192.0.2.99' });
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe(String(10 * 60));
      expect(await problem(refused)).toMatchObject({ code: 'too_many_attempts', retryable: true, detail: expect.stringContaining('10 minute') });
      t.clock.advance(10 * MINUTE);
      expect((await login(t, { ...wrong, password: TEST_PASSWORD })).status).toBe(200);
    });

    it('starts an account afresh after a successful login', async () => {
      const t = app();
      const co = await newCompany(t.db);
      const wrong = { tenant: co.slug, email: co.email, password: 'guess' };
      for (let i = 0; i < 4; i++) await login(t, wrong);
      expect((await login(t, { ...wrong, password: TEST_PASSWORD })).status).toBe(200);
      for (let i = 0; i < 5; i++) expect((await login(t, wrong)).status).toBe(401);
    });

    it('refuses an IP after its limit of failures over any accounts, and gives successes back', async () => {
      const t = await createAuthTestApp({ db: app().db, auth: { ...TEST_AUTH, ipLimit: { attempts: 3, windowMs: 15 * MINUTE } } });
      const co = await newCompany(t.db);
      const ip = { 'X-Forwarded-For': '192.0.2.200' };
      expect((await login(t, { tenant: co.slug, email: co.email, password: TEST_PASSWORD }, ip)).status).toBe(200);
      for (let i = 0; i < 3; i++) expect((await login(t, { tenant: co.slug, email: `u${i}@x.cn`, password: 'guess' }, ip)).status).toBe(401);
      expect((await login(t, { tenant: co.slug, email: co.email, password: TEST_PASSWORD }, ip)).status).toBe(429);
      expect((await login(t, { tenant: co.slug, email: co.email, password: TEST_PASSWORD }, { 'X-Forwarded-For': '192.0.2.201' })).status).toBe(200);
    });

    it('counts attempts made through several server processes together, and at the same moment', async () => {
      const t = app();
      const other = await createAuthTestApp({ db: t.db });
      other.clock.set(t.clock.now());
      const co = await newCompany(t.db);
      const wrong = { tenant: co.slug, email: co.email, password: 'guess' };
      const results = await Promise.all(Array.from({ length: 8 }, (_, i) => login(i % 2 === 0 ? t : other, wrong)));
      expect(results.map((r) => r.status).sort()).toEqual([401, 401, 401, 401, 401, 429, 429, 429]);
    });
  });
});
