/** @module Users of a tenant: create, read, list; each with their roles and manager. */
import type { Db, Queryable } from '../db/port.js';
import { notFound, validationFailed } from '../http/app-error.js';
import { systemClock } from '../http/clock.js';
import type { Clock } from '../http/clock.js';
import { hashPassword } from '../auth/password.js';
import { unknownActiveUser, unknownRoles } from '../auth/references.js';
import { emailTaken, onDuplicate } from './errors.js';

/** A user as the API shows them (never their password hash). */
export interface UserView {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly managerId: string | null;
  readonly active: boolean;
  readonly roles: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What a new user needs. Without a password the user cannot sign in until one is set. */
export interface NewUser {
  readonly email: string;
  readonly displayName: string;
  readonly password?: string;
  readonly roles?: readonly string[];
  readonly managerId?: string | null;
}

interface UserRow {
  id: string;
  email: string;
  display_name: string;
  manager_id: string | null;
  active: boolean;
  roles: string[];
  created_at: string;
  updated_at: string;
}

const SELECT = `
SELECT u.id, u.email, u.display_name, u.manager_id, u.active, u.created_at, u.updated_at,
       COALESCE((SELECT array_agg(ur.role_id ORDER BY ur.role_id) FROM user_roles ur WHERE ur.tenant_id = u.tenant_id AND ur.user_id = u.id), '{}') AS roles
FROM users u WHERE u.tenant_id = $1`;

const view = (r: UserRow): UserView => ({
  id: r.id, email: r.email, displayName: r.display_name, managerId: r.manager_id, active: r.active, roles: r.roles, createdAt: r.created_at, updatedAt: r.updated_at,
});

/** Every user of the tenant, by name. */
export async function listUsers(tx: Queryable, tenantId: string): Promise<UserView[]> {
  return (await tx.query<UserRow>(`${SELECT} ORDER BY u.display_name, u.email`, [tenantId])).map(view);
}

/** One user of the tenant; 404 when the tenant has none with that id (another tenant's id included). */
export async function getUser(tx: Queryable, tenantId: string, userId: string): Promise<UserView> {
  const [row] = await tx.query<UserRow>(`${SELECT} AND u.id = $2`, [tenantId, userId]);
  if (row === undefined) throw notFound('user', userId);
  return view(row);
}

/**
 * Inserts a user with a password hash made beforehand (hashing is slow: never inside a
 * transaction). Roles and manager are checked first: every problem at once, as 422.
 *
 * @example
 * const user = await insertUser(tx, tenantId, { email, displayName, roles: ['admin'] }, hash, now);
 */
export async function insertUser(tx: Queryable, tenantId: string, input: NewUser, passwordHash: string | null, now: Date): Promise<UserView> {
  const roles = input.roles ?? [];
  const manager = input.managerId ?? null;
  const problems = [...(await unknownRoles(tx, tenantId, roles, '/roles')), ...(manager === null ? [] : await unknownActiveUser(tx, tenantId, manager, '/managerId'))];
  if (problems.length > 0) throw validationFailed(problems);
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO users (tenant_id, email, display_name, password_hash, manager_id, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id`,
    [tenantId, input.email.trim(), input.displayName.trim(), passwordHash, manager, now],
  );
  await tx.query('INSERT INTO user_roles (tenant_id, user_id, role_id) SELECT $1, $2, unnest($3::text[])', [tenantId, row!.id, [...roles]]);
  return getUser(tx, tenantId, row!.id);
}

/**
 * Creates a user of a tenant (for the demo company, imports, and POST /api/users). The same
 * e-mail twice in one tenant is a 409, even when both arrive at once.
 *
 * @example
 * const ann = await createUser(db, tenantId, { email: 'ann@acme.cn', displayName: '安', password: 'a long secret', roles: ['salesperson'] });
 */
export async function createUser(db: Db, tenantId: string, input: NewUser, clock: Clock = systemClock): Promise<UserView> {
  const hash = input.password === undefined ? null : await hashPassword(input.password);
  return onDuplicate(() => db.withTenant(tenantId, (tx) => insertUser(tx, tenantId, input, hash, clock.now())), { users_email_key: () => emailTaken(input.email) });
}
