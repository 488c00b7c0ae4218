import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../migrations/runner.js';
import { createTestPostgres, freshPglite } from '../test-support/databases.js';
import { newTenant } from '../test-support/store-fixtures.js';

const T0 = '2025-01-01T00:00:00.000Z';

describe.each([
  {
    name: 'PGlite',
    open: async () => {
      const db = await freshPglite({ migrate: false });
      return { db, drop: () => db.close() };
    },
  },
  { name: 'PostgreSQL', open: async () => createTestPostgres({ migrate: false }) },
])('migration 0020 on $name', ({ open }) => {
  it('closes the older of two open tasks of one rule action on a record, then holds one open task per action', async () => {
    const t = await open();
    try {
      await migrate(t.db, loadMigrations().filter((m) => m.id < '0020'));
      const tenant = await newTenant(t.db);
      await t.db.query(`INSERT INTO records (tenant_id, form_id, id, form_version, data, revision, created_at, updated_at) VALUES ($1, 'customer', 'c1', 1, '{}', 1, $2, $2)`, [tenant, T0]);
      // Two runs of the "call" action made a task each (the owner changed between them); "review" made one, and an older one is done.
      const task = (id: string, action: string | null, user: string, status: string, minute: number) =>
        t.db.query(
          `INSERT INTO tasks (tenant_id, id, record_id, assignee_user, title, due_date, status, rule_set_id, rule_id, action_id, created_at)
           VALUES ($1, $2, 'c1', $3, '{"en":"x","zh-CN":"x"}', '2025-01-05', $4, 'risk', 'lawsuit', $5, $6::timestamptz + $7 * interval '1 minute')`,
          [tenant, id, user, status, action, T0, minute],
        );
      await task('call-old', 'call', 'u1', 'open', 1);
      await task('call-new', 'call', 'u2', 'open', 2);
      await task('review', 'review', 'u1', 'open', 1);
      await task('review-done', 'review', 'u1', 'done', 0);
      await task('before-0019-a', null, 'u1', 'open', 0);
      await task('before-0019-b', null, 'u1', 'open', 0);
      await migrate(t.db);
      expect(await t.db.query('SELECT id, status FROM tasks ORDER BY id')).toEqual([
        { id: 'before-0019-a', status: 'open' }, { id: 'before-0019-b', status: 'open' }, { id: 'call-new', status: 'open' },
        { id: 'call-old', status: 'done' }, { id: 'review', status: 'open' }, { id: 'review-done', status: 'done' },
      ]);
      await expect(task('call-third', 'call', 'u3', 'open', 3)).rejects.toThrow(/same key already exists/);
      await task('call-closed', 'call', 'u3', 'done', 3);
    } finally {
      await t.drop();
    }
  });
});
