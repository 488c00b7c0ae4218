/** @module Users in CSV cells: an import names them by id, e-mail or display name, an export writes their e-mail. */
import type { FieldDefinition, UserField } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import type { FieldProblem } from '../http/app-error.js';
import { cellsAsIds } from './csv-values.js';
import { isUser } from './user-values.js';

/** The active users an import's user cells name. */
export interface UserCells {
  /** `row` with each user cell that names a user as their id: an active user's id, e-mail (in any case) or display name when only one has it. */
  withIds(row: Readonly<Record<string, unknown>>): Record<string, unknown>;
  /** The problem of a user field whose `cell` named no user, in the file's terms: what to write, or the e-mails of the users who share the name. */
  problem(problem: FieldProblem, field: UserField, cell: string): FieldProblem;
}

/**
 * The active users of the company that the user cells of `rows` name, asked in one query.
 *
 * @example
 * const users = await userCells(tx, tenantId, form.fields, rows);
 * users.withIds({ sales_owner: 'Zhou@Demo.heng.test' }) // { sales_owner: <the id of 周杰> }
 */
export async function userCells(tx: Queryable, tenantId: string, fields: readonly FieldDefinition[], rows: readonly Record<string, unknown>[]): Promise<UserCells> {
  const users = fields.filter(isUser);
  const cells = [...new Set(rows.flatMap((row) => users.map((f) => row[f.id]).filter((v): v is string => typeof v === 'string').map((v) => v.trim())))];
  const found =
    cells.length === 0
      ? []
      : await tx.query<{ id: string; email: string; display_name: string }>(
          'SELECT id, email, display_name FROM users WHERE tenant_id = $1 AND active AND (id = ANY($2::text[]) OR display_name = ANY($2::text[]) OR lower(email) = ANY($3::text[])) ORDER BY email',
          [tenantId, cells, cells.map((c) => c.toLowerCase())],
        );
  const named = (cell: string) => found.filter((u) => u.display_name === cell.trim());
  const idOf = (cell: string): string | undefined => {
    const text = cell.trim();
    const one = found.find((u) => u.id === text) ?? found.find((u) => u.email.toLowerCase() === text.toLowerCase());
    const [only, ...more] = named(text);
    return one?.id ?? (more.length === 0 ? only?.id : undefined);
  };
  return {
    withIds: (row) => cellsAsIds(row, users, (_field, cell) => idOf(cell)),
    problem: (problem, field, cell) => {
      const emails = named(cell).map((u) => u.email);
      return emails.length > 1
        ? {
            ...problem,
            code: 'record.user.ambiguous',
            message: `${field.label.en}: more than one user is named "${cell}" (${emails.join(', ')}): give the user's e-mail instead.`,
            messageZh: `${field.label['zh-CN']}：有多名成员叫 "${cell}"（${emails.join('、')}），请改填成员的邮箱。`,
          }
        : {
            ...problem,
            message: `${field.label.en} names no active user of this company as "${cell}": give the user's e-mail or name (or id).`,
            messageZh: `${field.label['zh-CN']}中的 "${cell}" 不是本企业的在用成员：请填写成员的邮箱或姓名（或 ID）。`,
          };
    },
  };
}

/**
 * How an export writes `fields` of `records`: a user field as the user's e-mail (deactivated users
 * too), which an import reads back, asked in one query; any other value as it is.
 *
 * @example
 * const exported = await exportedUsers(tx, tenantId, fields, records.map((r) => r.data));
 * exported(salesOwner, 'u_1') // 'zhou@demo.heng.test'
 */
export async function exportedUsers(
  tx: Queryable, tenantId: string, fields: readonly FieldDefinition[], records: readonly Readonly<Record<string, unknown>>[],
): Promise<(field: FieldDefinition, value: unknown) => unknown> {
  const users = fields.filter(isUser);
  const ids = [...new Set(records.flatMap((data) => users.map((f) => data[f.id]).filter((v): v is string => typeof v === 'string')))];
  const rows = ids.length === 0 ? [] : await tx.query<{ id: string; email: string }>('SELECT id, email FROM users WHERE tenant_id = $1 AND id = ANY($2::text[])', [tenantId, ids]);
  const emails = new Map(rows.map((r) => [r.id, r.email]));
  return (field, value) => (field.type === 'user' && typeof value === 'string' ? (emails.get(value) ?? value) : value);
}
