import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor } from '../jobs/paging.js';
import { as, tenantWithUsers, testGuards } from '../jobs/test-backends.js';
import { createTestApp, jsonRequest } from '../test-support/test-app.js';
import type { TestApp } from '../test-support/test-app.js';
import { notify } from './notify.js';
import { notificationRoutes } from './routes.js';

interface Listed {
  items: { id: string; message: { en: string }; readAt: string | null }[];
  nextCursor: string | null;
  unread: number;
}

describe('notification routes', () => {
  let t: TestApp;
  let tenantId: string;
  let me: string;
  let other: string;
  let users: string[];
  beforeAll(async () => {
    t = await createTestApp({ modules: [notificationRoutes(testGuards)] });
    ({ tenantId, userIds: users } = await tenantWithUsers(t.db, 2));
    [me, other] = users as [string, string];
    for (let i = 0; i < 3; i += 1) {
      await t.db.withTenant(tenantId, (tx) => notify(tx, tenantId, { topic: 'test.route', to: [me], message: { 'zh-CN': `第 ${i} 条`, en: `Number ${i}` } }, new Date(Date.UTC(2025, 0, 1, 0, 0, i))));
    }
  });
  afterAll(() => t.close());

  const list = async (query = '', user = me) => (await (await t.app.request(`/api/notifications${query}`, { headers: as(tenantId, user) })).json()) as Listed;

  it('lists my notifications newest first with the unread count, a page at a time', async () => {
    const page = await list('?limit=2');
    expect([page.items.map((n) => n.message.en), page.unread]).toEqual([['Number 2', 'Number 1'], 3]);
    const next = await list(`?limit=2&cursor=${page.nextCursor}`);
    expect([next.items.map((n) => n.message.en), next.nextCursor]).toEqual([['Number 0'], null]);
    expect((await list('', other)).items).toEqual([]);
  });

  it("marks one read, 404 for someone else's, then all read", async () => {
    const [newest] = (await list('?limit=1')).items;
    const read = await t.app.request(`/api/notifications/${newest!.id}/read`, { method: 'POST', headers: as(tenantId, me) });
    expect(read.status).toBe(204);
    expect((await list('?unread=true')).items.map((n) => n.message.en)).toEqual(['Number 1', 'Number 0']);
    expect((await t.app.request(`/api/notifications/${newest!.id}/read`, { method: 'POST', headers: as(tenantId, other) })).status).toBe(404);
    const all = await t.app.request('/api/notifications/read-all', { method: 'POST', headers: as(tenantId, me) });
    expect(await all.json()).toEqual({ updated: 2 });
    expect((await list()).unread).toBe(0);
  });

  it('refuses bad queries and requests without a user', async () => {
    const bad = await t.app.request('/api/notifications?unread=yes&limit=500', { headers: as(tenantId, me) });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as { problems: { path: string }[] }).problems.map((p) => p.path)).toEqual(['/query/unread', '/query/limit']);
    expect((await t.app.request('/api/notifications')).status).toBe(401);
    // A cursor of an earlier server, which named the last notice by its id, is not one this list gives.
    const old = encodeCursor({ at: '2025-03-01T08:00:00.000Z', id: '0b7e8f5e-53b2-4d0e-9a8c-5f4d1b3c2a10' });
    const stale = await t.app.request(`/api/notifications?cursor=${old}`, { headers: as(tenantId, me) });
    expect([stale.status, ((await stale.json()) as { problems: { path: string }[] }).problems.map((p) => p.path)]).toEqual([422, ['/query/cursor']]);
  });

  it('lets admins create, update, list and remove webhook endpoints, showing the secret only when new', async () => {
    const admin = as(tenantId, me, true);
    const created = await t.app.request('/api/admin/webhooks/erp', jsonRequest('PUT', { url: 'https://erp.example.com/hook', topics: ['overdue.alert'] }, admin));
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ webhook: { id: 'erp', url: 'https://erp.example.com/hook', topics: ['overdue.alert'], enabled: true }, secret: expect.stringMatching(/^whsec_/) });
    const updated = await t.app.request('/api/admin/webhooks/erp', jsonRequest('PUT', { url: 'https://erp.example.com/v2' }, admin));
    expect([updated.status, Object.keys((await updated.json()) as object)]).toEqual([200, ['webhook']]);
    const listed = await t.app.request('/api/admin/webhooks', { headers: admin });
    expect(await listed.json()).toEqual({ items: [expect.objectContaining({ id: 'erp', url: 'https://erp.example.com/v2', topics: [] })] });
    expect((await t.app.request('/api/admin/webhooks/erp', { method: 'DELETE', headers: admin })).status).toBe(204);
    expect((await t.app.request('/api/admin/webhooks/erp', { method: 'DELETE', headers: admin })).status).toBe(404);
  });

  it('refuses bad endpoints (422) and users who are not admins (403)', async () => {
    const admin = as(tenantId, me, true);
    const bad = await t.app.request('/api/admin/webhooks/erp', jsonRequest('PUT', { url: 'ftp://erp.example.com', secret: 'mine' }, admin));
    expect([bad.status, ((await bad.json()) as { problems: { path: string }[] }).problems.map((p) => p.path)]).toEqual([422, ['/secret']]);
    const badUrl = await t.app.request('/api/admin/webhooks/erp', jsonRequest('PUT', { url: 'ftp://erp.example.com' }, admin));
    expect([badUrl.status, ((await badUrl.json()) as { problems: { path: string }[] }).problems.map((p) => p.path)]).toEqual([422, ['/url']]);
    expect((await t.app.request('/api/admin/webhooks', { headers: as(tenantId, me) })).status).toBe(403);
    expect((await t.app.request('/api/admin/webhooks/erp', jsonRequest('PUT', { url: 'https://x.example.com' }, as(tenantId, me)))).status).toBe(403);
  });
});
