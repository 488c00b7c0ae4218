import { describe, expect, it } from 'vitest';
import { createUser } from '../tenancy/users.js';
import { pruneAuthRecords } from './prune.js';
import { hashSecret } from './secrets.js';
import { newCompany, onBothDatabases, signIn, TEST_PASSWORD } from '../tenancy/testing.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

onBothDatabases((app) => {
  describe('sessions', () => {
    it('let a signed-in user in until the session expires, however busy they are', async () => {
      const t = app();
      const co = await newCompany(t.db);
      const s = await signIn(t.app, co.slug, co.email);
      for (let i = 0; i < 11; i++) {
        expect((await t.app.request('/api/me', { headers: { Cookie: s.cookie } })).status).toBe(200);
        t.clock.advance(HOUR);
      }
      t.clock.advance(HOUR - 1);
      expect((await t.app.request('/api/me', { headers: { Cookie: s.cookie } })).status).toBe(200);
      t.clock.advance(1);
      const ended = await t.app.request('/api/me', { headers: { Cookie: s.cookie } });
      expect(ended.status).toBe(401);
      expect(ended.headers.get('set-cookie')).toMatch(/^heng_session=; Max-Age=0;/);
      expect(await ended.json()).toMatchObject({ code: 'unauthenticated', detail: expect.stringContaining('session has ended') });
    });

    it('end after two idle hours, and note use at most once a minute', async () => {
      const t = app();
      const co = await newCompany(t.db);
      const s = await signIn(t.app, co.slug, co.email);
      const lastSeen = async (): Promise<string | undefined> => (await t.db.query<{ last_seen_at: string }>('SELECT last_seen_at FROM sessions WHERE tenant_id = $1', [co.tenantId]))[0]?.last_seen_at;
      const loginTime = await lastSeen();
      t.clock.advance(30_000);
      await t.app.request('/api/me', { headers: { Cookie: s.cookie } });
      expect(await lastSeen()).toBe(loginTime);
      t.clock.advance(90 * MINUTE);
      expect((await t.app.request('/api/me', { headers: { Cookie: s.cookie } })).status).toBe(200);
      expect(await lastSeen()).toBe(t.clock.now().toISOString());
      t.clock.advance(2 * HOUR);
      expect((await t.app.request('/api/me', { headers: { Cookie: s.cookie } })).status).toBe(401);
    });

    it('end on logout: the same cookie no longer works', async () => {
      const t = app();
      const co = await newCompany(t.db);
      const s = await signIn(t.app, co.slug, co.email);
      const out = await t.app.request('/api/auth/logout', { method: 'POST', headers: s.headers });
      expect(out.status).toBe(204);
      expect(out.headers.get('set-cookie')).toMatch(/^heng_session=; Max-Age=0; Path=\/; HttpOnly; SameSite=Lax$/);
      expect((await t.app.request('/api/me', { headers: { Cookie: s.cookie } })).status).toBe(401);
      const [row] = await t.db.query<{ revoked_at: string | null }>('SELECT revoked_at FROM sessions WHERE tenant_id = $1', [co.tenantId]);
      expect(row?.revoked_at).toBe(t.clock.now().toISOString());
    });

    it('can all be ended at once: by an admin, or by the user', async () => {
      const t = app();
      const co = await newCompany(t.db);
      const ann = await createUser(t.db, co.tenantId, { email: 'ann@x.cn', displayName: 'Ann', password: TEST_PASSWORD, roles: ['salesperson'] });
      const [a1, a2] = [await signIn(t.app, co.slug, 'ann@x.cn'), await signIn(t.app, co.slug, 'ann@x.cn')];
      const admin = await signIn(t.app, co.slug, co.email);
      const res = await t.app.request(`/api/users/${ann.id}/sessions`, { method: 'DELETE', headers: admin.headers });
      expect(await res.json()).toEqual({ ended: 2 });
      for (const s of [a1, a2]) expect((await t.app.request('/api/me', { headers: { Cookie: s.cookie } })).status).toBe(401);
      expect((await t.app.request('/api/me', { headers: { Cookie: admin.cookie } })).status).toBe(200);
      const a3 = await signIn(t.app, co.slug, 'ann@x.cn');
      expect(await (await t.app.request(`/api/users/${ann.id}/sessions`, { method: 'DELETE', headers: a3.headers })).json()).toEqual({ ended: 1 });
      expect((await t.app.request(`/api/users/${co.adminId}/sessions`, { method: 'DELETE', headers: (await signIn(t.app, co.slug, 'ann@x.cn')).headers })).status).toBe(403);
    });

    it('follow the user: roles changed apply at the next request; deactivation and a new password end them', async () => {
      const t = app();
      const co = await newCompany(t.db);
      const ann = await createUser(t.db, co.tenantId, { email: 'ann@x.cn', displayName: 'Ann', password: TEST_PASSWORD, roles: ['salesperson'] });
      const admin = await signIn(t.app, co.slug, co.email);
      const s = await signIn(t.app, co.slug, 'ann@x.cn');
      await t.app.request(`/api/users/${ann.id}/roles`, { method: 'PUT', headers: admin.headers, body: JSON.stringify({ roles: ['sales_manager'] }) });
      expect(await (await t.app.request('/api/me', { headers: { Cookie: s.cookie } })).json()).toMatchObject({ roles: ['sales_manager'] });
      await t.app.request(`/api/users/${ann.id}`, { method: 'PATCH', headers: admin.headers, body: JSON.stringify({ password: 'a brand new secret' }) });
      expect((await t.app.request('/api/me', { headers: { Cookie: s.cookie } })).status).toBe(401);
      const again = await signIn(t.app, co.slug, 'ann@x.cn', 'a brand new secret');
      await t.app.request(`/api/users/${ann.id}`, { method: 'PATCH', headers: admin.headers, body: JSON.stringify({ active: false }) });
      expect((await t.app.request('/api/me', { headers: { Cookie: again.cookie } })).status).toBe(401);
    });

    it('let a user change their own password, ending their other sessions but not this one', async () => {
      const t = app();
      const co = await newCompany(t.db);
      const [here, elsewhere] = [await signIn(t.app, co.slug, co.email), await signIn(t.app, co.slug, co.email)];
      const wrong = await t.app.request('/api/me/password', { method: 'POST', headers: here.headers, body: JSON.stringify({ currentPassword: 'nope', newPassword: 'another long secret' }) });
      expect(await wrong.json()).toMatchObject({ status: 422, problems: [{ path: '/currentPassword', code: 'wrong_password' }] });
      const short = await t.app.request('/api/me/password', { method: 'POST', headers: here.headers, body: JSON.stringify({ currentPassword: TEST_PASSWORD, newPassword: 'short' }) });
      expect(await short.json()).toMatchObject({ status: 422, problems: [{ path: '/newPassword' }] });
      const ok = await t.app.request('/api/me/password', { method: 'POST', headers: here.headers, body: JSON.stringify({ currentPassword: TEST_PASSWORD, newPassword: 'another long secret' }) });
      expect(ok.status).toBe(204);
      expect((await t.app.request('/api/me', { headers: { Cookie: here.cookie } })).status).toBe(200);
      expect((await t.app.request('/api/me', { headers: { Cookie: elsewhere.cookie } })).status).toBe(401);
      await signIn(t.app, co.slug, co.email, 'another long secret');
    });

    it('limit guesses of the current password like logins', async () => {
      const t = app();
      const co = await newCompany(t.db);
      const s = await signIn(t.app, co.slug, co.email);
      const change = (currentPassword: string): Promise<Response> =>
        Promise.resolve(t.app.request('/api/me/password', { method: 'POST', headers: s.headers, body: JSON.stringify({ currentPassword, newPassword: 'another long secret' }) }));
      for (let i = 0; i < 5; i++) expect((await change(`guess ${i}`)).status).toBe(422);
      const refused = await change(TEST_PASSWORD);
      expect([refused.status, refused.headers.get('retry-after')]).toEqual([429, String(15 * 60)]);
      t.clock.advance(15 * MINUTE);
      expect((await change(TEST_PASSWORD)).status).toBe(204);
    });

    it('are pruned, with spent login counters, a month after they end', async () => {
      const t = app();
      const co = await newCompany(t.db);
      const ended = await signIn(t.app, co.slug, co.email);
      await t.app.request('/api/auth/logout', { method: 'POST', headers: ended.headers });
      await t.app.request('/api/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '192.0.2.77' }, body: JSON.stringify({ tenant: co.slug, email: co.email, password: 'wrong' }) });
      const sessions = async (): Promise<unknown> => t.db.query('SELECT count(*)::int AS n FROM sessions WHERE tenant_id = $1', [co.tenantId]);
      const counter = async (): Promise<unknown> => t.db.query('SELECT failures FROM login_throttle WHERE key_hash = $1', [hashSecret('ip\n192.0.2.77')]);
      t.clock.advance(30 * 24 * HOUR - 1);
      const live = await signIn(t.app, co.slug, co.email);
      await pruneAuthRecords(t.db, t.clock.now());
      expect([await sessions(), await counter()]).toEqual([[{ n: 2 }], []]);
      t.clock.advance(1);
      await pruneAuthRecords(t.db, t.clock.now());
      expect(await sessions()).toEqual([{ n: 1 }]);
      expect((await t.app.request('/api/me', { headers: { Cookie: live.cookie } })).status).toBe(200);
    });

    it('keep a login counter while its window can matter', async () => {
      const t = app();
      const co = await newCompany(t.db);
      await t.app.request('/api/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '192.0.2.78' }, body: JSON.stringify({ tenant: co.slug, email: co.email, password: 'wrong' }) });
      const counter = async (): Promise<unknown> => t.db.query('SELECT failures FROM login_throttle WHERE key_hash = $1', [hashSecret('ip\n192.0.2.78')]);
      t.clock.advance(24 * HOUR - 1);
      await pruneAuthRecords(t.db, t.clock.now());
      expect(await counter()).toEqual([{ failures: 1 }]);
      t.clock.advance(1);
      await pruneAuthRecords(t.db, t.clock.now());
      expect(await counter()).toEqual([]);
    });

    it('refuse forged, foreign and malformed cookies alike', async () => {
      const t = app();
      const [a, b] = [await newCompany(t.db), await newCompany(t.db)];
      const s = await signIn(t.app, a.slug, a.email);
      const secret = s.cookie.split('=')[1]!;
      const swapped = `heng_session=${b.tenantId}.${secret.split('.')[1]}`;
      for (const cookie of [swapped, 'heng_session=garbage', `heng_session=${a.tenantId}.${'A'.repeat(43)}`, `heng_session=x'; DROP TABLE sessions; --`]) {
        expect((await t.app.request('/api/me', { headers: { Cookie: cookie } })).status).toBe(401);
      }
      expect((await t.app.request('/api/me', { headers: { Cookie: s.cookie } })).status).toBe(200);
    });
  });
});
