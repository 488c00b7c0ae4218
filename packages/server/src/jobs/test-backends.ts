/** @module Test helpers for the jobs, schedules and notifications suites: both databases, tenants with users, a test guard. */
import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import { openPostgres } from '../db/postgres.js';
import type { Db, Queryable } from '../db/port.js';
import { AppError } from '../http/app-error.js';
import { createTestPostgres, freshPglite } from '../test-support/databases.js';
import { newTenant } from '../test-support/store-fixtures.js';
import type { ActorGuard } from './actor.js';

/** A database a suite opened on one backend. */
export interface OpenBackend {
  readonly db: Db;
  /** Another connection to the same database, as a second server process has (PGlite: the same one, it has one). */
  another(): Promise<Db>;
  dispose(): Promise<void>;
}

/** One of the two databases every suite here runs on. */
export interface Backend {
  readonly name: 'PGlite' | 'PostgreSQL';
  open(): Promise<OpenBackend>;
}

/** PGlite and PostgreSQL, for `describe.each(backends)('$name', ...)`: one database per suite. */
export const backends: readonly Backend[] = [
  {
    name: 'PGlite',
    open: async () => {
      const db = await freshPglite();
      return { db, another: async () => db, dispose: () => db.close() };
    },
  },
  {
    name: 'PostgreSQL',
    open: async () => {
      const t = await createTestPostgres();
      const others: Db[] = [];
      return {
        db: t.db,
        another: async () => {
          const db = await openPostgres({ url: t.url });
          others.push(db);
          return db;
        },
        dispose: async () => {
          await Promise.all(others.map((db) => db.close()));
          await t.drop();
        },
      };
    },
  },
];

/** A tenant with `n` users; returns the tenant id and the user ids. */
export async function tenantWithUsers(q: Queryable, n = 1): Promise<{ tenantId: string; userIds: string[] }> {
  const tenantId = await newTenant(q);
  const userIds: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const [row] = await q.query<{ id: string }>("INSERT INTO users (tenant_id, email, display_name) VALUES ($1, $2, 'U') RETURNING id", [tenantId, `u${i}-${randomUUID().slice(0, 6)}@example.cn`]);
    userIds.push(row!.id);
  }
  return { tenantId, userIds };
}

/**
 * Guards for route tests: the tenant and user come from `X-Test-Tenant` / `X-Test-User`;
 * `requireAdmin` also wants `X-Test-Admin: 1`.
 */
export const testGuards: { readonly requireUser: ActorGuard; readonly requireAdmin: ActorGuard } = {
  requireUser: (c: Context) => {
    const tenantId = c.req.header('x-test-tenant');
    if (tenantId === undefined) throw new AppError('unauthorized', 401, 'Sign in first.');
    return { tenantId, userId: c.req.header('x-test-user') ?? '' };
  },
  requireAdmin: async (c: Context) => {
    const actor = await testGuards.requireUser(c);
    if (c.req.header('x-test-admin') !== '1') throw new AppError('forbidden', 403, 'Only admins may do this.');
    return actor;
  },
};

/** Headers acting as a user (and admin) of a tenant, for `app.request`. */
export const as = (tenantId: string, userId = '', admin = false): Record<string, string> => ({
  'X-Test-Tenant': tenantId,
  'X-Test-User': userId,
  ...(admin ? { 'X-Test-Admin': '1' } : {}),
});

/** Timers that fire only when told: `fire(ms)` runs the pending callbacks set for `ms` and waits for what they started. */
export interface FakeTimers {
  setTimeout(fn: () => unknown, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** How many callbacks wait for `ms`. */
  pending(ms: number): number;
  /** Resolves once a callback waits for `ms` (at once if one does). */
  armed(ms: number): Promise<void>;
  fire(ms: number): Promise<void>;
}

/** Fake timers for workers and schedulers. */
export function fakeTimers(): FakeTimers {
  let next = 0;
  const waiting = new Map<number, { fn: () => unknown; ms: number }>();
  const listeners: { ms: number; resolve: () => void }[] = [];
  const pending = (ms: number): number => [...waiting.values()].filter((w) => w.ms === ms).length;
  return {
    setTimeout: (fn, ms) => {
      next += 1;
      waiting.set(next, { fn, ms });
      for (let i = listeners.length - 1; i >= 0; i -= 1) if (listeners[i]!.ms === ms) listeners.splice(i, 1)[0]!.resolve();
      return next;
    },
    clearTimeout: (handle) => {
      waiting.delete(handle as number);
    },
    pending,
    armed: (ms) => (pending(ms) > 0 ? Promise.resolve() : new Promise((resolve) => listeners.push({ ms, resolve }))),
    fire: async (ms) => {
      const due = [...waiting.entries()].filter(([, w]) => w.ms === ms);
      for (const [id] of due) waiting.delete(id);
      await Promise.all(due.map(([, w]) => w.fn()));
    },
  };
}

/** A promise and its resolve, for tests that hold a handler mid-way. */
export function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => {};
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}
