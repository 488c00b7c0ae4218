/** @module A bench company: a tenant, its admin, a salesperson, the boss role, and an API token each. */
import { createApiToken } from '@heng/server/src/auth/api-tokens.js';
import type { Db } from '@heng/server/src/db/port.js';
import { systemClock } from '@heng/server/src/http/clock.js';
import { createRole } from '@heng/server/src/tenancy/roles.js';
import { createTenantWithAdmin } from '@heng/server/src/tenancy/tenants.js';
import { createUser } from '@heng/server/src/tenancy/users.js';

/** Who works in the bench company, with a bearer token each. */
export interface BenchCompany {
  readonly tenantId: string;
  readonly adminId: string;
  readonly adminToken: string;
  readonly salesId: string;
  readonly salesToken: string;
}

async function token(db: Db, tenantId: string, userId: string, roles: readonly string[], createdBy: string): Promise<string> {
  const made = await db.withTenant(tenantId, (tx) => createApiToken(tx, tenantId, { name: 'bench', userId, roles, createdBy, expiresAt: null }, systemClock.now()));
  return made.token;
}

/**
 * Makes a company through the server's own tenancy functions: its admin (who publishes), the
 * `boss` role the credit approval flow escalates to, and a salesperson (who submits).
 *
 * @example
 * const co = await createCompany(db, 'bench-rescore');
 */
export async function createCompany(db: Db, slug: string): Promise<BenchCompany> {
  const { tenant, admin } = await createTenantWithAdmin(db, {
    slug,
    name: `Bench ${slug}`,
    admin: { email: `boss@${slug}.example.cn`, displayName: '老板', password: 'bench password, never used to sign in' },
  });
  await createRole(db, tenant.id, { id: 'boss', nameZh: '老板', nameEn: 'Boss' }, systemClock.now());
  const sales = await createUser(db, tenant.id, { email: `li@${slug}.example.cn`, displayName: '李业务', roles: ['salesperson'], managerId: admin.id });
  return {
    tenantId: tenant.id,
    adminId: admin.id,
    adminToken: await token(db, tenant.id, admin.id, ['admin'], admin.id),
    salesId: sales.id,
    salesToken: await token(db, tenant.id, sales.id, ['salesperson'], admin.id),
  };
}
