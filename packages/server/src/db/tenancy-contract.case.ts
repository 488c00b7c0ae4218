/** @module The store contract, part two: migrations, and row-level security keeping tenants apart. */
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate, pendingMigrations } from '../migrations/runner.js';
import type { Db } from './port.js';
import { newTenant, rejection } from '../test-support/store-fixtures.js';
import type { StoreHarness } from '../test-support/store-fixtures.js';
import { TENANT_STATUSES } from './tables.js';
import type { UserRow } from './tables.js';

async function seedUser(db: Db, tenant: string, email: string): Promise<string> {
  const [row] = await db.query<{ id: string }>("INSERT INTO users (tenant_id, email, display_name) VALUES ($1, $2, 'U') RETURNING id", [tenant, email]);
  return row!.id;
}

/** Runs the tenancy and migration part of the contract; `db` is the suite's migrated database. */
export function tenancyContract(current: () => Db, harness: StoreHarness): void {
  describe('migrations', () => {
    it('apply once, even when started twice at the same time', async () => {
      const { db, dispose } = await harness.openEmpty();
      try {
        const all = loadMigrations().map((m) => m.id);
        expect(await pendingMigrations(db)).toEqual(all);
        const [first, second] = await Promise.all([migrate(db), migrate(db)]);
        expect([...first!, ...second!].sort()).toEqual(all);
        expect(await pendingMigrations(db)).toEqual([]);
        expect(await migrate(db)).toEqual([]);
      } finally {
        await dispose();
      }
    });

    it('create heng_app as a plain role', async () => {
      const rows = await current().query("SELECT rolsuper, rolbypassrls, rolcanlogin FROM pg_roles WHERE rolname = 'heng_app'");
      expect(rows).toEqual([{ rolsuper: false, rolbypassrls: false, rolcanlogin: false }]);
    });

    it('enable and force row-level security, with a policy, on every table with tenant_id', async () => {
      const tables = await current().query<{ table: string; enabled: boolean; forced: boolean; policies: number }>(`
        SELECT c.relname AS table, c.relrowsecurity AS enabled, c.relforcerowsecurity AS forced,
               (SELECT count(*) FROM pg_policy p WHERE p.polrelid = c.oid)::int AS policies
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r'
          AND (c.relname = 'tenants' OR EXISTS (SELECT FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id'))
        ORDER BY c.relname`);
      expect(tables.map((t) => t.table)).toEqual(expect.arrayContaining(['roles', 'tenants', 'user_roles', 'users']));
      expect(tables.filter((t) => !t.enabled || !t.forced || t.policies === 0)).toEqual([]);
    });

    it('keep heng_app away from schema_migrations', async () => {
      const [row] = await current().query("SELECT has_table_privilege('heng_app', 'schema_migrations', 'SELECT') AS can");
      expect(row).toEqual({ can: false });
    });

    it('mirror the tenant status union in the CHECK constraint', async () => {
      const db = current();
      const tenant = await newTenant(db);
      for (const status of TENANT_STATUSES) await db.query('UPDATE tenants SET status = $1 WHERE id = $2', [status, tenant]);
      expect((await rejection(db.query("UPDATE tenants SET status = 'closed' WHERE id = $1", [tenant]))).status).toBe(422);
    });
  });

  describe('row-level security', () => {
    it('runs tenant work as heng_app, though the connection is a superuser', async () => {
      const db = current();
      const tenant = await newTenant(db);
      expect(await db.query('SELECT rolsuper FROM pg_roles WHERE rolname = session_user')).toEqual([{ rolsuper: true }]);
      const inside = await db.withTenant(tenant, (tx) => tx.query("SELECT current_user AS who, current_setting('app.tenant_id') AS tenant"));
      expect(inside).toEqual([{ who: 'heng_app', tenant }]);
      const [after] = await db.query<{ who: string }>('SELECT current_user AS who');
      expect(after!.who).not.toBe('heng_app');
    });

    it("hides tenant B's rows inside withTenant(A) and refuses to write them", async () => {
      const db = current();
      const [a, b] = [await newTenant(db), await newTenant(db)];
      await seedUser(db, a, 'ann@a.cn');
      const bob = await seedUser(db, b, 'bob@b.cn');
      await db.query("INSERT INTO roles (tenant_id, id, name_zh, name_en) VALUES ($1, 'sales', '销售', 'Sales')", [b]);
      await db.query("INSERT INTO user_roles (tenant_id, user_id, role_id) VALUES ($1, $2, 'sales')", [b, bob]);

      const seen = await db.withTenant(a, async (tx) => ({
        users: await tx.query('SELECT email FROM users'),
        tenants: await tx.query<{ id: string }>('SELECT id FROM tenants'),
        roles: await tx.query('SELECT id FROM roles'),
        userRoles: await tx.query('SELECT role_id FROM user_roles'),
        byId: await tx.query('SELECT id FROM users WHERE tenant_id = $1 AND id = $2', [b, bob]),
        updated: await tx.query("UPDATE users SET display_name = 'hacked' WHERE tenant_id = $1 RETURNING id", [b]),
        deleted: await tx.query('DELETE FROM users WHERE tenant_id = $1 RETURNING id', [b]),
      }));
      expect(seen).toEqual({ users: [{ email: 'ann@a.cn' }], tenants: [{ id: a }], roles: [], userRoles: [], byId: [], updated: [], deleted: [] });

      const insert = db.withTenant(a, (tx) => tx.query("INSERT INTO users (tenant_id, email, display_name) VALUES ($1, 'eve@b.cn', 'Eve')", [b]));
      expect((await rejection(insert)).code).toBe('forbidden');
      const move = db.withTenant(a, (tx) => tx.query('UPDATE users SET tenant_id = $1 RETURNING id', [b]));
      expect((await rejection(move)).code).toBe('forbidden');
      expect(await db.query('SELECT email, display_name FROM users WHERE tenant_id = $1', [b])).toEqual([{ email: 'bob@b.cn', display_name: 'U' }]);
    });

    it('shows heng_app nothing while no tenant is set', async () => {
      const db = current();
      await seedUser(db, await newTenant(db), 'nobody@a.cn');
      const seen = await db.transaction(async (tx) => {
        await tx.query("SELECT set_config('role', 'heng_app', true)");
        return tx.query('SELECT count(*)::int AS n FROM users');
      });
      expect(seen).toEqual([{ n: 0 }]);
    });

    it('lets a tenant read and write its own rows', async () => {
      const db = current();
      const a = await newTenant(db);
      const id = await db.withTenant(a, async (tx) => {
        const [row] = await tx.query<{ id: string }>("INSERT INTO users (tenant_id, email, display_name) VALUES ($1, 'own@a.cn', 'Own') RETURNING id", [a]);
        await tx.query("UPDATE users SET display_name = 'Owner' WHERE id = $1", [row!.id]);
        return row!.id;
      });
      const rows = await db.query<UserRow>('SELECT * FROM users WHERE tenant_id = $1 AND id = $2', [a, id]);
      const iso = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(rows).toEqual([
        { tenant_id: a, id, email: 'own@a.cn', display_name: 'Owner', password_hash: null, manager_id: null, active: true, created_at: iso, updated_at: iso },
      ]);
    });
  });
}
