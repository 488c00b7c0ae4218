/** @module Vitest global setup: ONE PostgreSQL cluster for the whole test run, shared by URL. */
import type { TestProject } from 'vitest/node';
import { startPostgresCluster } from './postgres-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the test cluster; suites make their own databases on it. */
    postgresUrl: string;
  }
}

/**
 * Starts the cluster before any test file and stops it after the last. With
 * HENG_TEST_DATABASE_URL set, uses that server instead (it must let the user create databases).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const given = process.env.HENG_TEST_DATABASE_URL;
  if (given !== undefined && given !== '') {
    project.provide('postgresUrl', given);
    return async () => {};
  }
  const cluster = await startPostgresCluster();
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
