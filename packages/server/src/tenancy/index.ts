/** @module Tenancy: companies, users, roles, managers, first-run setup, and their routes. */
export { tenancyRoutes } from './tenancy-routes.js';
export { BUILTIN_ROLES, insertBuiltinRoles } from './builtin-roles.js';
export type { RoleName } from './builtin-roles.js';
export { createTenantWithAdmin, getTenant } from './tenants.js';
export type { CreatedTenant, NewTenantWithAdmin, TenantView } from './tenants.js';
export { createUser, getUser, listUsers } from './users.js';
export type { NewUser, UserView } from './users.js';
export { setUserManager, setUserRoles, updateUser } from './user-admin.js';
export type { UserChange } from './user-admin.js';
export { managerChain } from './managers.js';
export { createRole, listRoles } from './roles.js';
export type { RoleView } from './roles.js';
export { runSetup, setupNeeded } from './setup.js';
