import { describe, expect, it } from 'vitest';
import type { Db } from '../db/port.js';
import type { ProblemDocument } from '../http/problem.js';
import { newCompany, onBothDatabases, signIn, TEST_PASSWORD } from './testing.js';
import { createUser } from './users.js';

async function snapshot(db: Db, tenantId: string): Promise<unknown> {
  return db.withTenant(tenantId, async (tx) => ({
    tenant: await tx.query('SELECT * FROM tenants'),
    users: await tx.query('SELECT * FROM users ORDER BY id'),
    roles: await tx.query('SELECT * FROM roles ORDER BY id'),
    userRoles: await tx.query('SELECT * FROM user_roles ORDER BY user_id, role_id'),
    sessions: await tx.query('SELECT * FROM sessions ORDER BY id'),
    tokens: await tx.query('SELECT * FROM api_tokens ORDER BY id'),
  }));
}

onBothDatabases((app) => {
  describe("tenant matrix: company A's admin with company B's ids", () => {
    it('gets 404 for every id in a path and 422 for every id in a body, exactly as for ids that do not exist, and never B’s data', async () => {
      const t = app();
      const [a, b] = [await newCompany(t.db), await newCompany(t.db)];
      const sa = await signIn(t.app, a.slug, a.email);
      const sb = await signIn(t.app, b.slug, b.email);
      const bob = await createUser(t.db, b.tenantId, { email: 'bob@b.cn', displayName: 'Bob of B', password: TEST_PASSWORD, roles: ['salesperson'] });
      await t.app.request('/api/roles', { method: 'POST', headers: sb.headers, body: JSON.stringify({ id: 'b_only', nameZh: 'B专用', nameEn: 'B only' }) });
      const token = (await (await t.app.request('/api/tokens', { method: 'POST', headers: sb.headers, body: JSON.stringify({ name: 'B feed', roles: ['b_only'] }) })).json()) as { id: string };
      const before = await snapshot(t.db, b.tenantId);

      const ids = { user: bob.id, admin: b.adminId, role: 'b_only', token: token.id };
      const pathCases = (id: { user: string; role: string; token: string }): [string, string, unknown?][] => [
        ['GET', `/api/users/${id.user}`],
        ['PATCH', `/api/users/${id.user}`, { displayName: 'Hacked', active: false }],
        ['PUT', `/api/users/${id.user}/roles`, { roles: ['admin'] }],
        ['PUT', `/api/users/${id.user}/manager`, { managerId: null }],
        ['DELETE', `/api/users/${id.user}/sessions`],
        ['PATCH', `/api/roles/${id.role}`, { nameEn: 'Hacked' }],
        ['DELETE', `/api/roles/${id.role}`],
        ['DELETE', `/api/tokens/${id.token}`],
      ];
      const missing = { user: '00000000-0000-4000-8000-000000000000', role: 'no_such_role', token: '00000000-0000-4000-8000-000000000001' };
      const send = (method: string, path: string, body?: unknown): Promise<Response> =>
        Promise.resolve(t.app.request(path, { method, headers: sa.headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }));
      const seen: string[] = [];
      const foreign = pathCases(ids);
      const absent = pathCases(missing);
      for (const [i, [method, path, body]] of foreign.entries()) {
        const res = await send(method, path, body);
        const text = await res.text();
        seen.push(text);
        const doc = JSON.parse(text) as ProblemDocument;
        const [m2, p2, b2] = absent[i]!;
        const ref = (await (await send(m2, p2, b2)).json()) as ProblemDocument;
        expect([method, path, res.status, doc.code]).toEqual([method, path, 404, 'not_found']);
        expect([doc.status, doc.code]).toEqual([ref.status, ref.code]);
      }

      const bodyCases: [string, string, unknown, string][] = [
        ['POST', '/api/users', { email: 'x@a.cn', displayName: 'X', managerId: ids.user }, '/managerId'],
        ['POST', '/api/users', { email: 'y@a.cn', displayName: 'Y', roles: [ids.role] }, '/roles/0'],
        ['PUT', `/api/users/${a.adminId}/manager`, { managerId: ids.admin }, '/managerId'],
        ['PUT', `/api/users/${a.adminId}/roles`, { roles: ['admin', ids.role] }, '/roles/1'],
        ['POST', '/api/tokens', { name: 'steal', roles: ['admin'], userId: ids.user }, '/userId'],
        ['POST', '/api/tokens', { name: 'steal', roles: [ids.role] }, '/roles/0'],
      ];
      for (const [method, path, body, at] of bodyCases) {
        const res = await send(method, path, body);
        const text = await res.text();
        seen.push(text);
        const doc = JSON.parse(text) as ProblemDocument;
        expect([method, path, res.status, doc.problems.map((p) => p.path)]).toEqual([method, path, 422, [at]]);
        expect(doc.problems[0]?.code).toMatch(/^unknown_(user|role)$/);
      }

      for (const path of ['/api/users', '/api/roles', '/api/tokens', '/api/tenant', '/api/me']) seen.push(await (await send('GET', path)).text());
      const leaked = seen.filter((text) => [b.tenantId, b.email, b.slug, 'Bob of B', 'bob@b.cn', 'B feed', 'B专用', 'B only'].some((s) => text.includes(s)));
      expect(leaked).toEqual([]);
      expect(await snapshot(t.db, b.tenantId)).toEqual(before);
      expect((await t.app.request('/api/me', { headers: { Cookie: sb.cookie } })).status).toBe(200);
    });

    it("cannot use B's credentials against A, nor A's token to read B", async () => {
      const t = app();
      const [a, b] = [await newCompany(t.db), await newCompany(t.db)];
      const sb = await signIn(t.app, b.slug, b.email);
      const tokenB = (await (await t.app.request('/api/tokens', { method: 'POST', headers: sb.headers, body: JSON.stringify({ name: 'B', roles: ['admin'] }) })).json()) as { token: string };
      const forged = tokenB.token.replace(b.tenantId, a.tenantId);
      expect((await t.app.request('/api/me', { headers: { Authorization: `Bearer ${forged}` } })).status).toBe(401);
      const users = (await (await t.app.request('/api/users', { headers: { Authorization: `Bearer ${tokenB.token}` } })).json()) as { id: string }[];
      expect(users.map((u) => u.id)).toEqual([b.adminId]);
    });
  });
});
