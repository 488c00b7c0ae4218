/** @module Checks that role and user ids a request names exist in the caller's tenant, as field problems. */
import type { Queryable } from '../db/port.js';
import type { FieldProblem } from '../http/app-error.js';
import { fieldProblem } from './schemas.js';

/**
 * A problem for each role id of `roles` the tenant does not have (another tenant's custom
 * role reads exactly like a role that does not exist).
 *
 * @example
 * const problems = await unknownRoles(tx, tenantId, body.roles, '/roles');
 */
export async function unknownRoles(tx: Queryable, tenantId: string, roles: readonly string[], path: string): Promise<FieldProblem[]> {
  if (roles.length === 0) return [];
  const found = await tx.query<{ id: string }>('SELECT id FROM roles WHERE tenant_id = $1 AND id = ANY($2::text[])', [tenantId, [...roles]]);
  const known = new Set(found.map((r) => r.id));
  return roles.flatMap((role, i) =>
    known.has(role)
      ? []
      : [fieldProblem(`${path}/${i}`, 'unknown_role', `There is no role "${role}": pick one listed by GET /api/roles.`, `不存在角色 "${role}"，请从 GET /api/roles 列出的角色中选择。`)],
  );
}

/**
 * A problem when `userId` is not an active user of the tenant.
 *
 * @example
 * const problems = await unknownActiveUser(tx, tenantId, body.userId, '/userId');
 */
export async function unknownActiveUser(tx: Queryable, tenantId: string, userId: string, path: string): Promise<FieldProblem[]> {
  const [row] = await tx.query<{ active: boolean }>('SELECT active FROM users WHERE tenant_id = $1 AND id = $2', [tenantId, userId]);
  if (row === undefined) return [fieldProblem(path, 'unknown_user', `There is no user "${userId}" here: pick one listed by GET /api/users.`, `不存在用户 "${userId}"，请从 GET /api/users 列出的用户中选择。`)];
  if (!row.active) return [fieldProblem(path, 'user_inactive', `User "${userId}" is deactivated: activate them first or pick another user.`, `用户 "${userId}" 已停用，请先启用或选择其他用户。`)];
  return [];
}
