/** @module The PostgreSQL adapter, through the `postgres` package with a connection pool. */
import postgres from 'postgres';
import type { ParameterOrJSON, PostgresType, Sql, TransactionSql } from 'postgres';
import { dbFromDriver } from './driver.js';
import type { RawQueryable } from './driver.js';
import type { Db, Row } from './port.js';
import { parsers, serializers } from './values.js';

/** Options of {@link openPostgres}. */
export interface PostgresOptions {
  /** `postgres://user:password@host:port/database` */
  readonly url: string;
  /** Pool size; 10 unless set. */
  readonly max?: number;
}

/** The shared parsers and serializers in the shape the `postgres` package takes them. */
const types: Record<string, PostgresType> = Object.fromEntries(
  Object.entries(parsers).map(([oid, parse]) => {
    const to = Number(oid);
    return [`oid${oid}`, { to, from: [to], parse, serialize: serializers[to] ?? String }];
  }),
);

// Always the extended protocol, as PGlite's query: one statement, parameters typed by the
// server. (`simple` is a real option of postgres' `unsafe` that its types do not list.)
const extended = { prepare: true, simple: false };

function raw(sql: Sql | TransactionSql): RawQueryable {
  return {
    query: async (text, params) => Array.from(await sql.unsafe<Row[]>(text, params as ParameterOrJSON<never>[], extended)),
    exec: async (script) => {
      await sql.unsafe(script);
    },
  };
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  return url.replace(/(\/\/[^:/@]+):[^@]*@/, '$1:***@');
}

/**
 * Opens a pool on PostgreSQL and checks it can reach the server.
 *
 * @example
 * const db = await openPostgres({ url: process.env.DATABASE_URL });
 */
export async function openPostgres(options: PostgresOptions): Promise<Db> {
  const sql = postgres(options.url, {
    max: options.max ?? 10,
    types,
    onnotice: () => {},
    // Fixed so text the server prints (dates, timestamps) reads the same as on PGlite.
    connection: { application_name: 'heng', TimeZone: 'UTC', DateStyle: 'ISO, MDY', IntervalStyle: 'iso_8601' },
  });
  try {
    await sql.unsafe('SELECT 1');
  } catch (error) {
    await sql.end({ timeout: 1 });
    throw new Error(`Cannot reach PostgreSQL at ${redactUrl(options.url)}: ${(error as Error).message}`, { cause: error });
  }
  return dbFromDriver({
    kind: 'postgres',
    ...raw(sql),
    begin: async (fn) => {
      // Kept aside rather than returned through begin, which would Promise.all an array result.
      let result: { value: Awaited<ReturnType<typeof fn>> } | undefined;
      await sql.begin(async (tx) => {
        result = { value: await fn(raw(tx)) };
      });
      return result!.value;
    },
    close: () => sql.end({ timeout: 5 }),
  });
}
