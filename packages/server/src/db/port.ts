/** @module The Db port: the one narrow door to the database, with a PGlite and a PostgreSQL adapter. */

/**
 * One row as both adapters return it. Column values come back the same from either:
 * text/varchar → string; int2/int4/float → number; int8 → number when safe, else a decimal
 * string; numeric → decimal string (exact); boolean → boolean; json/jsonb → parsed JSON;
 * timestamptz → ISO string in UTC with milliseconds (`2024-05-01T08:30:00.000Z`); timestamp →
 * the same without `Z`; date → `YYYY-MM-DD`; interval → ISO 8601 duration (`P1DT2H`);
 * arrays → arrays of the above; NULL → null. Sessions run in UTC.
 * Declare timestamps `timestamptz(3)` so what is read back compares equal to what was stored.
 */
export type Row = Record<string, unknown>;

/**
 * A value bound to `$1`, `$2`, ... Plain objects and {@link JsonValue} wrappers are sent as
 * JSON text (bind them to json/jsonb); arrays are sent as PostgreSQL arrays (`= ANY($1)`);
 * a `Date` as an ISO string; a bigint as its decimal string. `undefined` is not allowed.
 */
export type SqlParam =
  | string
  | number
  | bigint
  | boolean
  | null
  | Date
  | JsonValue
  | readonly (string | number | boolean | null)[]
  | { readonly [key: string]: unknown };

/** A JSON value to bind to a json/jsonb parameter, made by {@link json}. */
export class JsonValue {
  constructor(readonly value: unknown) {}
}

/**
 * Marks a value to be sent as JSON, needed for arrays and strings bound to json/jsonb
 * (a bare array would be sent as a PostgreSQL array).
 *
 * @example
 * await tx.query('UPDATE records SET tags = $1 WHERE id = $2', [json(['a', 'b']), id]);
 */
export function json(value: unknown): JsonValue {
  return new JsonValue(value);
}

/** What runs SQL: the database itself, or one open transaction. */
export interface Queryable {
  /**
   * Runs one statement with `$n` parameters and returns its rows as plain objects.
   * Database errors are thrown as `AppError` mapped by SQLSTATE (see `db/sqlstate.ts`).
   * In a transaction, statements run one after another in the order `query` was called, so
   * several may be sent before awaiting any: they then share one round trip (PostgreSQL
   * pipelines them), and once one fails the ones after it fail too. The transaction waits for
   * every statement sent before it commits: one that failed, awaited or not, rolls it all back
   * and is what it throws.
   *
   * @example
   * const rows = await tx.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [email]);
   * const [task, notice] = await Promise.all([tx.query('INSERT ...'), tx.query('INSERT ...')]);
   */
  query<T extends object = Row>(sql: string, params?: readonly SqlParam[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations, test set-up). */
  exec(script: string): Promise<void>;
}

/** The isolation level of a transaction; PostgreSQL's default is `read committed`. */
export type Isolation = 'read committed' | 'repeatable read' | 'serializable';

/** Options of {@link Db.transaction} and {@link Db.withTenant}. */
export interface TxOptions {
  readonly isolation?: Isolation;
}

/** Which adapter a {@link Db} is. */
export type DbKind = 'pglite' | 'postgres';

/**
 * The database. `query`, `exec` and `transaction` run as the connecting role, the owner of
 * the schema, which row-level security does not restrict when it is a superuser or has
 * BYPASSRLS: use them for migrations, cross-tenant jobs and look-ups made before a tenant is
 * known (login). Everything done for a tenant goes through {@link Db.withTenant}.
 */
export interface Db extends Queryable {
  readonly kind: DbKind;
  /**
   * Runs `fn` in one transaction: committed when `fn` resolves, rolled back when it throws.
   * If a statement failed inside and `fn` swallowed the error, the transaction is rolled back
   * and that error is thrown, on both adapters alike. Do not call the outer `db` inside `fn`.
   *
   * @example
   * await db.transaction(async (tx) => { await tx.query('INSERT ...'); await tx.query('UPDATE ...'); });
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>, options?: TxOptions): Promise<T>;
  /**
   * Runs `fn` in one transaction as the role `heng_app` (no superuser, no BYPASSRLS) with
   * `app.tenant_id` set, so row-level security shows and accepts only `tenantId`'s rows.
   *
   * @example
   * const users = await db.withTenant(tenantId, (tx) => tx.query('SELECT id, email FROM users'));
   */
  withTenant<T>(tenantId: string, fn: (tx: Queryable) => Promise<T>, options?: TxOptions): Promise<T>;
  /** Closes connections (and, for PGlite, releases the data-folder lock). */
  close(): Promise<void>;
}

/** The role tenant work runs as; created by the first migration. */
export const APP_ROLE = 'heng_app';
