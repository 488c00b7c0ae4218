import { describe, expect, it } from 'vitest';
import type { ProblemDocument } from '../http/problem.js';
import { newCompany, onBothDatabases, signIn, TEST_PASSWORD } from './testing.js';
import type { AuthTestApp, TestCompany, TestSession } from './testing.js';
import { setUserManager, setUserRoles } from './user-admin.js';
import { createUser } from './users.js';
import type { UserView } from './users.js';

interface Admin {
  co: TestCompany;
  s: TestSession;
  call: (method: string, path: string, body?: unknown) => Promise<Response>;
  add: (name: string, extra?: Record<string, unknown>) => Promise<UserView>;
}

async function asAdmin(t: AuthTestApp): Promise<Admin> {
  const co = await newCompany(t.db);
  const s = await signIn(t.app, co.slug, co.email);
  const call = (method: string, path: string, body?: unknown): Promise<Response> =>
    Promise.resolve(t.app.request(path, { method, headers: s.headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) }));
  const add = async (name: string, extra: Record<string, unknown> = {}): Promise<UserView> => {
    const res = await call('POST', '/api/users', { email: `${name.toLowerCase()}@x.cn`, displayName: name, ...extra });
    expect(res.status).toBe(201);
    return (await res.json()) as UserView;
  };
  return { co, s, call, add };
}

onBothDatabases((app) => {
  describe('users', () => {
    it('are created by admins with roles and a manager, then listed and read', async () => {
      const t = app();
      const { co, call, add } = await asAdmin(t);
      const bob = await add('Bob', { roles: ['sales_manager'] });
      const ann = await add('Ann', { password: TEST_PASSWORD, roles: ['salesperson', 'risk_officer'], managerId: bob.id });
      expect(ann).toEqual({
        id: expect.any(String), email: 'ann@x.cn', displayName: 'Ann', managerId: bob.id, active: true, roles: ['risk_officer', 'salesperson'],
        createdAt: t.clock.now().toISOString(), updatedAt: t.clock.now().toISOString(),
      });
      expect(JSON.stringify(ann)).not.toMatch(/password|scrypt/);
      const list = (await (await call('GET', '/api/users')).json()) as UserView[];
      expect(list.map((u) => u.displayName)).toEqual(['Ann', 'Bob', 'Boss']);
      expect(await (await call('GET', `/api/users/${ann.id}`)).json()).toEqual(ann);
      await signIn(t.app, co.slug, 'ann@x.cn');
    });

    it('are read by everyone of the company but changed by admins only (403)', async () => {
      const t = app();
      const { co, add } = await asAdmin(t);
      const ann = await add('Ann', { password: TEST_PASSWORD, roles: ['salesperson'] });
      const s = await signIn(t.app, co.slug, 'ann@x.cn');
      expect((await t.app.request('/api/users', { headers: { Cookie: s.cookie } })).status).toBe(200);
      const attempts: [string, string, unknown][] = [
        ['POST', '/api/users', { email: 'eve@x.cn', displayName: 'Eve' }],
        ['PATCH', `/api/users/${ann.id}`, { displayName: 'Queen' }],
        ['PUT', `/api/users/${ann.id}/roles`, { roles: ['admin'] }],
        ['PUT', `/api/users/${ann.id}/manager`, { managerId: null }],
        ['POST', '/api/roles', { id: 'x', nameZh: 'x', nameEn: 'x' }],
        ['PATCH', '/api/tenant', { name: 'Mine now' }],
      ];
      for (const [method, path, body] of attempts) {
        const res = await t.app.request(path, { method, headers: s.headers, body: JSON.stringify(body) });
        expect([method, path, res.status]).toEqual([method, path, 403]);
      }
      expect(await (await t.app.request('/api/me', { headers: { Cookie: s.cookie } })).json()).toMatchObject({ roles: ['salesperson'] });
    });

    it('are changed, deactivated and re-activated', async () => {
      const t = app();
      const { call, add } = await asAdmin(t);
      const ann = await add('Ann');
      t.clock.advance(1000);
      const changed = (await (await call('PATCH', `/api/users/${ann.id}`, { displayName: ' Annie ', email: 'annie@x.cn', active: false })).json()) as UserView;
      expect(changed).toMatchObject({ displayName: 'Annie', email: 'annie@x.cn', active: false, updatedAt: t.clock.now().toISOString(), createdAt: ann.createdAt });
      expect(await (await call('PATCH', `/api/users/${ann.id}`, { active: true })).json()).toMatchObject({ active: true });
    });

    it('refuse bad bodies with every field problem, in both languages', async () => {
      const t = app();
      const { call, add } = await asAdmin(t);
      const ann = await add('Ann');
      const cases: [string, string, unknown, string[]][] = [
        ['POST', '/api/users', { email: 'nope', displayName: '', password: 'short', roles: ['admin', 'admin'], bogus: 1 }, ['/bogus', '/displayName', '/displayName', '/email', '/password', '/roles']],
        ['POST', '/api/users', { email: 'new@x.cn', displayName: 'New', roles: ['admin', 'ghost'], managerId: 'nobody' }, ['/managerId', '/roles/1']],
        ['PATCH', `/api/users/${ann.id}`, {}, ['']],
        ['PUT', `/api/users/${ann.id}/roles`, { roles: 'admin' }, ['/roles']],
        ['PUT', `/api/users/${ann.id}/manager`, {}, ['/managerId']],
      ];
      for (const [method, path, body, paths] of cases) {
        const res = await call(method, path, body);
        const doc = (await res.json()) as ProblemDocument;
        expect([method, path, res.status]).toEqual([method, path, 422]);
        expect(doc.problems.map((p) => p.path).sort()).toEqual(paths);
        expect(doc.problems.every((p) => p.message !== '' && p.messageZh !== '')).toBe(true);
      }
    });

    it('keep one user per email in a company: two creations at once give one 201 and one 409', async () => {
      const t = app();
      const { call } = await asAdmin(t);
      const body = { email: 'twin@x.cn', displayName: 'Twin' };
      const results = await Promise.all([call('POST', '/api/users', body), call('POST', '/api/users', { ...body, email: 'TWIN@x.cn' })]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
      const clash = (await results.find((r) => r.status === 409)!.json()) as ProblemDocument;
      expect(clash).toMatchObject({ code: 'email_taken', problems: [{ path: '/email', code: 'email_taken' }] });
    });

    it('refuse manager cycles, naming the loop', async () => {
      const t = app();
      const { call, add } = await asAdmin(t);
      const carol = await add('Carol');
      const bob = await add('Bob', { managerId: carol.id });
      const ann = await add('Ann', { managerId: bob.id });
      const cycle = await call('PUT', `/api/users/${carol.id}/manager`, { managerId: ann.id });
      const doc = (await cycle.json()) as ProblemDocument;
      expect([cycle.status, doc.problems[0]?.code, doc.problems[0]?.path]).toEqual([422, 'manager_cycle', '/managerId']);
      expect(doc.problems[0]?.message).toBe('Carol cannot report to Ann: Ann already reports to Carol (Ann → Bob → Carol). Pick another manager.');
      expect(doc.problems[0]?.messageZh).toContain('Ann → Bob → Carol');
      const self = (await (await call('PUT', `/api/users/${bob.id}/manager`, { managerId: bob.id })).json()) as ProblemDocument;
      expect(self.problems[0]?.code).toBe('manager_cycle');
      expect(await (await call('PUT', `/api/users/${ann.id}/manager`, { managerId: carol.id })).json()).toMatchObject({ managerId: carol.id });
      expect(await (await call('PUT', `/api/users/${ann.id}/manager`, { managerId: null })).json()).toMatchObject({ managerId: null });
    });

    it('refuse a cycle closed by two changes made at the same moment', async () => {
      const t = app();
      const { co } = await asAdmin(t);
      for (let round = 0; round < 15; round++) {
        const [ann, bob] = [await createUser(t.db, co.tenantId, { email: `a${round}@x.cn`, displayName: 'A' }), await createUser(t.db, co.tenantId, { email: `b${round}@x.cn`, displayName: 'B' })];
        const results = await Promise.allSettled([setUserManager(t.db, co.tenantId, ann.id, bob.id, t.clock.now()), setUserManager(t.db, co.tenantId, bob.id, ann.id, t.clock.now())]);
        expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      }
    });

    it('keep an admin when the last two take the role from themselves at the same moment', async () => {
      const t = app();
      const { co } = await asAdmin(t);
      let remaining = co.adminId;
      for (let round = 0; round < 10; round++) {
        const [x, y] = [await createUser(t.db, co.tenantId, { email: `x${round}@x.cn`, displayName: 'X', roles: ['admin'] }), await createUser(t.db, co.tenantId, { email: `y${round}@x.cn`, displayName: 'Y', roles: ['admin'] })];
        await setUserRoles(t.db, co.tenantId, remaining, [], t.clock.now());
        const results = await Promise.allSettled([setUserRoles(t.db, co.tenantId, x.id, [], t.clock.now()), setUserRoles(t.db, co.tenantId, y.id, [], t.clock.now())]);
        expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
        remaining = results[0]?.status === 'fulfilled' ? y.id : x.id;
      }
    });

    it('refuse an inactive manager', async () => {
      const t = app();
      const { call, add } = await asAdmin(t);
      const gone = await add('Gone');
      await call('PATCH', `/api/users/${gone.id}`, { active: false });
      const doc = (await (await call('POST', '/api/users', { email: 'n@x.cn', displayName: 'N', managerId: gone.id })).json()) as ProblemDocument;
      expect(doc.problems).toEqual([expect.objectContaining({ path: '/managerId', code: 'user_inactive' })]);
    });

    it('never leave the company without an active admin', async () => {
      const t = app();
      const { co, call, add } = await asAdmin(t);
      for (const [method, path, body] of [['PATCH', `/api/users/${co.adminId}`, { active: false }], ['PUT', `/api/users/${co.adminId}/roles`, { roles: ['legal'] }]] as const) {
        const res = await call(method, path, body);
        expect([res.status, ((await res.json()) as ProblemDocument).code]).toEqual([409, 'last_admin']);
      }
      const second = await add('Second', { roles: ['admin'], password: TEST_PASSWORD });
      expect((await call('PUT', `/api/users/${co.adminId}/roles`, { roles: ['legal'] })).status).toBe(200);
      expect((await call('GET', '/api/tokens')).status).toBe(403);
      const s2 = await signIn(t.app, co.slug, 'second@x.cn');
      const again = await t.app.request(`/api/users/${second.id}`, { method: 'PATCH', headers: s2.headers, body: JSON.stringify({ active: false }) });
      expect([again.status, ((await again.json()) as ProblemDocument).code]).toEqual([409, 'last_admin']);
    });
  });
});
