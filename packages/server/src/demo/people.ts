/** @module The demo company and its people: one user per role, managers set, one password; their sign-in details as printed. */
import type { Queryable } from '../db/port.js';
import { insertTenantWithAdmin } from '../tenancy/tenants.js';
import { insertUser } from '../tenancy/users.js';
import type { DemoData } from './types.js';

/** A demo user as the database knows them. */
export interface DemoPerson {
  readonly id: string;
  readonly email: string;
  readonly roles: readonly string[];
}

/** Demo data that cannot be written, and what is wrong with it. */
const bad = (what: string): Error => new Error(`The demo data is inconsistent: ${what}. Fix the template's demo generator.`);

/**
 * Creates the demo company in `tx` (set to tenant `tenantId`): the company with its builtin
 * roles, its first admin user (the first demo user holding `admin`), then every other demo
 * user with their roles and manager, all with one password hash made beforehand. Returns the
 * people by key.
 *
 * @example
 * const people = await createDemoCompany(tx, tenantId, data, await hashPassword(data.password), now);
 * people.get('zhou')?.roles // ['salesperson']
 */
export async function createDemoCompany(tx: Queryable, tenantId: string, data: DemoData, passwordHash: string, now: Date): Promise<Map<string, DemoPerson>> {
  const boss = data.users.find((u) => u.roles.includes('admin'));
  if (boss === undefined) throw bad('no demo user holds the admin role');
  const { admin } = await insertTenantWithAdmin(tx, tenantId, { slug: data.company.slug, name: data.company.name, admin: { email: boss.email, displayName: boss.displayName, password: data.password } }, passwordHash, now);
  const people = new Map<string, DemoPerson>([[boss.key, { id: admin.id, email: boss.email, roles: boss.roles }]]);
  if (boss.roles.length > 1) await tx.query('INSERT INTO user_roles (tenant_id, user_id, role_id) SELECT $1, $2, unnest($3::text[]) ON CONFLICT DO NOTHING', [tenantId, admin.id, [...boss.roles]]);
  for (const u of data.users.filter((x) => x !== boss)) {
    const managerId = u.manager === undefined ? null : people.get(u.manager)?.id;
    if (managerId === undefined) throw bad(`"${u.key}" reports to "${u.manager}", who is not listed before them`);
    const view = await insertUser(tx, tenantId, { email: u.email, displayName: u.displayName, roles: [...u.roles], managerId }, passwordHash, now);
    people.set(u.key, { id: view.id, email: u.email, roles: u.roles });
  }
  return people;
}

/** A demo user as printed. */
export interface DemoAccount {
  readonly email: string;
  readonly displayName: string;
  readonly roles: readonly string[];
}

/** What signing in to the demo takes. */
export interface DemoCredentials {
  readonly company: string;
  readonly companyName: string;
  readonly password: string;
  readonly accounts: readonly DemoAccount[];
}

/** The order accounts are printed in: the boss, then down the sales line, then risk, finance and legal. */
const ROLE_ORDER = ['admin', 'sales_director', 'sales_manager', 'salesperson', 'risk_officer', 'finance_director', 'legal'];
const rank = (a: DemoAccount): number => Math.min(...a.roles.map((r) => (ROLE_ORDER.includes(r) ? ROLE_ORDER.indexOf(r) : ROLE_ORDER.length)), ROLE_ORDER.length);

/**
 * The active accounts of company `tenantId` as they are now (an admin may have changed them),
 * the boss first, then down the sales line, then risk, finance and legal.
 *
 * @example
 * const accounts = await db.withTenant(tenantId, (tx) => demoAccounts(tx, tenantId));
 */
export async function demoAccounts(tx: Queryable, tenantId: string): Promise<DemoAccount[]> {
  const rows = await tx.query<{ email: string; display_name: string; roles: string[] }>(
    `SELECT u.email, u.display_name, coalesce(array_agg(r.role_id ORDER BY r.role_id) FILTER (WHERE r.role_id IS NOT NULL), '{}') AS roles
     FROM users u LEFT JOIN user_roles r ON r.tenant_id = u.tenant_id AND r.user_id = u.id
     WHERE u.tenant_id = $1 AND u.active GROUP BY u.id, u.email, u.display_name ORDER BY u.email`,
    [tenantId],
  );
  return rows.map((r) => ({ email: r.email, displayName: r.display_name, roles: r.roles })).sort((a, b) => rank(a) - rank(b));
}

/**
 * The sign-in details as lines for a terminal, in Chinese and English.
 *
 * @example
 * process.stdout.write(credentialsText(credentials));
 */
export function credentialsText(c: DemoCredentials): string {
  const width = Math.max(...c.accounts.map((a) => a.email.length));
  return [
    '',
    `Demo company 演示企业: ${c.companyName}`,
    `  company code 企业代码: ${c.company}`,
    `  password of every demo user 演示账号密码: ${c.password}`,
    ...c.accounts.map((a) => `  ${a.email.padEnd(width)}  ${a.roles.join(', ').padEnd(16)}  ${a.displayName}`),
    '',
  ].join('\n');
}
