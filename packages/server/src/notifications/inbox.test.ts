import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '../db/port.js';
import { decodeCursor } from '../jobs/paging.js';
import { backends, tenantWithUsers } from '../jobs/test-backends.js';
import type { OpenBackend } from '../jobs/test-backends.js';
import { countUnread, listNotifications, markAllRead, markRead } from './inbox.js';
import { notify } from './notify.js';

const t0 = Date.parse('2025-03-01T08:00:00.000Z');
const text = (n: number) => ({ 'zh-CN': `第 ${n} 条`, en: `Number ${n}` });

describe.each(backends)('inbox on $name', (backend) => {
  let b: OpenBackend;
  beforeAll(async () => {
    b = await backend.open();
  });
  afterAll(() => b.dispose());

  async function inboxOf(n: number) {
    const { tenantId, userIds } = await tenantWithUsers(b.db, 2);
    const [me, other] = userIds as [string, string];
    for (let i = 0; i < n; i += 1) {
      await b.db.withTenant(tenantId, (tx) => notify(tx, tenantId, { topic: 'test.inbox', to: [me], message: text(i) }, new Date(t0 + i * 1_000)));
    }
    await b.db.withTenant(tenantId, (tx) => notify(tx, tenantId, { topic: 'test.inbox', to: [other], message: text(99) }, new Date(t0)));
    const run = <T>(fn: (tx: Queryable) => Promise<T>) => b.db.withTenant(tenantId, fn);
    return { tenantId, me, other, run };
  }

  it("lists a user's own notifications newest first, a page at a time", async () => {
    const { tenantId, me, run } = await inboxOf(5);
    const first = await run((tx) => listNotifications(tx, tenantId, me, { limit: 3 }));
    expect(first.items.map((n) => n.message.en)).toEqual(['Number 4', 'Number 3', 'Number 2']);
    expect(first.items[0]).toMatchObject({ userId: me, topic: 'test.inbox', title: null, link: null, data: {}, readAt: null, createdAt: '2025-03-01T08:00:04.000Z' });
    const rest = await run((tx) => listNotifications(tx, tenantId, me, { limit: 3, cursor: decodeCursor(first.nextCursor!) }));
    expect([rest.items.map((n) => n.message.en), rest.nextCursor]).toEqual([['Number 1', 'Number 0'], null]);
  });

  it('lists notices made at one instant last made first, across pages', async () => {
    const { tenantId, me, run } = await inboxOf(0);
    for (let i = 0; i < 6; i += 1) await run((tx) => notify(tx, tenantId, { topic: 'test.inbox', to: [me], message: text(i) }, new Date(t0)));
    const first = await run((tx) => listNotifications(tx, tenantId, me, { limit: 4 }));
    const rest = await run((tx) => listNotifications(tx, tenantId, me, { limit: 4, cursor: decodeCursor(first.nextCursor!) }));
    expect([...first.items, ...rest.items].map((n) => n.message.en)).toEqual(['Number 5', 'Number 4', 'Number 3', 'Number 2', 'Number 1', 'Number 0']);
  });

  it('marks one read (keeping the first time), counts and filters unread, and marks all read', async () => {
    const { tenantId, me, other, run } = await inboxOf(3);
    const [newest] = (await run((tx) => listNotifications(tx, tenantId, me, { limit: 1 }))).items;
    const read = new Date(t0 + 60_000);
    expect(await run((tx) => markRead(tx, tenantId, me, newest!.id, read))).toBe(true);
    expect(await run((tx) => markRead(tx, tenantId, me, newest!.id, new Date(t0 + 120_000)))).toBe(true);
    expect((await run((tx) => listNotifications(tx, tenantId, me, { limit: 1 }))).items[0]!.readAt).toBe(read.toISOString());
    expect(await run((tx) => countUnread(tx, tenantId, me))).toBe(2);
    expect((await run((tx) => listNotifications(tx, tenantId, me, { limit: 10, unreadOnly: true }))).items.map((n) => n.message.en)).toEqual(['Number 1', 'Number 0']);
    expect(await run((tx) => markAllRead(tx, tenantId, me, read))).toBe(2);
    expect(await run((tx) => countUnread(tx, tenantId, me))).toBe(0);
    expect(await run((tx) => countUnread(tx, tenantId, other))).toBe(1);
  });

  it("cannot read or mark another user's or another tenant's notifications", async () => {
    const { tenantId, me, other, run } = await inboxOf(1);
    const [theirs] = (await run((tx) => listNotifications(tx, tenantId, other, { limit: 1 }))).items;
    expect(await run((tx) => markRead(tx, tenantId, me, theirs!.id, new Date(t0)))).toBe(false);
    const stranger = await tenantWithUsers(b.db, 1);
    const seen = await b.db.withTenant(stranger.tenantId, (tx) => listNotifications(tx, tenantId, other, { limit: 10 }));
    expect(seen.items).toEqual([]);
    expect(await b.db.withTenant(stranger.tenantId, (tx) => markAllRead(tx, tenantId, other, new Date(t0)))).toBe(0);
    expect(await run((tx) => countUnread(tx, tenantId, other))).toBe(1);
  });
});
