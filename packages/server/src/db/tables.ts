/** @module Row types of the tables the first migration makes, with their statuses as unions. */

/** A tenant's status; mirrored by the CHECK on `tenants.status` (a test compares the two). */
export const TENANT_STATUSES = ['active', 'suspended'] as const;
export type TenantStatus = (typeof TENANT_STATUSES)[number];

/** One company. Its `slug` names it in URLs and at login. */
export interface TenantRow {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
  readonly status: TenantStatus;
  readonly created_at: string;
  readonly updated_at: string;
}

/** A person of one tenant; `manager_id` routes "the submitter's manager" approvals. */
export interface UserRow {
  readonly tenant_id: string;
  readonly id: string;
  readonly email: string;
  readonly display_name: string;
  /** scrypt hash; null for a user who cannot log in with a password. */
  readonly password_hash: string | null;
  readonly manager_id: string | null;
  readonly active: boolean;
  readonly created_at: string;
  readonly updated_at: string;
}

/** A role of one tenant: the defaults of DOMAIN.md are `builtin`, admins add their own. */
export interface RoleRow {
  readonly tenant_id: string;
  readonly id: string;
  readonly name_zh: string;
  readonly name_en: string;
  readonly builtin: boolean;
  readonly created_at: string;
}

/** A role given to a user. */
export interface UserRoleRow {
  readonly tenant_id: string;
  readonly user_id: string;
  readonly role_id: string;
}
