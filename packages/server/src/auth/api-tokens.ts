/** @module API tokens for integrations: made by an admin, shown once, stored hashed, scoped to roles, revocable. */
import type { Db, Queryable } from '../db/port.js';
import { notFound } from '../http/app-error.js';
import { TOUCH_INTERVAL_MS } from './options.js';
import type { Principal } from './principal.js';
import { hashSecret, newApiToken, parseApiToken } from './secrets.js';

/** An API token as listed: everything but its secret, which nobody can see again. */
export interface ApiTokenView {
  readonly id: string;
  readonly name: string;
  readonly userId: string;
  readonly roles: readonly string[];
  readonly createdBy: string | null;
  readonly createdAt: string;
  readonly expiresAt: string | null;
  readonly lastUsedAt: string | null;
  readonly revokedAt: string | null;
}

/** What a new token needs. Roles are checked to exist by the caller. */
export interface NewApiToken {
  readonly name: string;
  readonly userId: string;
  readonly roles: readonly string[];
  readonly createdBy: string | null;
  readonly expiresAt: Date | null;
}

interface TokenRow {
  id: string;
  name: string;
  user_id: string;
  role_ids: string[];
  created_by: string | null;
  created_at: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
}

const COLUMNS = 'id, name, user_id, role_ids, created_by, created_at, expires_at, last_used_at, revoked_at';

const view = (r: TokenRow): ApiTokenView => ({
  id: r.id, name: r.name, userId: r.user_id, roles: r.role_ids, createdBy: r.created_by,
  createdAt: r.created_at, expiresAt: r.expires_at, lastUsedAt: r.last_used_at, revokedAt: r.revoked_at,
});

/**
 * Makes a token; its secret is in the result and nowhere else.
 *
 * @example
 * const { token } = await db.withTenant(t, (tx) => createApiToken(tx, t, { name: 'ERP', userId, roles: ['finance_director'], createdBy: userId, expiresAt: null }, now));
 */
export async function createApiToken(tx: Queryable, tenantId: string, input: NewApiToken, now: Date): Promise<ApiTokenView & { token: string }> {
  const token = newApiToken(tenantId);
  const [row] = await tx.query<TokenRow>(
    `INSERT INTO api_tokens (tenant_id, name, token_hash, user_id, role_ids, created_by, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5::text[], $6, $7, $8) RETURNING ${COLUMNS}`,
    [tenantId, input.name, hashSecret(token), input.userId, [...input.roles], input.createdBy, now, input.expiresAt],
  );
  return { ...view(row!), token };
}

/** Every token of the tenant, newest first, revoked ones included (marked). */
export async function listApiTokens(tx: Queryable, tenantId: string): Promise<ApiTokenView[]> {
  const rows = await tx.query<TokenRow>(`SELECT ${COLUMNS} FROM api_tokens WHERE tenant_id = $1 ORDER BY created_at DESC, id`, [tenantId]);
  return rows.map(view);
}

/**
 * Revokes a token (it stops working at once); 404 when the tenant has no such token.
 *
 * @example
 * await db.withTenant(t, (tx) => revokeApiToken(tx, t, tokenId, now));
 */
export async function revokeApiToken(tx: Queryable, tenantId: string, tokenId: string, now: Date): Promise<ApiTokenView> {
  const [row] = await tx.query<TokenRow>(
    `UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, $3) WHERE tenant_id = $1 AND id = $2 RETURNING ${COLUMNS}`,
    [tenantId, tokenId, now],
  );
  if (row === undefined) throw notFound('API token', tokenId);
  return view(row);
}

// Only roles that still exist count: a role deleted later no longer grants anything.
const LOOKUP = `
SELECT k.id, k.user_id, k.expires_at, k.last_used_at, (u.active AND t.status = 'active') AS usable,
       COALESCE((SELECT array_agg(r.id ORDER BY r.id) FROM roles r WHERE r.tenant_id = k.tenant_id AND r.id = ANY(k.role_ids)), '{}') AS roles
FROM api_tokens k
JOIN users u ON u.tenant_id = k.tenant_id AND u.id = k.user_id
JOIN tenants t ON t.id = k.tenant_id
WHERE k.tenant_id = $1 AND k.token_hash = $2 AND k.revoked_at IS NULL`;

/**
 * The principal of a bearer token, or undefined when it is malformed, unknown, revoked,
 * expired, or its user or tenant is not active. Notes when it was last used (at most once a minute).
 *
 * @example
 * const principal = await resolveApiToken(db, bearer, clock.now());
 */
export async function resolveApiToken(db: Db, text: string, now: Date): Promise<Principal | undefined> {
  const parsed = parseApiToken(text);
  if (parsed === undefined) return undefined;
  return db.withTenant(parsed.tenantId, async (tx) => {
    const [k] = await tx.query<{ id: string; user_id: string; expires_at: string | null; last_used_at: string | null; usable: boolean; roles: string[] }>(
      LOOKUP,
      [parsed.tenantId, hashSecret(parsed.text)],
    );
    if (k === undefined || !k.usable || (k.expires_at !== null && Date.parse(k.expires_at) <= now.getTime())) return undefined;
    if (k.last_used_at === null || now.getTime() - Date.parse(k.last_used_at) >= TOUCH_INTERVAL_MS) {
      await tx.query('UPDATE api_tokens SET last_used_at = $3 WHERE tenant_id = $1 AND id = $2', [parsed.tenantId, k.id, now]);
    }
    return { tenantId: parsed.tenantId, userId: k.user_id, roles: k.roles, via: 'token', credentialId: k.id };
  });
}
