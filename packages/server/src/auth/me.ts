/** @module Who am I: the signed-in user, their company and roles, as the designer shows them. */
import type { Queryable } from '../db/port.js';
import type { JsonSchema } from '../http/schema-check.js';
import { unauthenticated } from './principal.js';
import type { CredentialKind } from './principal.js';

/** The answer of GET /api/me (and of a login). */
export interface MeView {
  readonly user: { readonly id: string; readonly email: string; readonly displayName: string; readonly managerId: string | null };
  readonly tenant: { readonly id: string; readonly slug: string; readonly name: string };
  readonly roles: readonly string[];
  readonly via: CredentialKind;
  /** For session callers: the value to send in X-CSRF-Token on writes. */
  readonly csrfToken?: string;
}

/** JSON Schema of {@link MeView}, for the OpenAPI description. */
export const meSchema: JsonSchema = {
  type: 'object',
  required: ['user', 'tenant', 'roles', 'via'],
  properties: {
    user: {
      type: 'object',
      required: ['id', 'email', 'displayName', 'managerId'],
      properties: { id: { type: 'string' }, email: { type: 'string' }, displayName: { type: 'string' }, managerId: { type: ['string', 'null'] } },
    },
    tenant: { type: 'object', required: ['id', 'slug', 'name'], properties: { id: { type: 'string' }, slug: { type: 'string' }, name: { type: 'string' } } },
    roles: { type: 'array', items: { type: 'string' } },
    via: { enum: ['session', 'token'] },
    csrfToken: { type: 'string' },
    expiresAt: { type: 'string' },
  },
};

/**
 * Reads the view of one user inside the tenant's transaction; `roles` are the ones the
 * request may use (for a token, the token's own).
 *
 * @example
 * const me = await db.withTenant(p.tenantId, (tx) => loadMe(tx, p.tenantId, p.userId, p.roles, p.via));
 */
export async function loadMe(tx: Queryable, tenantId: string, userId: string, roles: readonly string[], via: CredentialKind): Promise<MeView> {
  const [row] = await tx.query<{ email: string; display_name: string; manager_id: string | null; slug: string; name: string }>(
    `SELECT u.email, u.display_name, u.manager_id, t.slug, t.name
     FROM users u JOIN tenants t ON t.id = u.tenant_id WHERE u.tenant_id = $1 AND u.id = $2`,
    [tenantId, userId],
  );
  if (row === undefined) throw unauthenticated();
  return {
    user: { id: userId, email: row.email, displayName: row.display_name, managerId: row.manager_id },
    tenant: { id: tenantId, slug: row.slug, name: row.name },
    roles,
    via,
  };
}
