/** @module JSON Schemas shared by the auth and tenancy routes, mirroring the tables' CHECKs. */
import type { Context } from 'hono';
import { notFound } from '../http/app-error.js';
import type { FieldProblem } from '../http/app-error.js';
import type { JsonSchema } from '../http/schema-check.js';

// PostgreSQL text cannot hold NUL (it would fail as a server error), and no name needs a
// control character: text that is stored excludes them all.
const CONTROL = '\\u0000-\\u001f\\u007f';

/** An e-mail address as `users.email` accepts it. */
export const emailSchema: JsonSchema = { type: 'string', minLength: 3, maxLength: 254, pattern: `^[^@\\s${CONTROL}]+@[^@\\s${CONTROL}]+$` };

/**
 * A name people read (of a user, role, company, token): no control characters, not blank.
 *
 * @example
 * properties: { nameZh: nameSchema(100) }
 */
export function nameSchema(maxLength: number): JsonSchema {
  return { type: 'string', minLength: 1, maxLength, pattern: `^[^${CONTROL}]*[^\\s${CONTROL}][^${CONTROL}]*$` };
}

/** A new password: long enough to resist guessing, short enough not to turn hashing into a weapon. */
export const passwordSchema: JsonSchema = { type: 'string', minLength: 10, maxLength: 200 };

/** A password being checked (login): any length the form allows, since old rules may have been looser. */
export const givenPasswordSchema: JsonSchema = { type: 'string', minLength: 1, maxLength: 200 };

/** A display name. */
export const displayNameSchema: JsonSchema = nameSchema(200);

/** A role id as `roles.id` accepts it: what definitions refer to, so stable. */
export const roleIdSchema: JsonSchema = { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9_]{0,63}$' };

/** A set of role ids. */
export const roleIdsSchema: JsonSchema = { type: 'array', items: roleIdSchema, uniqueItems: true, maxItems: 64 };

/** A tenant's slug as `tenants.slug` accepts it: the company code typed at login. */
export const slugSchema: JsonSchema = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{1,62}$' };

/** The form of every id the API hands out (uuids, role ids). */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** An id of a user, token or other row. */
export const idSchema: JsonSchema = { type: 'string', pattern: ID_PATTERN.source };

/**
 * The id in a path parameter; 404 when it cannot be one, before any query sees it.
 *
 * @example
 * const userId = pathId(c, 'userId', 'user');
 */
export function pathId(c: Context, name: string, what: string): string {
  const id = c.req.param(name) ?? '';
  if (!ID_PATTERN.test(id)) throw notFound(what, id.slice(0, 64));
  return id;
}

/**
 * One field problem, as validation returns them.
 *
 * @example
 * fieldProblem('/roles/0', 'unknown_role', 'No role "x": pick one of GET /api/roles.', '不存在角色 "x"。')
 */
export function fieldProblem(path: string, code: string, message: string, messageZh: string): FieldProblem {
  return { path, code, message, messageZh };
}
