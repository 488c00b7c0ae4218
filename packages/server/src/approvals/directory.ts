/** @module The people data a flow resolves approvers from: roles, managers and admins of the tenant's active users. */
import type { Directory } from '@heng/engine';
import { ADMIN_ROLE } from '../auth/principal.js';
import type { Queryable } from '../db/port.js';

/**
 * The tenant's directory as of now, for `submit` and `resubmit`: who holds each role, each
 * user's manager, and the admins (who get nodes that resolve to nobody). Inactive users are
 * left out, so no task goes to someone who cannot sign in.
 *
 * @example
 * const directory = await loadDirectory(tx, tenantId); // { roles: { risk_officer: ['u1'] }, managers: { u2: 'u3' }, admins: ['u9'] }
 */
export async function loadDirectory(tx: Queryable, tenantId: string): Promise<Directory> {
  const held = await tx.query<{ role_id: string; user_id: string }>(
    `SELECT r.role_id, r.user_id FROM user_roles r JOIN users u ON u.tenant_id = r.tenant_id AND u.id = r.user_id
     WHERE r.tenant_id = $1 AND u.active ORDER BY r.role_id, r.user_id`,
    [tenantId],
  );
  const reports = await tx.query<{ id: string; manager_id: string }>(
    `SELECT u.id, u.manager_id FROM users u JOIN users m ON m.tenant_id = u.tenant_id AND m.id = u.manager_id
     WHERE u.tenant_id = $1 AND u.active AND m.active ORDER BY u.id`,
    [tenantId],
  );
  const roles: Record<string, string[]> = {};
  for (const { role_id, user_id } of held) (roles[role_id] ??= []).push(user_id);
  const managers = Object.fromEntries(reports.map((r) => [r.id, r.manager_id]));
  return { roles, managers, admins: roles[ADMIN_ROLE] ?? [] };
}
