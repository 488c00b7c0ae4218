/** @module Changing users: details, password, activation, roles and manager; never leaving a tenant without an admin. */
import type { Db, Queryable } from '../db/port.js';
import { ADMIN_ROLE } from '../auth/principal.js';
import { hashPassword } from '../auth/password.js';
import { unknownRoles } from '../auth/references.js';
import { endUserSessions } from '../auth/sessions.js';
import { validationFailed } from '../http/app-error.js';
import { emailTaken, lastAdmin, onDuplicate } from './errors.js';
import { setManager } from './managers.js';
import { getUser } from './users.js';
import type { UserView } from './users.js';

/** A change to a user's details; each field is optional, at least one is given. */
export interface UserChange {
  readonly email?: string;
  readonly displayName?: string;
  readonly password?: string;
  readonly active?: boolean;
}

// Two-key advisory lock (a space apart from single-key ones): serialises the changes to one
// tenant's users that check other users (last admin, manager cycles), and nothing else.
const LOCK_CLASS = 4855;

/** Takes the tenant's user-change lock until the transaction ends. */
export async function lockUsers(tx: Queryable, tenantId: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_CLASS, tenantId]);
}

async function isActiveAdmin(tx: Queryable, tenantId: string, userId: string): Promise<boolean> {
  const rows = await tx.query('SELECT 1 FROM users u JOIN user_roles r ON r.tenant_id = u.tenant_id AND r.user_id = u.id WHERE u.tenant_id = $1 AND u.id = $2 AND u.active AND r.role_id = $3', [tenantId, userId, ADMIN_ROLE]);
  return rows.length > 0;
}

/** 409 unless another active admin than `userId` remains. */
async function keepAnAdmin(tx: Queryable, tenantId: string, userId: string): Promise<void> {
  const others = await tx.query(
    'SELECT 1 FROM users u JOIN user_roles r ON r.tenant_id = u.tenant_id AND r.user_id = u.id WHERE u.tenant_id = $1 AND u.id <> $2 AND u.active AND r.role_id = $3 LIMIT 1',
    [tenantId, userId, ADMIN_ROLE],
  );
  if (others.length === 0) throw lastAdmin();
}

function withTenantUsers<T>(db: Db, tenantId: string, fn: (tx: Queryable) => Promise<T>): Promise<T> {
  return db.withTenant(tenantId, async (tx) => {
    await lockUsers(tx, tenantId);
    return fn(tx);
  });
}

/**
 * Changes a user's details. A new password or a deactivation ends all their sessions;
 * deactivating the last active admin is refused.
 *
 * @example
 * await updateUser(db, tenantId, userId, { active: false }, clock.now());
 */
export async function updateUser(db: Db, tenantId: string, userId: string, change: UserChange, now: Date): Promise<UserView> {
  const hash = change.password === undefined ? undefined : await hashPassword(change.password);
  const run = withTenantUsers(db, tenantId, async (tx) => {
    await getUser(tx, tenantId, userId);
    if (change.active === false && (await isActiveAdmin(tx, tenantId, userId))) await keepAnAdmin(tx, tenantId, userId);
    await tx.query(
      `UPDATE users SET email = COALESCE($3, email), display_name = COALESCE($4, display_name), password_hash = COALESCE($5, password_hash),
              active = COALESCE($6, active), updated_at = $7
       WHERE tenant_id = $1 AND id = $2`,
      [tenantId, userId, change.email?.trim() ?? null, change.displayName?.trim() ?? null, hash ?? null, change.active ?? null, now],
    );
    if (hash !== undefined || change.active === false) await endUserSessions(tx, tenantId, userId, now);
    return getUser(tx, tenantId, userId);
  });
  return onDuplicate(() => run, { users_email_key: () => emailTaken(change.email ?? '') });
}

/**
 * Replaces a user's roles. Taking admin away from the last active admin is refused.
 *
 * @example
 * await setUserRoles(db, tenantId, userId, ['salesperson', 'sales_manager'], clock.now());
 */
export async function setUserRoles(db: Db, tenantId: string, userId: string, roles: readonly string[], now: Date): Promise<UserView> {
  return withTenantUsers(db, tenantId, async (tx) => {
    await getUser(tx, tenantId, userId);
    const problems = await unknownRoles(tx, tenantId, roles, '/roles');
    if (problems.length > 0) throw validationFailed(problems);
    if (!roles.includes(ADMIN_ROLE) && (await isActiveAdmin(tx, tenantId, userId))) await keepAnAdmin(tx, tenantId, userId);
    await tx.query('DELETE FROM user_roles WHERE tenant_id = $1 AND user_id = $2 AND NOT (role_id = ANY($3::text[]))', [tenantId, userId, [...roles]]);
    await tx.query('INSERT INTO user_roles (tenant_id, user_id, role_id) SELECT $1, $2, unnest($3::text[]) ON CONFLICT DO NOTHING', [tenantId, userId, [...roles]]);
    await tx.query('UPDATE users SET updated_at = $3 WHERE tenant_id = $1 AND id = $2', [tenantId, userId, now]);
    return getUser(tx, tenantId, userId);
  });
}

/**
 * Sets or clears a user's manager; a cycle is refused with a 422 naming it.
 *
 * @example
 * await setUserManager(db, tenantId, annId, bobId, clock.now());
 */
export async function setUserManager(db: Db, tenantId: string, userId: string, managerId: string | null, now: Date): Promise<UserView> {
  return withTenantUsers(db, tenantId, async (tx) => {
    await getUser(tx, tenantId, userId);
    await setManager(tx, tenantId, userId, managerId, now);
    return getUser(tx, tenantId, userId);
  });
}
