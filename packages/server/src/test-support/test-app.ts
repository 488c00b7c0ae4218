/** @module An app for in-process HTTP tests: a fresh PGlite, a manual clock, captured log lines. */
import type { Hono } from 'hono';
import type { Db } from '../db/port.js';
import { createApp } from '../http/app.js';
import type { AppDeps, RouteModule } from '../http/app.js';
import { jsonLogger } from '../http/logger.js';
import { freshPglite } from './databases.js';
import { manualClock } from './manual-clock.js';
import type { ManualClock } from './manual-clock.js';

/** The app under test and what it was built from. */
export interface TestApp {
  readonly app: Hono;
  readonly db: Db;
  readonly clock: ManualClock;
  /** Every log line, parsed. */
  readonly logs: Record<string, unknown>[];
  close(): Promise<void>;
}

/**
 * Builds the app on a fresh migrated PGlite (or the `db` given, which it then does not close).
 *
 * @example
 * const t = await createTestApp({ modules: [userRoutes] });
 * const res = await t.app.request('/api/users', { headers: { ... } });
 * await t.close();
 */
export async function createTestApp(options: { modules?: readonly RouteModule[]; db?: Db; deps?: Partial<AppDeps> } = {}): Promise<TestApp> {
  const db = options.db ?? (await freshPglite());
  const clock = manualClock();
  const logs: Record<string, unknown>[] = [];
  const logger = jsonLogger({ clock, level: 'debug', write: (line) => logs.push(JSON.parse(line) as Record<string, unknown>) });
  const app = createApp({ db, clock, logger, ...options.deps }, options.modules ?? []);
  return { app, db, clock, logs, close: () => (options.db === undefined ? db.close() : Promise.resolve()) };
}

/**
 * A JSON request for `app.request`.
 *
 * @example
 * await app.request('/api/roles', jsonRequest('POST', { name: 'Sales' }));
 */
export function jsonRequest(method: string, body: unknown, headers: Record<string, string> = {}): RequestInit {
  return { method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json', ...headers } };
}
