/** @module The roles every new tenant starts with: those of the credit template (DOMAIN.md). */
import type { Queryable } from '../db/port.js';
import { ADMIN_ROLE } from '../auth/principal.js';

/** A role as the designer names it, in both languages. */
export interface RoleName {
  readonly id: string;
  readonly nameZh: string;
  readonly nameEn: string;
}

/**
 * The builtin roles. Their ids are what definitions (field access, approvers) refer to, so
 * they never change; admins may rename them, not delete them.
 */
export const BUILTIN_ROLES: readonly RoleName[] = [
  { id: 'salesperson', nameZh: '销售', nameEn: 'Salesperson' },
  { id: 'sales_manager', nameZh: '销售经理', nameEn: 'Sales manager' },
  { id: 'sales_director', nameZh: '销售总监', nameEn: 'Sales director' },
  { id: 'risk_officer', nameZh: '风控专员', nameEn: 'Risk officer' },
  { id: 'finance_director', nameZh: '财务总监', nameEn: 'Finance director' },
  { id: 'legal', nameZh: '法务', nameEn: 'Legal' },
  { id: ADMIN_ROLE, nameZh: '管理员/老板', nameEn: 'Admin / boss' },
];

/**
 * Inserts the builtin roles for a new tenant, in the tenant's transaction.
 *
 * @example
 * await insertBuiltinRoles(tx, tenantId, clock.now());
 */
export async function insertBuiltinRoles(tx: Queryable, tenantId: string, now: Date): Promise<void> {
  await tx.query(
    `INSERT INTO roles (tenant_id, id, name_zh, name_en, builtin, created_at)
     SELECT $1, r.id, r.name_zh, r.name_en, true, $5
     FROM unnest($2::text[], $3::text[], $4::text[]) AS r (id, name_zh, name_en)`,
    [tenantId, BUILTIN_ROLES.map((r) => r.id), BUILTIN_ROLES.map((r) => r.nameZh), BUILTIN_ROLES.map((r) => r.nameEn), now],
  );
}
