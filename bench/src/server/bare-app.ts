/** @module The bare endpoint the submit bench compares with: one INSERT behind the server's own Hono stack. */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { authenticate } from '@heng/server/src/auth/authenticate.js';
import type { Config } from '@heng/server/src/config.js';
import { openPostgres } from '@heng/server/src/db/postgres.js';
import { json } from '@heng/server/src/db/port.js';
import { principalOf } from '@heng/server/src/auth/principal.js';
import { createApp } from '@heng/server/src/http/app.js';
import type { RouteModule } from '@heng/server/src/http/app.js';
import { systemClock } from '@heng/server/src/http/clock.js';
import { jsonLogger } from '@heng/server/src/http/logger.js';

/** The path of the bare endpoint. */
export const BARE_PATH = '/api/bench/inserts';

/** The table it writes, made by the bench before the server starts. */
export const BARE_TABLE = 'CREATE TABLE bench_inserts (id text PRIMARY KEY, tenant_id text NOT NULL, data jsonb NOT NULL, created_at timestamptz(3) NOT NULL)';

/** POST {@link BARE_PATH}: the body checked as a JSON object, then one INSERT, nothing else. */
const bareInsert: RouteModule = (routes, { db, clock }) => {
  routes.add<Record<string, unknown>>(
    {
      method: 'post', path: BARE_PATH, operationId: 'benchInsert', summary: 'Bench only: store the body with one INSERT', tags: ['bench'],
      body: { type: 'object' },
      responses: { 201: { description: 'Stored' } },
    },
    async (c, { body }) => {
      const id = randomUUID();
      await db.query('INSERT INTO bench_inserts (id, tenant_id, data, created_at) VALUES ($1, $2, $3, $4)', [id, principalOf(c).tenantId, json(body), clock.now()]);
      return c.json({ id }, 201);
    },
  );
};

/** A running bare app. */
export interface BareServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves the bare endpoint as `start()` serves the API: createApp with the same logger level,
 * body limit and authenticate middleware (API tokens), its own pool of the same size on the
 * same database, the same Node adapter.
 *
 * @example
 * const bare = await serveBare(loadConfig());
 */
export async function serveBare(config: Config): Promise<BareServer> {
  if (config.databaseUrl === undefined) throw new Error('The bare endpoint needs DATABASE_URL: it measures PostgreSQL.');
  const db = await openPostgres({ url: config.databaseUrl, max: config.dbPool });
  const auth = { proxyHops: config.proxyHops, allowedOrigins: config.allowedOrigins, setupToken: config.setupToken };
  const logger = jsonLogger({ level: config.logLevel });
  const app = createApp({ db, clock: systemClock, logger, bodyLimit: config.bodyLimit, apiMiddleware: [authenticate(auth)] }, [bareInsert]);
  const { server, address } = await new Promise<{ server: ReturnType<typeof serve>; address: AddressInfo }>((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: config.host, port: 0 }, (info) => resolve({ server: s, address: info }));
  });
  return {
    url: `http://${address.address}:${address.port}`,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      });
      await db.close();
    },
  };
}
