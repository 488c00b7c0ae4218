import { describe, expect, it } from 'vitest';
import { bearer, createAuthTestApp, newCompany, onBothDatabases, signIn, TEST_AUTH } from '../tenancy/testing.js';

const role = JSON.stringify({ id: 'auditor', nameZh: '审计', nameEn: 'Auditor' });

onBothDatabases((app) => {
  describe('CSRF protection of cookie-authenticated writes', () => {
    it('refuses a write without the token, or with another session’s token', async () => {
      const t = app();
      const co = await newCompany(t.db);
      const [s, other] = [await signIn(t.app, co.slug, co.email), await signIn(t.app, co.slug, co.email)];
      const post = (headers: Record<string, string>): Promise<Response> => Promise.resolve(t.app.request('/api/roles', { method: 'POST', headers: { 'Content-Type': 'application/json', Cookie: s.cookie, ...headers }, body: role }));
      for (const headers of [{}, { 'X-CSRF-Token': '' } as Record<string, string>, { 'X-CSRF-Token': other.csrfToken }, { 'X-CSRF-Token': `${s.csrfToken}x` }]) {
        const res = await post(headers);
        expect(res.status).toBe(403);
        expect(await res.json()).toMatchObject({ code: 'csrf_failed', detail: expect.stringContaining('X-CSRF-Token'), detailZh: expect.stringContaining('X-CSRF-Token') });
      }
      expect(await t.db.query("SELECT id FROM roles WHERE tenant_id = $1 AND id = 'auditor'", [co.tenantId])).toEqual([]);
      expect((await post({ 'X-CSRF-Token': s.csrfToken })).status).toBe(201);
    });

    it('refuses a write from another origin even with the token, and accepts our own origin', async () => {
      const t = app();
      const co = await newCompany(t.db);
      const s = await signIn(t.app, co.slug, co.email);
      const logout = (headers: Record<string, string>): Promise<Response> => Promise.resolve(t.app.request('/api/auth/logout', { method: 'POST', headers: { ...s.headers, ...headers } }));
      expect((await logout({ Origin: 'https://evil.example' })).status).toBe(403);
      expect((await logout({ 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
      expect((await logout({ 'Sec-Fetch-Site': 'same-site' })).status).toBe(403);
      expect((await logout({ Origin: 'http://localhost', 'Sec-Fetch-Site': 'same-origin' })).status).toBe(204);
    });

    it('gives GET /api/me the same token as the login, and asks none of reads', async () => {
      const t = app();
      const co = await newCompany(t.db);
      const s = await signIn(t.app, co.slug, co.email);
      const me = await t.app.request('/api/me', { headers: { Cookie: s.cookie, Origin: 'https://evil.example' } });
      expect(await me.json()).toMatchObject({ csrfToken: s.csrfToken });
    });

    it('exempts API-token requests, which carry no ambient credential', async () => {
      const t = app();
      const co = await newCompany(t.db);
      const headers = await bearer(t, co.tenantId, co.adminId, ['admin']);
      expect((await t.app.request('/api/roles', { method: 'POST', headers, body: role })).status).toBe(201);
      const me = await (await t.app.request('/api/me', { headers })).json();
      expect(me).toMatchObject({ via: 'token' });
      expect(me).not.toHaveProperty('csrfToken');
    });

    it('accepts an origin it was told to allow (a dev server)', async () => {
      const t = await createAuthTestApp({ db: app().db, auth: { ...TEST_AUTH, allowedOrigins: ['http://localhost:5173'] } });
      const co = await newCompany(t.db);
      const s = await signIn(t.app, co.slug, co.email);
      const res = await t.app.request('/api/auth/logout', { method: 'POST', headers: { ...s.headers, Origin: 'http://localhost:5173' } });
      expect(res.status).toBe(204);
    });
  });
});
