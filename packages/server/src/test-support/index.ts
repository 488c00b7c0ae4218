/** @module Test helpers: the shared PostgreSQL cluster, fresh databases, a test app, a manual clock. */
export { createTestPostgres, freshPglite, postgresUrl } from './databases.js';
export type { FreshOptions, TestDatabase } from './databases.js';
export { manualClock } from './manual-clock.js';
export type { ManualClock } from './manual-clock.js';
export { findPostgresBin, startPostgresCluster } from './postgres-cluster.js';
export type { PostgresCluster } from './postgres-cluster.js';
export { newTenant, rejection } from './store-fixtures.js';
export type { OpenedDb, StoreHarness } from './store-fixtures.js';
export { createTestApp, jsonRequest } from './test-app.js';
export type { TestApp } from './test-app.js';
