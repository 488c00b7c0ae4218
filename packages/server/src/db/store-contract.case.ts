/** @module The store contract: one suite every Db adapter must pass (run by pglite.test.ts and postgres.test.ts). */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../http/app-error.js';
import { newTenant, rejection } from '../test-support/store-fixtures.js';
import type { StoreHarness } from '../test-support/store-fixtures.js';
import { json } from './port.js';
import type { Db, Queryable } from './port.js';
import { tenancyContract } from './tenancy-contract.case.js';

const SHAPES = `SELECT
  42::int4 AS int4, 9007199254740991::int8 AS int8_safe, 9007199254740993::int8 AS int8_big,
  1.50::numeric(10, 2) AS numeric, 0.1::float8 AS float8, true AS bool, 'x'::text AS text,
  '{"a": [1, {"b": null}], "c": "d"}'::jsonb AS jsonb, '[1,2]'::json AS json,
  '2024-05-01 10:00:00.123456+08'::timestamptz AS timestamptz, '2024-05-01 10:00:00'::timestamp AS timestamp,
  '2024-05-01'::date AS date, ARRAY['a', 'b"c']::text[] AS texts, ARRAY[1, 2]::int8[] AS int8s,
  ARRAY['2024-01-01 00:00:00+00']::timestamptz[] AS stamps, '1 day 2 hours'::interval AS interval, NULL::text AS nothing`;

/** Runs the store contract against one adapter. */
export function storeContract(name: string, harness: StoreHarness): void {
  describe(`store contract: ${name}`, () => {
    let db: Db;
    let dispose = async (): Promise<void> => {};
    beforeAll(async () => {
      ({ db, dispose } = await harness.open());
    });
    afterAll(() => dispose());

    it('returns every column type in the one agreed shape', async () => {
      const rows = await db.query(SHAPES);
      expect(Array.isArray(rows) && Object.getPrototypeOf(rows) === Array.prototype).toBe(true);
      expect(Object.getPrototypeOf(rows[0])).toBe(Object.prototype);
      expect(rows).toStrictEqual([
        {
          int4: 42, int8_safe: 9007199254740991, int8_big: '9007199254740993', numeric: '1.50', float8: 0.1, bool: true, text: 'x',
          jsonb: { a: [1, { b: null }], c: 'd' }, json: [1, 2], timestamptz: '2024-05-01T02:00:00.123Z', timestamp: '2024-05-01T10:00:00.000',
          date: '2024-05-01', texts: ['a', 'b"c'], int8s: [1, 2], stamps: ['2024-01-01T00:00:00.000Z'], interval: 'P1DT2H', nothing: null,
        },
      ]);
    });

    it('binds parameters the same way', async () => {
      const rows = await db.query(
        'SELECT $1::jsonb AS obj, $2::jsonb AS arr, $3::text[] AS texts, $4::boolean AS bool, $5::timestamptz AS at, $6::int8 AS big, $7 AS untyped, $8::text AS nothing',
        [{ a: 1, b: ['x'] }, json(['y', 2]), ['p', 'q'], false, new Date('2024-01-02T03:04:05.678Z'), 1234567890123456789n, true, null],
      );
      expect(rows).toStrictEqual([
        { obj: { a: 1, b: ['x'] }, arr: ['y', 2], texts: ['p', 'q'], bool: false, at: '2024-01-02T03:04:05.678Z', big: '1234567890123456789', untyped: 'true', nothing: null },
      ]);
    });

    it('reads back a stored timestamp equal to the one written', async () => {
      const tenant = await newTenant(db);
      const [row] = await db.query<{ created_at: string }>('SELECT created_at FROM tenants WHERE id = $1', [tenant]);
      const [again] = await db.query('SELECT id FROM tenants WHERE id = $1 AND created_at = $2', [tenant, row!.created_at]);
      expect(again).toEqual({ id: tenant });
    });

    it('commits a transaction whose callback resolves, and returns its value', async () => {
      const slug = `c-${randomUUID().slice(0, 8)}`;
      const id = await db.transaction(async (tx) => (await tx.query<{ id: string }>("INSERT INTO tenants (slug, name) VALUES ($1, 'C') RETURNING id", [slug]))[0]!.id);
      expect(await db.query('SELECT slug FROM tenants WHERE id = $1', [id])).toEqual([{ slug }]);
    });

    it('rolls back everything when the callback throws: nothing half-written', async () => {
      const slugs = [`r-${randomUUID().slice(0, 8)}`, `r-${randomUUID().slice(0, 8)}`];
      const boom = new Error('boom');
      await expect(
        db.transaction(async (tx) => {
          for (const slug of slugs) await tx.query("INSERT INTO tenants (slug, name) VALUES ($1, 'R')", [slug]);
          throw boom;
        }),
      ).rejects.toBe(boom);
      expect(await db.query('SELECT id FROM tenants WHERE slug = ANY($1::text[])', [slugs])).toEqual([]);
    });

    it('rolls back and throws when a failed statement was swallowed', async () => {
      const slug = `s-${randomUUID().slice(0, 8)}`;
      const error = await rejection(
        db.transaction(async (tx) => {
          await tx.query("INSERT INTO tenants (slug, name) VALUES ($1, 'S')", [slug]);
          await tx.query("INSERT INTO tenants (slug, name) VALUES ($1, 'S')", [slug]).catch(() => undefined);
          return 'swallowed';
        }),
      );
      expect(error.code).toBe('duplicate');
      expect(await db.query('SELECT id FROM tenants WHERE slug = $1', [slug])).toEqual([]);
    });


    it('waits for statements sent and never awaited: kept when they succeed, all rolled back when one fails', async () => {
      const [kept, lost] = [`k-${randomUUID().slice(0, 8)}`, `l-${randomUUID().slice(0, 8)}`];
      const value = await db.transaction(async (tx) => {
        void tx.query("INSERT INTO tenants (slug, name) VALUES ($1, 'K')", [kept]);
        return 'sent';
      });
      expect(value).toBe('sent');
      expect(await db.query('SELECT slug FROM tenants WHERE slug = $1', [kept])).toEqual([{ slug: kept }]);
      const error = await rejection(
        db.transaction(async (tx) => {
          await tx.query("INSERT INTO tenants (slug, name) VALUES ($1, 'L')", [lost]);
          void tx.query("INSERT INTO tenants (slug, name) VALUES ($1, 'L')", [kept]);
          return 'sent';
        }),
      );
      expect(error.code).toBe('duplicate');
      expect(await db.query('SELECT slug FROM tenants WHERE slug = $1', [lost])).toEqual([]);
    });

    it('keeps nothing when an unawaited statement could not even be sent', async () => {
      const slug = `n-${randomUUID().slice(0, 8)}`;
      await expect(
        db.transaction(async (tx) => {
          void tx.query("INSERT INTO tenants (slug, name) VALUES ($1, 'N')", [slug]);
          void tx.query('SELECT $1::text', [undefined as unknown as string]);
        }),
      ).rejects.toThrow(/is undefined/);
      expect(await db.query('SELECT slug FROM tenants WHERE slug = $1', [slug])).toEqual([]);
    });

    it('throws the statement that failed unawaited, not the refusals of the statements after it', async () => {
      const slug = `u-${randomUUID().slice(0, 8)}`;
      await db.query("INSERT INTO tenants (slug, name) VALUES ($1, 'U')", [slug]);
      const error = await rejection(
        db.transaction(async (tx) => {
          void tx.query("INSERT INTO tenants (slug, name) VALUES ($1, 'U')", [slug]);
          await tx.query('SELECT 1');
        }),
      );
      expect(error.code).toBe('duplicate');
    });

    it('throws the callback’s own error, not the failed statement it turned into that error', async () => {
      const slug = `e-${randomUUID().slice(0, 8)}`;
      const friendly = new Error('slug taken');
      await db.query("INSERT INTO tenants (slug, name) VALUES ($1, 'E')", [slug]);
      await expect(
        db.transaction(async (tx) => {
          await tx.query("INSERT INTO tenants (slug, name) VALUES ($1, 'E')", [slug]).catch(() => {
            throw friendly;
          });
        }),
      ).rejects.toBe(friendly);
    });
    it('refuses a handle used after its transaction ended', async () => {
      let leaked: Queryable | undefined;
      await db.transaction(async (tx) => {
        leaked = tx;
      });
      await expect(leaked!.query('SELECT 1')).rejects.toThrow(/transaction is over/);
    });

    it('loses no update when transactions run at the same time', async () => {
      const tenant = await newTenant(db);
      const bump = (): Promise<void> =>
        db.transaction(async (tx) => {
          const [row] = await tx.query<{ name: string }>('SELECT name FROM tenants WHERE id = $1 FOR UPDATE', [tenant]);
          await tx.query('UPDATE tenants SET name = $1 WHERE id = $2', [`${row!.name}+`, tenant]);
        });
      await Promise.all(Array.from({ length: 10 }, bump));
      const [row] = await db.query<{ name: string }>('SELECT name FROM tenants WHERE id = $1', [tenant]);
      expect(row!.name.endsWith('+'.repeat(10))).toBe(true);
      expect(row!.name.endsWith('+'.repeat(11))).toBe(false);
    });

    it('sets the isolation level asked for', async () => {
      const rows = await db.transaction((tx) => tx.query('SHOW transaction_isolation'), { isolation: 'serializable' });
      expect(rows).toEqual([{ transaction_isolation: 'serializable' }]);
    });

    it('runs statements sent without awaiting in the order sent, behind the tenant and isolation, and throws the first failure', async () => {
      const tenant = await newTenant(db);
      const seen = await db.withTenant(tenant, (tx) => Promise.all([tx.query("SELECT current_setting('app.tenant_id') AS t"), tx.query('SHOW transaction_isolation')]), { isolation: 'repeatable read' });
      expect(seen).toEqual([[{ t: tenant }], [{ transaction_isolation: 'repeatable read' }]]);
      const named = await db.query('SELECT name FROM tenants WHERE id = $1', [tenant]);
      expect(named).toHaveLength(1);
      const sent = db.withTenant(tenant, (tx) => Promise.all([tx.query("UPDATE tenants SET name = 'changed'"), tx.query('SELECT 1 / 0 AS x'), tx.query('SELECT 1 AS y')]));
      expect(String(await sent.catch((e: unknown) => e))).toMatch(/division by zero/);
      expect(await db.query('SELECT name FROM tenants WHERE id = $1', [tenant])).toEqual(named);
    });

    it('maps database errors by SQLSTATE', async () => {
      const tenant = await newTenant(db);
      const other = await newTenant(db);
      const insert = (email: string, manager: string | null = null, t = tenant): Promise<unknown> =>
        db.query("INSERT INTO users (tenant_id, email, display_name, manager_id) VALUES ($1, $2, 'U', $3)", [t, email, manager]);
      await insert('a@x.cn');
      const [manager] = await db.query<{ id: string }>('SELECT id FROM users WHERE tenant_id = $1', [tenant]);
      const raise = (state: string): Promise<unknown> => db.exec(`DO $$ BEGIN RAISE EXCEPTION 'raised' USING ERRCODE = '${state}'; END $$`);
      const cases: [() => Promise<unknown>, string, number, boolean][] = [
        [() => insert('A@x.cn'), 'duplicate', 409, false],
        [() => insert('b@x.cn', manager!.id, other), 'reference_conflict', 409, false],
        [() => db.query("UPDATE tenants SET status = 'bogus' WHERE id = $1", [tenant]), 'check_failed', 422, false],
        [() => db.query("UPDATE users SET display_name = NULL WHERE tenant_id = $1", [tenant]), 'missing_value', 422, false],
        [() => db.query('SELECT $1::int AS n', ['seven']), 'invalid_value', 400, false],
        [() => db.query('SELECT 99999999999::int4 AS n'), 'invalid_value', 400, false],
        [() => raise('40001'), 'concurrent_change', 409, true],
        [() => raise('40P01'), 'concurrent_change', 409, true],
      ];
      for (const [run, code, status, retryable] of cases) {
        const error = await rejection(run());
        expect({ code: error.code, status: error.status, retryable: error.retryable }).toEqual({ code, status, retryable });
      }
      expect((await rejection(insert('A@X.CN'))).meta).toMatchObject({ sqlState: '23505', constraint: 'users_email_key' });
    });

    it('leaves unmapped errors as they are (a server error)', async () => {
      const error: unknown = await db.query('SELECT * FROM no_such_table').catch((e: unknown) => e);
      expect(error).not.toBeInstanceOf(AppError);
      expect((error as { code?: string }).code).toBe('42P01');
    });

    tenancyContract(() => db, harness);
  });
}
