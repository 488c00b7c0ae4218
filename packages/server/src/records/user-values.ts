/** @module A user's write may set its user fields (and sub-table user columns) only to active users of the company. */
import type { FieldDefinition, FormDefinition, UserField } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import type { FieldProblem } from '../http/app-error.js';
import { newIds } from './references.js';

/** Whether a field (or a sub-table column) holds a user. */
export const isUser = (f: FieldDefinition): f is UserField => f.type === 'user';

/** The code of a user field naming no active user of the company. */
export const UNKNOWN_USER = 'record.user.unknown';

/**
 * Problems with the users `input` sets (all when `creating`, else those `before` did not hold),
 * top-level and in sub-tables: each must be the id of an active user of `tenantId`, all asked in
 * one query. A user the record already held is not checked again: a salesperson who has left
 * does not stop their customers' notes being edited.
 *
 * @example
 * await userProblems(tx, tenantId, def, {}, { sales_owner: 'nobody@x' }, true) // [{ path: '/sales_owner', code: 'record.user.unknown', ... }]
 */
export async function userProblems(
  tx: Queryable, tenantId: string, def: FormDefinition, before: Readonly<Record<string, unknown>>, input: Readonly<Record<string, unknown>>, creating: boolean,
): Promise<FieldProblem[]> {
  const named = newIds(def, before, input, creating, isUser);
  if (named.length === 0) return [];
  const rows = await tx.query<{ id: string }>('SELECT id FROM users WHERE tenant_id = $1 AND active AND id = ANY($2::text[])', [tenantId, [...new Set(named.map((n) => n.id))]]);
  const known = new Set(rows.map((r) => r.id));
  return named
    .filter((n) => !known.has(n.id))
    .map(({ path, field, id }) => ({
      path,
      code: UNKNOWN_USER,
      message: `"${field.label.en}" names the user "${id}", who is not an active user of this company: pick a user from the list.`,
      messageZh: `"${field.label['zh-CN']}" 所填的人员 "${id}" 不是本企业的在用成员：请从列表中选择人员。`,
    }));
}
