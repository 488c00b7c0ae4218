/** @module Companies (tenants): created with their builtin roles and a first admin, in one transaction. */
import { randomUUID } from 'node:crypto';
import type { Db, Queryable } from '../db/port.js';
import { ADMIN_ROLE } from '../auth/principal.js';
import { hashPassword } from '../auth/password.js';
import { systemClock } from '../http/clock.js';
import type { Clock } from '../http/clock.js';
import { notFound } from '../http/app-error.js';
import type { AppError } from '../http/app-error.js';
import { insertBuiltinRoles } from './builtin-roles.js';
import { emailTaken, onDuplicate, slugTaken } from './errors.js';
import { insertUser } from './users.js';
import type { UserView } from './users.js';

/** A company as the API shows it. */
export interface TenantView {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly status: string;
}

/** A new company and its first admin. */
export interface NewTenantWithAdmin {
  readonly slug: string;
  readonly name: string;
  readonly admin: { readonly email: string; readonly displayName: string; readonly password: string };
}

/** A company just made, with its admin. */
export interface CreatedTenant {
  readonly tenant: TenantView;
  readonly admin: UserView;
}

/** The company `tenantId`; 404 when it is not visible (row-level security hides the others). */
export async function getTenant(tx: Queryable, tenantId: string): Promise<TenantView> {
  const [row] = await tx.query<TenantView>('SELECT id, slug, name, status FROM tenants WHERE id = $1', [tenantId]);
  if (row === undefined) throw notFound('company', tenantId);
  return row;
}

/**
 * Inserts a company, its builtin roles and its admin through `tx`, which must already be set
 * to the new tenant (`withTenant(id)`, or the setup transaction). The hash is made beforehand.
 *
 * @example
 * await db.withTenant(id, (tx) => insertTenantWithAdmin(tx, id, input, hash, now));
 */
export async function insertTenantWithAdmin(tx: Queryable, tenantId: string, input: NewTenantWithAdmin, passwordHash: string, now: Date): Promise<CreatedTenant> {
  await tx.query('INSERT INTO tenants (id, slug, name, created_at, updated_at) VALUES ($1, $2, $3, $4, $4)', [tenantId, input.slug, input.name.trim(), now]);
  await insertBuiltinRoles(tx, tenantId, now);
  const admin = await insertUser(tx, tenantId, { email: input.admin.email, displayName: input.admin.displayName, roles: [ADMIN_ROLE] }, passwordHash, now);
  return { tenant: await getTenant(tx, tenantId), admin };
}

/** Turns the unique-key clashes of a new company into 409s that name the field. */
export function tenantClashes(input: NewTenantWithAdmin): Readonly<Record<string, () => AppError>> {
  return { tenants_slug_key: () => slugTaken(input.slug), users_email_key: () => emailTaken(input.admin.email, '/admin/email') };
}

/**
 * Creates a company with the builtin roles and its first admin, all or nothing, under the
 * new tenant's row-level security. For the demo company, the CLI and tests.
 *
 * @example
 * const { tenant, admin } = await createTenantWithAdmin(db, { slug: 'demo', name: '演示公司', admin: { email: 'boss@demo.cn', displayName: '老板', password: 'a long secret' } });
 */
export async function createTenantWithAdmin(db: Db, input: NewTenantWithAdmin, clock: Clock = systemClock): Promise<CreatedTenant> {
  const hash = await hashPassword(input.admin.password);
  const id = randomUUID();
  return onDuplicate(() => db.withTenant(id, (tx) => insertTenantWithAdmin(tx, id, input, hash, clock.now())), tenantClashes(input));
}
