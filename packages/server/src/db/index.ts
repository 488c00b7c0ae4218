/** @module The database: the Db port, its two adapters, errors by SQLSTATE, and the tables' row types. */
export { APP_ROLE, JsonValue, json } from './port.js';
export type { Db, DbKind, Isolation, Queryable, Row, SqlParam, TxOptions } from './port.js';
export { openDb } from './open.js';
export type { DbConfig } from './open.js';
export { openPglite, dumpPglite, PGDATA } from './pglite.js';
export type { PgliteOptions } from './pglite.js';
export { openPostgres, redactUrl } from './postgres.js';
export type { PostgresOptions } from './postgres.js';
export { FolderLockedError, LOCK_FILE, lockFolder } from './folder-lock.js';
export type { FolderLock } from './folder-lock.js';
export { mapDbError, sqlStateOf } from './sqlstate.js';
export { TENANT_STATUSES } from './tables.js';
export type { RoleRow, TenantRow, TenantStatus, UserRoleRow, UserRow } from './tables.js';
