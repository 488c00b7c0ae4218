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
  // One statement: who holds each role, and each user's manager (both active).
  const rows = await tx.query<{ role_id: string | null; user_id: string; manager_id: string | null }>(
    `SELECT r.role_id, r.user_id, NULL AS manager_id FROM user_roles r JOIN users u ON u.tenant_id = r.tenant_id AND u.id = r.user_id
     WHERE r.tenant_id = $1 AND u.active
     UNION ALL
     SELECT NULL, u.id, u.manager_id FROM users u JOIN users m ON m.tenant_id = u.tenant_id AND m.id = u.manager_id
     WHERE u.tenant_id = $1 AND u.active AND m.active
     ORDER BY 1, 2`,
    [tenantId],
  );
  const roles: Record<string, string[]> = {};
  const managers: Record<string, string> = {};
  for (const { role_id, user_id, manager_id } of rows) {
    if (role_id !== null) (roles[role_id] ??= []).push(user_id);
    else if (manager_id !== null) managers[user_id] = manager_id;
  }
  return { roles, managers, admins: roles[ADMIN_ROLE] ?? [] };
}
