/** @module Server-side sessions: only a hash of the secret is stored; expiry, idle timeout, revocation. */
import type { Db, Queryable } from '../db/port.js';
import type { AuthSettings } from './options.js';
import { TOUCH_INTERVAL_MS } from './options.js';
import type { Principal } from './principal.js';
import { hashSecret, newSessionSecret, parseSessionSecret } from './secrets.js';

/** A session just made: the secret goes into the cookie and is never stored. */
export interface NewSession {
  readonly id: string;
  readonly secret: string;
  readonly expiresAt: string;
}

/** Where a login came from, kept with the session for the user's list of devices. */
export interface SessionOrigin {
  readonly ip: string;
  readonly userAgent: string;
}

type Lifetimes = Pick<AuthSettings, 'sessionTtlMs' | 'idleTimeoutMs'>;

/**
 * Starts a session for a user, inside the tenant's transaction.
 *
 * @example
 * const session = await db.withTenant(tenantId, (tx) => startSession(tx, tenantId, userId, origin, clock.now(), settings));
 */
export async function startSession(tx: Queryable, tenantId: string, userId: string, origin: SessionOrigin, now: Date, lifetimes: Lifetimes): Promise<NewSession> {
  const secret = newSessionSecret(tenantId);
  const expiresAt = new Date(now.getTime() + lifetimes.sessionTtlMs);
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO sessions (tenant_id, user_id, token_hash, created_at, last_seen_at, expires_at, ip, user_agent)
     VALUES ($1, $2, $3, $4, $4, $5, $6, $7) RETURNING id`,
    [tenantId, userId, hashSecret(secret), now, expiresAt, origin.ip.slice(0, 64), origin.userAgent.slice(0, 300)],
  );
  return { id: row!.id, secret, expiresAt: expiresAt.toISOString() };
}

interface SessionLookup {
  id: string;
  user_id: string;
  expires_at: string;
  last_seen_at: string;
  usable: boolean;
  roles: string[];
}

// The user must be active and the tenant active; roles as they are now, not as at login,
// so a role taken away takes effect on the next request.
const LOOKUP = `
SELECT s.id, s.user_id, s.expires_at, s.last_seen_at, (u.active AND t.status = 'active') AS usable,
       COALESCE((SELECT array_agg(ur.role_id ORDER BY ur.role_id) FROM user_roles ur
                 WHERE ur.tenant_id = s.tenant_id AND ur.user_id = s.user_id), '{}') AS roles
FROM sessions s
JOIN users u ON u.tenant_id = s.tenant_id AND u.id = s.user_id
JOIN tenants t ON t.id = s.tenant_id
WHERE s.tenant_id = $1 AND s.token_hash = $2 AND s.revoked_at IS NULL`;

/**
 * The principal of a session cookie, or undefined when the cookie is malformed, unknown,
 * revoked, past its expiry or idle too long, or its user or tenant is no longer active.
 * Notes the time it was used (at most once a minute, to spare the database a write per request).
 *
 * @example
 * const principal = await resolveSession(db, cookie, clock.now(), settings);
 */
export async function resolveSession(db: Db, secret: string, now: Date, lifetimes: Lifetimes): Promise<Principal | undefined> {
  const parsed = parseSessionSecret(secret);
  if (parsed === undefined) return undefined;
  return db.withTenant(parsed.tenantId, async (tx) => {
    const [s] = await tx.query<SessionLookup>(LOOKUP, [parsed.tenantId, hashSecret(parsed.text)]);
    if (s === undefined || !s.usable) return undefined;
    const lastSeen = Date.parse(s.last_seen_at);
    if (Date.parse(s.expires_at) <= now.getTime() || lastSeen + lifetimes.idleTimeoutMs <= now.getTime()) return undefined;
    if (now.getTime() - lastSeen >= TOUCH_INTERVAL_MS) {
      await tx.query('UPDATE sessions SET last_seen_at = $3 WHERE tenant_id = $1 AND id = $2', [parsed.tenantId, s.id, now]);
    }
    return { tenantId: parsed.tenantId, userId: s.user_id, roles: s.roles, via: 'session', credentialId: s.id };
  });
}

/**
 * Ends one session (logout). Ending one already ended changes nothing.
 *
 * @example
 * await db.withTenant(p.tenantId, (tx) => endSession(tx, p.tenantId, p.credentialId, clock.now()));
 */
export async function endSession(tx: Queryable, tenantId: string, sessionId: string, now: Date): Promise<void> {
  await tx.query('UPDATE sessions SET revoked_at = $3 WHERE tenant_id = $1 AND id = $2 AND revoked_at IS NULL', [tenantId, sessionId, now]);
}

/**
 * Ends every session of a user (password changed, account deactivated, "sign out everywhere"),
 * optionally sparing one (the one making the change). Returns how many it ended.
 *
 * @example
 * await db.withTenant(tenantId, (tx) => endUserSessions(tx, tenantId, userId, clock.now()));
 */
export async function endUserSessions(tx: Queryable, tenantId: string, userId: string, now: Date, except?: string): Promise<number> {
  const rows = await tx.query(
    'UPDATE sessions SET revoked_at = $3 WHERE tenant_id = $1 AND user_id = $2 AND revoked_at IS NULL AND id <> $4 RETURNING id',
    [tenantId, userId, now, except ?? ''],
  );
  return rows.length;
}
