import { describe, expect, it } from 'vitest';
import { createUser } from '../tenancy/users.js';
import { newCompany, onBothDatabases, signIn, TEST_PASSWORD } from '../tenancy/testing.js';
import type { AuthTestApp, TestCompany } from '../tenancy/testing.js';

const DAY = 24 * 3600_000;

async function makeToken(t: AuthTestApp, co: TestCompany, body: unknown): Promise<Response> {
  const s = await signIn(t.app, co.slug, co.email);
  return t.app.request('/api/tokens', { method: 'POST', headers: s.headers, body: JSON.stringify(body) });
}

onBothDatabases((app) => {
  describe('API tokens', () => {
    it('are shown once, stored hashed, and authenticate with their own roles', async () => {
      const t = app();
      const co = await newCompany(t.db);
      const res = await makeToken(t, co, { name: 'ERP sync', roles: ['finance_director'] });
      expect(res.status).toBe(201);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const made = (await res.json()) as { id: string; token: string };
      expect(made).toMatchObject({ name: 'ERP sync', userId: co.adminId, roles: ['finance_director'], createdBy: co.adminId, lastUsedAt: null, revokedAt: null, expiresAt: null });
      expect(made.token).toMatch(new RegExp(`^heng_${co.tenantId}_[A-Za-z0-9_-]{43}$`));
      const stored = await t.db.query('SELECT * FROM api_tokens WHERE tenant_id = $1', [co.tenantId]);
      expect(JSON.stringify(stored)).not.toContain(made.token.slice(-43));

      const auth = { Authorization: `Bearer ${made.token}` };
      expect(await (await t.app.request('/api/me', { headers: auth })).json()).toMatchObject({ user: { id: co.adminId }, roles: ['finance_director'], via: 'token' });
      const denied = await t.app.request('/api/tokens', { headers: auth });
      expect(denied.status).toBe(403);
      expect(await denied.json()).toMatchObject({ code: 'forbidden', detail: expect.stringContaining('admin') });

      const s = await signIn(t.app, co.slug, co.email);
      const list = (await (await t.app.request('/api/tokens', { headers: { Cookie: s.cookie } })).json()) as Record<string, unknown>[];
      expect(list).toEqual([expect.objectContaining({ id: made.id, lastUsedAt: t.clock.now().toISOString() })]);
      expect(list[0]).not.toHaveProperty('token');
    });

    it('stop working once revoked, and revoking twice is harmless', async () => {
      const t = app();
      const co = await newCompany(t.db);
      const made = (await (await makeToken(t, co, { name: 'BI', roles: ['legal'] })).json()) as { id: string; token: string };
      const auth = { Authorization: `Bearer ${made.token}` };
      expect((await t.app.request('/api/users', { headers: auth })).status).toBe(200);
      const s = await signIn(t.app, co.slug, co.email);
      const revoked = await t.app.request(`/api/tokens/${made.id}`, { method: 'DELETE', headers: s.headers });
      expect(await revoked.json()).toMatchObject({ id: made.id, revokedAt: t.clock.now().toISOString() });
      const refused = await t.app.request('/api/users', { headers: auth });
      expect([refused.status, refused.headers.get('www-authenticate')]).toEqual([401, 'Bearer']);
      t.clock.advance(1000);
      const again = await t.app.request(`/api/tokens/${made.id}`, { method: 'DELETE', headers: s.headers });
      expect((await again.json()) as unknown).toMatchObject({ revokedAt: new Date(t.clock.now().getTime() - 1000).toISOString() });
    });

    it('expire when told to, and stop with their user', async () => {
      const t = app();
      const co = await newCompany(t.db);
      const bob = await createUser(t.db, co.tenantId, { email: 'bob@x.cn', displayName: 'Bob', password: TEST_PASSWORD });
      const made = (await (await makeToken(t, co, { name: 'Short', roles: ['salesperson'], expiresInDays: 2 })).json()) as { token: string; expiresAt: string };
      expect(made.expiresAt).toBe(new Date(t.clock.now().getTime() + 2 * DAY).toISOString());
      const asBob = (await (await makeToken(t, co, { name: 'Bob', roles: ['salesperson'], userId: bob.id })).json()) as { token: string };
      t.clock.advance(2 * DAY);
      expect((await t.app.request('/api/me', { headers: { Authorization: `Bearer ${made.token}` } })).status).toBe(401);
      expect((await t.app.request('/api/me', { headers: { Authorization: `Bearer ${asBob.token}` } })).status).toBe(200);
      await t.db.withTenant(co.tenantId, (tx) => tx.query('UPDATE users SET active = false WHERE id = $1', [bob.id]));
      expect((await t.app.request('/api/me', { headers: { Authorization: `Bearer ${asBob.token}` } })).status).toBe(401);
    });

    it('refuse a bad Authorization header instead of falling back to the cookie', async () => {
      const t = app();
      const co = await newCompany(t.db);
      const s = await signIn(t.app, co.slug, co.email);
      for (const authorization of ['Bearer', 'Basic Ym9zczpwdw==', `Bearer heng_${co.tenantId}_${'x'.repeat(43)}`, 'Bearer heng_x']) {
        const res = await t.app.request('/api/me', { headers: { Authorization: authorization, Cookie: s.cookie } });
        expect(res.status).toBe(401);
      }
    });

    it('are made by admins only, for roles and users that exist', async () => {
      const t = app();
      const co = await newCompany(t.db);
      await createUser(t.db, co.tenantId, { email: 'ann@x.cn', displayName: 'Ann', password: TEST_PASSWORD, roles: ['salesperson'] });
      const ann = await signIn(t.app, co.slug, 'ann@x.cn');
      expect((await t.app.request('/api/tokens', { method: 'POST', headers: ann.headers, body: JSON.stringify({ name: 'x', roles: ['admin'] }) })).status).toBe(403);
      const bad = await makeToken(t, co, { name: 'x', roles: ['admin', 'nonexistent'], userId: 'nobody' });
      expect(await bad.json()).toMatchObject({ status: 422, problems: [{ path: '/roles/1', code: 'unknown_role' }, { path: '/userId', code: 'unknown_user' }] });
      const invalid = await makeToken(t, co, { name: '', roles: [], expiresInDays: 0 });
      expect([...new Set(((await invalid.json()) as { problems: { path: string }[] }).problems.map((p) => p.path))].sort()).toEqual(['/expiresInDays', '/name', '/roles']);
    });
  });
});
