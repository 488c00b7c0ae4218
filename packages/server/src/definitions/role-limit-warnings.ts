/**
 * @module What publishing a form would leave as it is: a user field whose role limit the draft
 * adds or narrows checks only the users written after it, so the live records already holding a
 * user with none of the new roles are counted, for the publish dialog to say, never to refuse.
 */
import { problem } from '@heng/engine';
import type { FieldDefinition, Problem, UserField } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { publishedVersion } from './store.js';

const userFieldsOf = (body: unknown): UserField[] => {
  const fields = (body as { fields?: unknown } | null)?.fields;
  return Array.isArray(fields) ? (fields as FieldDefinition[]).filter((f): f is UserField => f.type === 'user') : [];
};

/** Whether the roles `after` leave out a user the roles `before` allowed: a new limit (none before), or one with a role fewer. */
const narrows = (before: readonly string[] | undefined, after: readonly string[]): boolean => before === undefined || before.some((r) => !after.includes(r));

// The live records of the form whose field names a user holding none of the roles (or no user of the company any more).
const OUTSIDE = `SELECT count(*)::int AS n FROM records r
  WHERE r.tenant_id = $1 AND r.form_id = $2 AND r.deleted_at IS NULL AND jsonb_typeof(r.data -> $3) = 'string'
    AND NOT EXISTS (SELECT 1 FROM user_roles ur WHERE ur.tenant_id = r.tenant_id AND ur.user_id = r.data ->> $3 AND ur.role_id = ANY($4::text[]))`;

/**
 * Warnings for the form `formId`'s `body` against its latest version: for each top-level user
 * field whose role limit it adds or narrows, how many live records hold a user outside the new
 * roles (one count per such field; none when no limit changes). Sub-table user columns are not counted.
 *
 * @example
 * await roleLimitWarnings(tx, tenantId, 'customer', draft)
 * // [{ path: '/fields/7/roles', code: 'form.user.roles.existing', message: '3 records have a "Sales owner" who holds none of these roles. Publishing leaves them as they are: ...' }]
 */
export async function roleLimitWarnings(tx: Queryable, tenantId: string, formId: string, body: unknown): Promise<Problem[]> {
  const latest = await publishedVersion(tx, tenantId, 'form', formId);
  if (latest === undefined) return [];
  const before = new Map(userFieldsOf(latest.body).map((f) => [f.id, f]));
  const fields = (body as { fields: unknown[] }).fields;
  const out: Problem[] = [];
  for (const after of userFieldsOf(body)) {
    const was = before.get(after.id);
    const roles = after.roles;
    if (was === undefined || roles === undefined || !narrows(was.roles, roles)) continue;
    const [row] = await tx.query<{ n: number }>(OUTSIDE, [tenantId, formId, after.id, [...roles]]);
    const n = row?.n ?? 0;
    if (n === 0) continue;
    out.push(problem(
      `/fields/${fields.indexOf(after)}/roles`,
      'form.user.roles.existing',
      `${n} ${n === 1 ? 'record has' : 'records have'} a "${after.label.en}" who holds none of these roles. Publishing leaves ${n === 1 ? 'it' : 'them'} as ${n === 1 ? 'it is' : 'they are'}: only people chosen from now on are checked. Change ${n === 1 ? 'it' : 'them'} where the new limit must hold.`,
      `已有 ${n} 条记录的“${after.label['zh-CN']}”所填人员不具有其中任何角色。发布不会改动这些记录，只检查此后新填的人员；如须符合新的角色限制，请逐条修改。`,
    ));
  }
  return out;
}
