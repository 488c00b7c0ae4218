/** @module A user's write may set its user fields (and sub-table user columns) only to active users of the company holding the field's roles. */
import type { FieldDefinition, FormDefinition, UserField } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import type { FieldProblem } from '../http/app-error.js';
import { newIds } from './references.js';

/** Whether a field (or a sub-table column) holds a user. */
export const isUser = (f: FieldDefinition): f is UserField => f.type === 'user';

/** The code of a user field naming no active user of the company. */
export const UNKNOWN_USER = 'record.user.unknown';

interface UserRow {
  id: string;
  display_name: string;
  roles: string[];
}

interface RoleRow {
  id: string;
  name_zh: string;
  name_en: string;
}

/** `a, b or c` / `a、b或c`. */
function either(names: readonly string[], or: string, comma: string): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(comma)}${or}${names.at(-1)!}`;
}

/** The problem of a user field naming a user who holds none of its roles, which it names by their names. */
function lacksRole(path: string, field: UserField, who: UserRow, names: ReadonlyMap<string, RoleRow>): FieldProblem {
  const roles = (field.roles ?? []).map((id) => names.get(id) ?? { id, name_zh: id, name_en: id });
  const en = either(roles.map((r) => r.name_en), ' or ', ', ');
  const zh = either(roles.map((r) => r.name_zh), '或', '、');
  return {
    path,
    code: 'record.user.role',
    message: `"${field.label.en}" must be a user with the role ${en}: ${who.display_name} has none of them. Pick a user who has, or have an admin give ${who.display_name} one of these roles.`,
    messageZh: `"${field.label['zh-CN']}" 须为${zh}：${who.display_name} 不是。请选择具有这些角色的人员，或请管理员为 ${who.display_name} 添加其中一个角色。`,
  };
}

/**
 * Problems with the users `input` sets (all when `creating`, else those `before` did not hold),
 * top-level and in sub-tables: each must be the id of an active user of `tenantId`, holding one
 * of the field's `roles` when it has them, all asked in one round trip. A user the record already
 * held is not checked again: a salesperson who has left does not stop their customers' notes being edited.
 *
 * @example
 * await userProblems(tx, tenantId, def, {}, { sales_owner: 'nobody@x' }, true) // [{ path: '/sales_owner', code: 'record.user.unknown', ... }]
 */
export async function userProblems(
  tx: Queryable, tenantId: string, def: FormDefinition, before: Readonly<Record<string, unknown>>, input: Readonly<Record<string, unknown>>, creating: boolean,
): Promise<FieldProblem[]> {
  const named = newIds(def, before, input, creating, isUser);
  if (named.length === 0) return [];
  const limits = [...new Set(named.flatMap((n) => n.field.roles ?? []))];
  const [rows, roles] = await Promise.all([
    tx.query<UserRow>(
      // Each user's roles only when a field is limited to some: a plain record write (a submit) reads none.
      `SELECT u.id, u.display_name, ${limits.length === 0 ? `'{}'::text[]` : `COALESCE((SELECT array_agg(ur.role_id) FROM user_roles ur WHERE ur.tenant_id = u.tenant_id AND ur.user_id = u.id), '{}')`} AS roles
       FROM users u WHERE u.tenant_id = $1 AND u.active AND u.id = ANY($2::text[])`,
      [tenantId, [...new Set(named.map((n) => n.id))]],
    ),
    limits.length === 0 ? [] : tx.query<RoleRow>('SELECT id, name_zh, name_en FROM roles WHERE tenant_id = $1 AND id = ANY($2::text[])', [tenantId, limits]),
  ]);
  const known = new Map(rows.map((r) => [r.id, r]));
  const names = new Map(roles.map((r) => [r.id, r]));
  return named.flatMap(({ path, field, id }) => {
    const who = known.get(id);
    if (who === undefined) {
      return [{
        path,
        code: UNKNOWN_USER,
        message: `"${field.label.en}" names the user "${id}", who is not an active user of this company: pick a user from the list.`,
        messageZh: `"${field.label['zh-CN']}" 所填的人员 "${id}" 不是本企业的在用成员：请从列表中选择人员。`,
      }];
    }
    const limit = field.roles;
    return limit === undefined || limit.some((r) => who.roles.includes(r)) ? [] : [lacksRole(path, field, who, names)];
  });
}
