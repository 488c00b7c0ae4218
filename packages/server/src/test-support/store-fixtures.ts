/** @module Small helpers for store tests: adapters under test, tenants, expected errors. */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Db, Queryable } from '../db/port.js';
import { AppError } from '../http/app-error.js';

/** A database an adapter's suite opened, and how to let it go. */
export interface OpenedDb {
  readonly db: Db;
  dispose(): Promise<void>;
}

/** How the store contract gets databases from one adapter. */
export interface StoreHarness {
  /** A migrated database for the whole suite. */
  open(): Promise<OpenedDb>;
  /** A database with nothing in it, for migration tests. */
  openEmpty(): Promise<OpenedDb>;
}

/**
 * Inserts a tenant with a fresh slug (outside row-level security) and returns its id.
 *
 * @example
 * const tenant = await newTenant(db);
 */
export async function newTenant(q: Queryable): Promise<string> {
  const slug = `t-${randomUUID().slice(0, 8)}`;
  const [row] = await q.query<{ id: string }>('INSERT INTO tenants (slug, name) VALUES ($1, $2) RETURNING id', [slug, `Tenant ${slug}`]);
  if (row === undefined) throw new Error('INSERT ... RETURNING gave no row');
  return row.id;
}

/**
 * The AppError a promise rejects with; fails the test if it resolves or rejects otherwise.
 *
 * @example
 * expect((await rejection(db.query(...))).code).toBe('duplicate');
 */
export async function rejection(p: Promise<unknown>): Promise<AppError> {
  const error: unknown = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}
