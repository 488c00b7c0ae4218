/** @module Roles of a tenant: the builtin ones and those admins add; renamed freely, deleted only when custom and unused. */
import type { Db, Queryable } from '../db/port.js';
import { AppError, notFound } from '../http/app-error.js';
import { onDuplicate, roleExists } from './errors.js';
import type { RoleName } from './builtin-roles.js';

/** A role as listed, with how many users hold it. */
export interface RoleView extends RoleName {
  readonly builtin: boolean;
  readonly users: number;
  readonly createdAt: string;
}

interface RoleRow {
  id: string;
  name_zh: string;
  name_en: string;
  builtin: boolean;
  users: number;
  created_at: string;
}

const SELECT = `
SELECT r.id, r.name_zh, r.name_en, r.builtin, r.created_at,
       (SELECT count(*)::int FROM user_roles ur WHERE ur.tenant_id = r.tenant_id AND ur.role_id = r.id) AS users
FROM roles r WHERE r.tenant_id = $1`;

const view = (r: RoleRow): RoleView => ({ id: r.id, nameZh: r.name_zh, nameEn: r.name_en, builtin: r.builtin, users: r.users, createdAt: r.created_at });

/** Every role of the tenant: builtin first, then by id. */
export async function listRoles(tx: Queryable, tenantId: string): Promise<RoleView[]> {
  return (await tx.query<RoleRow>(`${SELECT} ORDER BY r.builtin DESC, r.id`, [tenantId])).map(view);
}

async function getRole(tx: Queryable, tenantId: string, roleId: string): Promise<RoleView> {
  const [row] = await tx.query<RoleRow>(`${SELECT} AND r.id = $2`, [tenantId, roleId]);
  if (row === undefined) throw notFound('role', roleId);
  return view(row);
}

/**
 * Adds a custom role; 409 when the id is taken.
 *
 * @example
 * await createRole(db, tenantId, { id: 'credit_committee', nameZh: '信用委员会', nameEn: 'Credit committee' }, now);
 */
export async function createRole(db: Db, tenantId: string, role: RoleName, now: Date): Promise<RoleView> {
  return onDuplicate(
    () =>
      db.withTenant(tenantId, async (tx) => {
        await tx.query('INSERT INTO roles (tenant_id, id, name_zh, name_en, builtin, created_at) VALUES ($1, $2, $3, $4, false, $5)', [tenantId, role.id, role.nameZh.trim(), role.nameEn.trim(), now]);
        return getRole(tx, tenantId, role.id);
      }),
    { roles_pkey: () => roleExists(role.id) },
  );
}

/**
 * Renames a role (builtin ones too: their id, which definitions use, stays).
 *
 * @example
 * await renameRole(tx, tenantId, 'legal', { nameZh: '法务部' });
 */
export async function renameRole(tx: Queryable, tenantId: string, roleId: string, names: { nameZh?: string; nameEn?: string }): Promise<RoleView> {
  const rows = await tx.query('UPDATE roles SET name_zh = COALESCE($3, name_zh), name_en = COALESCE($4, name_en) WHERE tenant_id = $1 AND id = $2 RETURNING id', [
    tenantId, roleId, names.nameZh?.trim() ?? null, names.nameEn?.trim() ?? null,
  ]);
  if (rows.length === 0) throw notFound('role', roleId);
  return getRole(tx, tenantId, roleId);
}

/**
 * Deletes a custom role nobody holds (no user, no active API token). Builtin roles stay.
 *
 * @example
 * await deleteRole(tx, tenantId, 'credit_committee');
 */
export async function deleteRole(tx: Queryable, tenantId: string, roleId: string): Promise<void> {
  const role = await getRole(tx, tenantId, roleId);
  if (role.builtin) {
    throw new AppError('builtin_role', 409, `"${role.nameEn}" is a builtin role and cannot be deleted: rename it instead.`, {
      messageZh: `"${role.nameZh}" 是内置角色，不能删除，可以重命名。`,
    });
  }
  const [tokens] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM api_tokens WHERE tenant_id = $1 AND revoked_at IS NULL AND $2 = ANY(role_ids)', [tenantId, roleId]);
  if (role.users > 0 || (tokens?.n ?? 0) > 0) {
    throw new AppError('role_in_use', 409, `"${role.nameEn}" is held by ${role.users} user(s) and ${tokens?.n ?? 0} API token(s): take it away from them first.`, {
      messageZh: `"${role.nameZh}" 仍被 ${role.users} 个用户和 ${tokens?.n ?? 0} 个 API 令牌使用，请先移除。`,
    });
  }
  await tx.query('DELETE FROM roles WHERE tenant_id = $1 AND id = $2', [tenantId, roleId]);
}
