/**
 * @module What publishing a form would leave as it is: a user field whose role limit the draft
 * adds or narrows checks only the users written after it, so the live records already holding a
 * user with none of the new roles are counted, for the publish dialog to say, never to refuse.
 */
import { problem } from '@heng/engine';
import type { FieldDefinition, Problem, UserField } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { publishedVersion } from './store.js';

/** A user field where it sits: top-level, or a column of the sub-table `table`; `label` names both. */
interface PlacedUserField {
  readonly field: UserField;
  readonly path: string;
  readonly table?: string;
  readonly label: { readonly en: string; readonly zh: string };
}

const placedUserFields = (body: unknown): PlacedUserField[] => {
  const fields = (body as { fields?: unknown } | null)?.fields;
  if (!Array.isArray(fields)) return [];
  return (fields as FieldDefinition[]).flatMap((f, i): PlacedUserField[] => {
    if (f.type === 'user') return [{ field: f, path: `/fields/${i}`, label: { en: f.label.en, zh: f.label['zh-CN'] } }];
    if (f.type !== 'sub_table') return [];
    return f.columns.flatMap((c, j): PlacedUserField[] =>
      c.type === 'user' ? [{ field: c, path: `/fields/${i}/columns/${j}`, table: f.id, label: { en: `${f.label.en} › ${c.label.en}`, zh: `${f.label['zh-CN']} › ${c.label['zh-CN']}` } }] : []);
  });
};

const keyOf = (p: PlacedUserField): string => `${p.table ?? ''}/${p.field.id}`;

/** Whether the roles `after` leave out a user the roles `before` allowed: a new limit (none before), or one with a role fewer. */
const narrows = (before: readonly string[] | undefined, after: readonly string[]): boolean => before === undefined || before.some((r) => !after.includes(r));

// Whether a user value names a user holding none of the roles (or no user of the company any more).
const outside = (value: string) => `jsonb_typeof(${value}) = 'string'
    AND NOT EXISTS (SELECT 1 FROM user_roles ur WHERE ur.tenant_id = r.tenant_id AND ur.user_id = (${value}) #>> '{}' AND ur.role_id = ANY($4::text[]))`;

// The live records of the form whose field (or a row of whose sub-table $5) names such a user.
const OUTSIDE = `SELECT count(*)::int AS n FROM records r
  WHERE r.tenant_id = $1 AND r.form_id = $2 AND r.deleted_at IS NULL AND ${outside('r.data -> $3')}`;
const OUTSIDE_ROWS = `SELECT count(*)::int AS n FROM records r
  WHERE r.tenant_id = $1 AND r.form_id = $2 AND r.deleted_at IS NULL AND jsonb_typeof(r.data -> $5) = 'array'
    AND EXISTS (SELECT 1 FROM jsonb_array_elements(r.data -> $5) AS line WHERE ${outside('line -> $3')})`;

/**
 * Warnings for the form `formId`'s `body` against its latest version: for each user field or
 * sub-table user column whose role limit it adds or narrows, how many live records hold a user
 * outside the new roles (one count per such field; none when no limit changes).
 *
 * @example
 * await roleLimitWarnings(tx, tenantId, 'customer', draft)
 * // [{ path: '/fields/7/roles', code: 'form.user.roles.existing', message: '3 records have a "Sales owner" who holds none of these roles. Publishing leaves them as they are: ...' }]
 */
export async function roleLimitWarnings(tx: Queryable, tenantId: string, formId: string, body: unknown): Promise<Problem[]> {
  const latest = await publishedVersion(tx, tenantId, 'form', formId);
  if (latest === undefined) return [];
  const before = new Map(placedUserFields(latest.body).map((p) => [keyOf(p), p.field]));
  const out: Problem[] = [];
  for (const placed of placedUserFields(body)) {
    const was = before.get(keyOf(placed));
    const roles = placed.field.roles;
    if (was === undefined || roles === undefined || !narrows(was.roles, roles)) continue;
    const [row] = placed.table === undefined
      ? await tx.query<{ n: number }>(OUTSIDE, [tenantId, formId, placed.field.id, [...roles]])
      : await tx.query<{ n: number }>(OUTSIDE_ROWS, [tenantId, formId, placed.field.id, [...roles], placed.table]);
    const n = row?.n ?? 0;
    if (n === 0) continue;
    out.push(problem(
      `${placed.path}/roles`,
      'form.user.roles.existing',
      `${n} ${n === 1 ? 'record has' : 'records have'} a "${placed.label.en}" who holds none of these roles. Publishing leaves ${n === 1 ? 'it' : 'them'} as ${n === 1 ? 'it is' : 'they are'}: only people chosen from now on are checked. Change ${n === 1 ? 'it' : 'them'} where the new limit must hold.`,
      `已有 ${n} 条记录的“${placed.label.zh}”所填人员不具有其中任何角色。发布不会改动这些记录，只检查此后新填的人员；如须符合新的角色限制，请逐条修改。`,
    ));
  }
  return out;
}
