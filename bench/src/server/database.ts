/** @module A throw-away PostgreSQL cluster for the server benches, with one migrated database per bench. */
import { openPostgres } from '@heng/server/src/db/postgres.js';
import type { Db } from '@heng/server/src/db/port.js';
import { migrate } from '@heng/server/src/migrations/runner.js';
import { startPostgresCluster } from '@heng/server/src/test-support/postgres-cluster.js';

/** A running cluster the benches make their databases on. */
export interface BenchCluster {
  readonly version: string;
  /** Creates an empty database and returns its URL (the cluster's superuser, as `pnpm start` would connect). */
  createDatabase(name: string): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Starts a cluster in a temp folder (initdb, 127.0.0.1, a free port; no fsync, like the tests'):
 * `stop()` removes it. HENG_BENCH_DATABASE_URL names a server to use instead.
 *
 * @example
 * const cluster = await startBenchCluster();
 * try { const url = await cluster.createDatabase('heng_rescore'); } finally { await cluster.stop(); }
 */
export async function startBenchCluster(): Promise<BenchCluster> {
  const given = process.env.HENG_BENCH_DATABASE_URL;
  const cluster = given === undefined || given === '' ? await startPostgresCluster() : undefined;
  const adminUrl = cluster?.url ?? (given as string);
  const admin = await openPostgres({ url: adminUrl, max: 1 });
  const [row] = await admin.query<{ version: string }>('SHOW server_version');
  const made: string[] = [];
  return {
    version: cluster?.version ?? `PostgreSQL ${row?.version ?? '?'}`,
    createDatabase: async (name) => {
      // Two statements: CREATE DATABASE may not share a query string (an implicit transaction).
      await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.exec(`CREATE DATABASE ${name}`);
      made.push(name);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return url.toString();
    },
    stop: async () => {
      try {
        if (cluster === undefined) for (const name of made) await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.close();
      } finally {
        await cluster?.stop();
      }
    },
  };
}

/**
 * Opens a pool on `url` and applies Heng's migrations, as the server does at start.
 *
 * @example
 * const db = await openMigrated(url);
 */
export async function openMigrated(url: string, max?: number): Promise<Db> {
  const db = await openPostgres(max === undefined ? { url } : { url, max });
  await migrate(db);
  return db;
}
