import { afterAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/port.js';
import type { ProblemDocument } from '../http/problem.js';
import { createTestPostgres, freshPglite } from '../test-support/databases.js';
import { createAuthTestApp, TEST_AUTH } from './testing.js';
import type { AuthTestApp } from './testing.js';

const first = { slug: 'acme', name: '衡信科技', admin: { email: 'boss@acme.cn', displayName: '王总', password: 'a long first password' } };

function post(t: AuthTestApp, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(t.app.request('/api/setup', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) }));
}

describe.each(['pglite', 'postgres'] as const)('first-run setup on %s', (kind) => {
  const releases: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const release of releases) await release();
  });
  async function emptyDb(): Promise<Db> {
    if (kind === 'pglite') {
      const db = await freshPglite();
      releases.push(() => db.close());
      return db;
    }
    const pg = await createTestPostgres();
    releases.push(() => pg.drop());
    return pg.db;
  }

  it('makes the first company and admin once, signed in, even when two setups race', async () => {
    const t = await createAuthTestApp({ db: await emptyDb() });
    expect(await (await t.app.request('/api/setup')).json()).toEqual({ needed: true, setupTokenRequired: false });
    const [a, b] = await Promise.all([post(t, first), post(t, { ...first, slug: 'other', admin: { ...first.admin, email: 'x@other.cn' } })]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const [won, lost] = a.status === 201 ? [a, b] : [b, a];
    expect(((await lost.json()) as ProblemDocument).code).toBe('setup_done');
    const me = (await won.json()) as { csrfToken: string; roles: string[]; tenant: { slug: string } };
    expect(me.roles).toEqual(['admin']);
    const cookie = (won.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect(await (await t.app.request('/api/me', { headers: { Cookie: cookie } })).json()).toMatchObject({ tenant: { slug: me.tenant.slug }, user: { displayName: '王总' } });
    const roles = (await (await t.app.request('/api/roles', { headers: { Cookie: cookie } })).json()) as unknown[];
    expect(roles).toHaveLength(7);
    expect(await t.db.query('SELECT slug FROM tenants')).toEqual([{ slug: me.tenant.slug }]);

    expect(await (await t.app.request('/api/setup')).json()).toEqual({ needed: false, setupTokenRequired: false });
    const again = await post(t, { ...first, slug: 'third' });
    expect([again.status, ((await again.json()) as ProblemDocument).code]).toEqual([409, 'setup_done']);
    expect(await t.db.query('SELECT count(*)::int AS n FROM tenants')).toEqual([{ n: 1 }]);
  });

  it('checks the body, the origin and, when configured, the setup token', async () => {
    const t = await createAuthTestApp({ db: await emptyDb(), auth: { ...TEST_AUTH, setupToken: 'printed-in-the-server-log' } });
    expect(await (await t.app.request('/api/setup')).json()).toEqual({ needed: true, setupTokenRequired: true });
    const bad = await post(t, { slug: 'Not A Slug', name: '', admin: { email: 'x', displayName: 'X', password: 'short' } });
    const doc = (await bad.json()) as ProblemDocument;
    expect(bad.status).toBe(422);
    expect([...new Set(doc.problems.map((p) => p.path))].sort()).toEqual(['/admin/email', '/admin/password', '/name', '/slug']);
    for (const setupToken of [undefined, 'wrong-token-wrong-token']) {
      const res = await post(t, { ...first, ...(setupToken === undefined ? {} : { setupToken }) });
      expect([res.status, ((await res.json()) as ProblemDocument).code]).toEqual([403, 'setup_token_invalid']);
    }
    const foreign = await post(t, { ...first, setupToken: 'printed-in-the-server-log' }, { Origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect((await t.app.request('/api/setup')).status).toBe(200);
    expect((await post(t, { ...first, setupToken: 'printed-in-the-server-log' })).status).toBe(201);
  });
});
