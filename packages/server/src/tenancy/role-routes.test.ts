import { describe, expect, it } from 'vitest';
import type { ProblemDocument } from '../http/problem.js';
import { BUILTIN_ROLES } from './builtin-roles.js';
import type { RoleView } from './roles.js';
import { bearer, newCompany, onBothDatabases, signIn } from './testing.js';
import type { AuthTestApp } from './testing.js';
import { createUser } from './users.js';

async function admin(t: AuthTestApp): Promise<{ tenantId: string; call: (method: string, path: string, body?: unknown) => Promise<Response> }> {
  const co = await newCompany(t.db);
  const s = await signIn(t.app, co.slug, co.email);
  const call = (method: string, path: string, body?: unknown): Promise<Response> =>
    Promise.resolve(t.app.request(path, { method, headers: s.headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }));
  return { tenantId: co.tenantId, call };
}

onBothDatabases((app) => {
  describe('roles', () => {
    it('start with the seven builtin roles of DOMAIN.md, in both languages', async () => {
      const t = app();
      const { call } = await admin(t);
      const roles = (await (await call('GET', '/api/roles')).json()) as RoleView[];
      expect(roles.map((r) => [r.id, r.nameZh, r.builtin])).toEqual(
        [...BUILTIN_ROLES].sort((a, b) => a.id.localeCompare(b.id)).map((r) => [r.id, r.nameZh, true]),
      );
      expect(roles.map((r) => r.nameZh).sort()).toEqual(['法务', '管理员/老板', '财务总监', '销售', '销售总监', '销售经理', '风控专员'].sort());
      expect(roles.find((r) => r.id === 'admin')).toMatchObject({ users: 1 });
    });

    it('can be added, renamed and deleted when custom', async () => {
      const t = app();
      const { call } = await admin(t);
      const made = await call('POST', '/api/roles', { id: 'credit_committee', nameZh: '信用委员会', nameEn: 'Credit committee' });
      expect([made.status, await made.json()]).toEqual([201, { id: 'credit_committee', nameZh: '信用委员会', nameEn: 'Credit committee', builtin: false, users: 0, createdAt: t.clock.now().toISOString() }]);
      const renamed = await call('PATCH', '/api/roles/credit_committee', { nameEn: 'Credit board' });
      expect(await renamed.json()).toMatchObject({ nameZh: '信用委员会', nameEn: 'Credit board' });
      expect((await call('DELETE', '/api/roles/credit_committee')).status).toBe(204);
      expect((await call('DELETE', '/api/roles/credit_committee')).status).toBe(404);
    });

    it('keep builtin roles (rename only) and roles in use', async () => {
      const t = app();
      const { tenantId, call } = await admin(t);
      expect(await (await call('PATCH', '/api/roles/legal', { nameZh: '法务部' })).json()).toMatchObject({ id: 'legal', nameZh: '法务部', builtin: true });
      const builtin = await call('DELETE', '/api/roles/legal');
      expect([builtin.status, ((await builtin.json()) as ProblemDocument).code]).toEqual([409, 'builtin_role']);
      await call('POST', '/api/roles', { id: 'auditor', nameZh: '审计', nameEn: 'Auditor' });
      const user = await createUser(t.db, tenantId, { email: 'aud@x.cn', displayName: 'Aud', roles: ['auditor'] });
      const inUse = await call('DELETE', '/api/roles/auditor');
      expect([inUse.status, ((await inUse.json()) as ProblemDocument).code]).toEqual([409, 'role_in_use']);
      await call('PUT', `/api/users/${user.id}/roles`, { roles: [] });
      await call('POST', '/api/tokens', { name: 'audit feed', roles: ['auditor'] });
      expect((await call('DELETE', '/api/roles/auditor')).status).toBe(409);
    });

    it('refuse a taken id with 409 and a bad body with 422', async () => {
      const t = app();
      const { call } = await admin(t);
      const taken = await call('POST', '/api/roles', { id: 'admin', nameZh: '管', nameEn: 'A' });
      expect([taken.status, ((await taken.json()) as ProblemDocument).problems[0]?.path]).toEqual([409, '/id']);
      const bad = await call('POST', '/api/roles', { id: '1-bad id', nameZh: '', nameEn: ' ' });
      expect([...new Set(((await bad.json()) as ProblemDocument).problems.map((p) => p.path))].sort()).toEqual(['/id', '/nameEn', '/nameZh']);
      expect((await call('PATCH', '/api/roles/admin', {})).status).toBe(422);
    });

    it('grant nothing through an API token once deleted', async () => {
      const t = app();
      const { tenantId, call } = await admin(t);
      await call('POST', '/api/roles', { id: 'temp', nameZh: '临时', nameEn: 'Temp' });
      const [adminUser] = await t.db.withTenant(tenantId, (tx) => tx.query<{ id: string }>('SELECT id FROM users'));
      const headers = await bearer(t, tenantId, adminUser!.id, ['temp', 'legal']);
      await t.db.withTenant(tenantId, (tx) => tx.query("DELETE FROM roles WHERE id = 'temp'"));
      expect(await (await t.app.request('/api/me', { headers })).json()).toMatchObject({ roles: ['legal'] });
    });
  });

  describe('my company', () => {
    it('is read by everyone and renamed by admins; its code stays', async () => {
      const t = app();
      const { tenantId, call } = await admin(t);
      const renamed = await call('PATCH', '/api/tenant', { name: ' 衡信科技 ' });
      expect(await renamed.json()).toMatchObject({ id: tenantId, name: '衡信科技', status: 'active' });
      expect((await call('PATCH', '/api/tenant', { name: '', slug: 'new' })).status).toBe(422);
      expect(await (await call('GET', '/api/tenant')).json()).toMatchObject({ name: '衡信科技' });
    });
  });
});
