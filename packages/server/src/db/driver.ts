/** @module What an adapter swaps (the driver) and what both share: transactions, tenants, errors. */
import { AsyncLocalStorage } from 'node:async_hooks';
import { APP_ROLE } from './port.js';
import type { Db, DbKind, Isolation, Queryable, Row, SqlParam, TxOptions } from './port.js';
import { mapDbError, sqlStateOf } from './sqlstate.js';
import { toDriverParams } from './values.js';

/** SQLSTATE of a statement sent after the transaction failed. */
const IN_FAILED_TRANSACTION = '25P02';

/** A statement runner as a driver gives it: parameters already made plain, rows as parsed. */
export interface RawQueryable {
  query(sql: string, params: unknown[]): Promise<Row[]>;
  exec(script: string): Promise<void>;
}

/** The part of a Db that differs between PGlite and postgres. */
export interface Driver extends RawQueryable {
  readonly kind: DbKind;
  /** BEGIN, `fn`, then COMMIT, or ROLLBACK when `fn` throws. */
  begin<T>(fn: (tx: RawQueryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const isolationSql: Readonly<Record<Isolation, string>> = {
  'read committed': 'SET TRANSACTION ISOLATION LEVEL READ COMMITTED',
  'repeatable read': 'SET TRANSACTION ISOLATION LEVEL REPEATABLE READ',
  serializable: 'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE',
};

async function mapped<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw mapDbError(error);
  }
}

function queryable(raw: RawQueryable, before: () => void = () => {}): Queryable {
  return {
    query: async <T extends object = Row>(sql: string, params: readonly SqlParam[] = []) => {
      before();
      return mapped(async () => (await raw.query(sql, toDriverParams(params))) as T[]);
    },
    exec: async (script: string) => {
      before();
      return mapped(() => raw.exec(script));
    },
  };
}

/**
 * Runs `fn` inside `begin`, handing it a transaction that keeps every statement it sends, and
 * waits for them all before COMMIT: PostgreSQL aborts a transaction at its first error, so if
 * `fn` swallows that error, or never waits for a statement that fails (or could not be sent),
 * the work is rolled back and that error thrown, on both adapters alike. `setup`'s statements
 * are sent without waiting for them: `fn`'s first ones follow in the same round trip
 * (statements run in the order they are sent), and if the setup failed, its error is the one
 * thrown, not what it made the statements after it fail with.
 */
async function guarded<T>(raw: RawQueryable, fn: (tx: Queryable) => Promise<T>, setup: (tx: Queryable) => Promise<void>): Promise<T> {
  let failure: { error: unknown } | undefined;
  let over = false;
  const sent: Promise<unknown>[] = [];
  const inner = queryable(raw, () => {
    if (over) throw new Error('This transaction is over: run statements inside its callback only.');
  });
  const keep = <R>(p: Promise<R>): Promise<R> => {
    const tracked = p.catch((error: unknown) => {
      failure ??= { error };
      throw error;
    });
    // Observed below, whatever fn does; this only keeps an unawaited failure from going unhandled.
    sent.push(tracked.catch(() => undefined));
    return tracked;
  };
  const settled = async (): Promise<void> => {
    // Statements sent while waiting (a callback's late ones) are waited for too.
    for (let seen = 0; seen < sent.length; seen = sent.length) await Promise.all(sent.slice(seen));
  };
  const tx: Queryable = {
    query: (sql, params) => keep(inner.query(sql, params)),
    exec: (script) => keep(inner.exec(script)),
  };
  const ready = keep(setup(tx));
  try {
    const value = await fn(tx);
    await settled();
    if (failure !== undefined) throw failure.error;
    return value;
  } catch (error) {
    await settled();
    await ready;
    // A statement refused because an earlier, unawaited one failed: that one says what went wrong.
    throw failure !== undefined && sqlStateOf(error) === IN_FAILED_TRANSACTION ? failure.error : error;
  } finally {
    over = true;
  }
}

/**
 * Builds a Db from a driver. On PGlite, calling the Db itself from inside one of its own
 * transactions throws at once: on its single connection it would wait for itself forever. On
 * PostgreSQL the same call would run outside the transaction; it is not checked there, because
 * the check (an AsyncLocalStorage) turns on promise hooks that tax every await of the process,
 * and the suites that run each path on both databases find such a call on PGlite.
 */
export function dbFromDriver(driver: Driver): Db {
  const scope = driver.kind === 'pglite' ? new AsyncLocalStorage<true>() : undefined;
  const outside = (): void => {
    if (scope?.getStore() === true) throw new Error('The Db was called inside one of its transactions: use the transaction handle (tx) instead.');
  };
  const top = queryable(driver, outside);
  const transaction = async <T>(fn: (tx: Queryable) => Promise<T>, options: TxOptions, setup: (tx: Queryable) => Promise<void>): Promise<T> => {
    outside();
    // Both sent at once, in this order: the isolation level must come first in the transaction.
    const isolate = async (tx: Queryable): Promise<void> => {
      await Promise.all([options.isolation === undefined ? undefined : tx.query(isolationSql[options.isolation]), setup(tx)]);
    };
    return mapped(() => (scope === undefined ? driver.begin((raw) => guarded(raw, fn, isolate)) : scope.run(true, () => driver.begin((raw) => guarded(raw, fn, isolate)))));
  };
  return {
    kind: driver.kind,
    query: top.query,
    exec: top.exec,
    transaction: (fn, options = {}) => transaction(fn, options, async () => {}),
    withTenant: async (tenantId, fn, options = {}) => {
      if (tenantId === '') throw new Error('withTenant needs a tenant id.');
      return transaction(fn, options, async (tx) => {
        await tx.query(`SELECT set_config('role', '${APP_ROLE}', true), set_config('app.tenant_id', $1, true)`, [tenantId]);
      });
    },
    close: () => driver.close(),
  };
}
