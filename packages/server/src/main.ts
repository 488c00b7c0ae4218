/** @module Starts Heng: settings, database, migrations, then the HTTP server; stops it cleanly. */
import type { AddressInfo } from 'node:net';
import { pathToFileURL } from 'node:url';
import { serve } from '@hono/node-server';
import { loadConfig } from './config.js';
import type { Config } from './config.js';
import { openDb } from './db/open.js';
import { createApp } from './http/app.js';
import { serveDesigner } from './http/static.js';
import type { RouteModule } from './http/app.js';
import { systemClock } from './http/clock.js';
import type { Clock } from './http/clock.js';
import { errorFields, jsonLogger } from './http/logger.js';
import type { Logger } from './http/logger.js';
import type { Db } from './db/port.js';
import { migrate } from './migrations/runner.js';
import { authenticate, authRoutes, requireAdmin, requireUser } from './auth/index.js';
import { tenancyRoutes } from './tenancy/index.js';
import { createJobHandlers } from './jobs/registry.js';
import { jobRoutes } from './jobs/routes.js';
import { Worker } from './jobs/worker.js';
import { loadMailConfig } from './notifications/email.js';
import { sendEmails } from './notifications/notify.js';
import { notificationRoutes } from './notifications/routes.js';
import { Scheduler } from './schedules/scheduler.js';
import { definitionRoutes } from './definitions/index.js';
import { recordRoutes } from './records/index.js';
import { RESCORE_FOLLOWERS, scoringRoutes } from './scoring/index.js';
import { ruleRoutes } from './rules/index.js';
import { approvalRoutes } from './approvals/index.js';
import { bundleRoutes, templatesIn } from './bundles/index.js';
import { demoOnStart } from './demo/index.js';
import { dashboardRoutes } from './dashboards/index.js';

/** The route modules of the API beyond auth and tenancy; each feature adds its module here. */
export const routeModules: readonly RouteModule[] = [jobRoutes({ requireAdmin, requireUser, followers: RESCORE_FOLLOWERS }), notificationRoutes({ requireUser, requireAdmin }), definitionRoutes(), recordRoutes(), scoringRoutes(), ruleRoutes(), approvalRoutes(), dashboardRoutes()];

/** How long the server keeps an idle keep-alive connection open. */
const KEEP_ALIVE_MS = 65_000;

/** A running server. */
export interface RunningServer {
  /** `http://host:port`, with the port actually bound. */
  readonly url: string;
  /** Stops taking requests, lets the ones in flight finish, closes the database. */
  close(): Promise<void>;
}

/** What tests may change in a started server: the clock everything reads, the demo's settings, how often schedules are checked. */
export interface StartOptions {
  readonly clock?: Clock;
  /** The environment the demo settings are read from (`HENG_DEMO`, `HENG_DEMO_CUSTOMERS`); the process's unless given. */
  readonly demoEnv?: NodeJS.ProcessEnv;
  /** Time between the scheduler's ticks; 30 s unless given. */
  readonly scheduleIntervalMs?: number;
}

/**
 * Opens the database the settings name (PGlite in a locked folder, or PostgreSQL), applies
 * the migrations, and serves the API.
 *
 * @example
 * const server = await start(loadConfig({ PORT: '0' }));
 * await fetch(`${server.url}/api/ready`);
 * await server.close();
 */
export async function start(config: Config = loadConfig(), options: StartOptions = {}): Promise<RunningServer> {
  const clock = options.clock ?? systemClock;
  const logger = jsonLogger({ level: config.logLevel });
  // Known before the demo writes its notices, whose emails then go out (or are skipped) as any.
  const mail = loadMailConfig();
  sendEmails(mail !== undefined);
  const db = await openDb(config);
  try {
    const applied = await migrate(db);
    logger.log('info', 'database ready', { database: db.kind, applied });
    await warnIfHeldByRowSecurity(db, logger);
    await demoOnStart(db, clock, config.templatesDir, logger, options.demoEnv);
  } catch (error) {
    await db.close();
    throw error;
  }
  const auth = { proxyHops: config.proxyHops, allowedOrigins: config.allowedOrigins, setupToken: config.setupToken };
  const app = createApp({ db, clock, logger, bodyLimit: config.bodyLimit, apiMiddleware: [authenticate(auth)] }, [authRoutes(auth), tenancyRoutes(auth), ...routeModules, bundleRoutes({ templates: templatesIn(config.templatesDir) })]);
  serveDesigner(app);
  const worker = new Worker({ db, clock, logger, handlers: createJobHandlers({ db, clock, mail }) });
  const scheduler = new Scheduler({ db, clock, logger, ...(options.scheduleIntervalMs === undefined ? {} : { intervalMs: options.scheduleIntervalMs }) });
  worker.start();
  scheduler.start();
  const { server, address } = await new Promise<{ server: ReturnType<typeof serve>; address: AddressInfo }>((resolve) => {
    // Idle keep-alive sockets stay open longer than clients and proxies keep theirs (Node's agent
    // 5 s, nginx 60 s): a client reusing one the server has just closed would get a reset instead.
    const serverOptions = { keepAliveTimeout: KEEP_ALIVE_MS };
    const s = serve({ fetch: app.fetch, hostname: config.host, port: config.port, serverOptions }, (info) => resolve({ server: s, address: info }));
  });
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const url = `http://${host}:${address.port}`;
  logger.log('info', 'listening', { url, database: db.kind });
  return {
    url,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      });
      await scheduler.stop();
      await worker.stop();
      await db.close();
    },
  };
}

/**
 * Work done before a tenant is known (login, jobs over every tenant) reads tenant tables as
 * the connecting role; forced row-level security shows it nothing unless it bypasses it.
 */
async function warnIfHeldByRowSecurity(db: Db, logger: Logger): Promise<void> {
  const [role] = await db.query<{ name: string; bypasses: boolean }>('SELECT rolname AS name, rolsuper OR rolbypassrls AS bypasses FROM pg_roles WHERE rolname = current_user');
  if (role !== undefined && !role.bypasses) {
    logger.log('warn', 'database role is held by row-level security', {
      role: role.name,
      fix: `Work across tenants (login, jobs) will see no rows: run ALTER ROLE ${role.name} BYPASSRLS as a superuser.`,
    });
  }
}

/**
 * Runs the server until SIGINT or SIGTERM; exits non-zero when it cannot start.
 * What `pnpm start` runs (through scripts/start.mjs).
 */
export async function main(): Promise<void> {
  try {
    const server = await start();
    const stop = (): void => {
      server.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), level: 'error', msg: 'cannot start', ...errorFields(error) })}\n`);
    process.exit(1);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) void main();
