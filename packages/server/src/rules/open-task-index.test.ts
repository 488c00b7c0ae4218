import type { CreateTaskEffect } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../migrations/runner.js';
import { createTestPostgres, unmigrated } from '../test-support/databases.js';
import { newTenant } from '../test-support/store-fixtures.js';
import { applyEffect } from './effects.js';

const T0 = '2025-01-01T00:00:00.000Z';

describe.each(unmigrated)('migration 0020 on $name', ({ open }) => {
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

describe('one open task per rule action on PostgreSQL', () => {
  it('lets one of two runs at once make the task; the other, held until the first commits, makes none and says why', async () => {
    const t = await createTestPostgres();
    try {
      const tenantId = await newTenant(t.db);
      await t.db.query(`INSERT INTO records (tenant_id, form_id, id, form_version, data, revision, created_at, updated_at) VALUES ($1, 'customer', 'c1', 1, '{}', 1, $2, $2)`, [tenantId, T0]);
      const effect: CreateTaskEffect = { kind: 'create_task', rule: 'lawsuit', action: 'review', title: { en: 'Review', 'zh-CN': '复核' }, assignee: { role: 'risk_officer' }, dueDate: '2025-01-04' };
      const scope = { tenantId, recordId: 'c1', formId: 'customer', ruleSetId: 'risk', ruleSetVersion: 1, ruleSetName: { 'zh-CN': '风险', en: 'Risk' }, now: new Date(T0) };
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let firstMade!: () => void;
      const made = new Promise<void>((resolve) => (firstMade = resolve));
      const first = t.db.withTenant(tenantId, async (tx) => {
        const out = await applyEffect(tx, effect, scope);
        firstMade();
        await held;
        return out;
      });
      await made;
      const second = t.db.withTenant(tenantId, (tx) => applyEffect(tx, effect, scope));
      // The second waits on the first's uncommitted task (the unique index), then the first commits.
      await expect.poll(async () => (await t.db.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()"))[0]?.n).toBe(1);
      release();
      expect((await first).note).toBeUndefined();
      expect((await second).note).toContain('Another run made this action');
      expect(await t.db.withTenant(tenantId, (tx) => tx.query("SELECT assignee_role FROM tasks WHERE status = 'open'"))).toEqual([{ assignee_role: 'risk_officer' }]);
    } finally {
      await t.drop();
    }
  });
});
