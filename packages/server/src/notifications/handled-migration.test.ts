import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../migrations/runner.js';
import { unmigrated } from '../test-support/databases.js';
import { newTenant } from '../test-support/store-fixtures.js';

const T0 = '2025-01-01T00:00:00.000Z';

describe.each(unmigrated)('migration 0022 on $name', ({ open }) => {
  it('marks handled the approval notices whose work was already done, and no other', async () => {
    const t = await open();
    try {
      await migrate(t.db, loadMigrations().filter((m) => m.id < '0022'));
      const tenant = await newTenant(t.db);
      await t.db.query(`INSERT INTO users (tenant_id, id, email, display_name) VALUES ($1, 'u1', 'u1@example.cn', 'U1'), ($1, 'u2', 'u2@example.cn', 'U2')`, [tenant]);
      await t.db.query(`INSERT INTO records (tenant_id, form_id, id, form_version, data, revision, created_at, updated_at) VALUES ($1, 'app', 'r1', 1, '{}', 1, $2, $2), ($1, 'app', 'r2', 1, '{}', 1, $2, $2)`, [tenant, T0]);
      await t.db.query(
        `INSERT INTO approval_instances (tenant_id, id, flow_id, flow_version, form_id, record_id, status, version, snapshot, submitter, started_at, updated_at)
         VALUES ($1, 'running', 'f', 1, 'app', 'r1', 'running', 2, '{}', 'u2', $2, $2), ($1, 'back', 'f', 1, 'app', 'r2', 'returned', 2, '{}', 'u2', $2, $2)`,
        [tenant, T0],
      );
      await t.db.query(
        `INSERT INTO approval_tasks (tenant_id, instance_id, id, node_id, assignee, status, created_at)
         VALUES ($1, 'running', 'a.1', 'a', 'u1', 'completed', $2), ($1, 'running', 'b.1', 'b', 'u1', 'open', $2)`,
        [tenant, T0],
      );
      const notice = (id: string, user: string, topic: string, data: object) =>
        t.db.query(`INSERT INTO notifications (tenant_id, id, user_id, event_id, topic, message, data, created_at) VALUES ($1, $2, $3, $2, $4, '{"en":"x","zh-CN":"x"}', $5::jsonb, $6)`, [tenant, id, user, topic, JSON.stringify(data), T0]);
      await notice('decided', 'u1', 'approval.task', { instanceId: 'running', taskId: 'a.1', nodeId: 'a' });
      await notice('waiting', 'u1', 'approval.task', { instanceId: 'running', taskId: 'b.1', nodeId: 'b' });
      await notice('late-done', 'u1', 'approval.reminder', { instanceId: 'running', nodeId: 'a' });
      await notice('late', 'u1', 'approval.reminder', { instanceId: 'running', nodeId: 'b' });
      await notice('returned', 'u2', 'approval.returned', { instanceId: 'back', nodeId: 'a' });
      await notice('copy', 'u2', 'approval.copy', { instanceId: 'running', nodeId: 'a' });
      await migrate(t.db);
      expect(await t.db.query('SELECT id, handled_at IS NOT NULL AS handled, read_at IS NOT NULL AS read FROM notifications ORDER BY id')).toEqual([
        { id: 'copy', handled: false, read: false }, { id: 'decided', handled: true, read: true }, { id: 'late', handled: false, read: false },
        { id: 'late-done', handled: true, read: true }, { id: 'returned', handled: false, read: false }, { id: 'waiting', handled: false, read: false },
      ]);
    } finally {
      await t.drop();
    }
  });
});
