import { describe, expect, it } from 'vitest';
import { importBundle } from '../bundles/import.js';
import { CompiledCache } from '../definitions/compiled-cache.js';
import type { Db, Queryable } from '../db/port.js';
import { AppError } from '../http/app-error.js';
import { newCompany } from '../tenancy/testing.js';
import { createTestPostgres } from '../test-support/databases.js';
import { latestForm } from './form.js';
import { findRecord } from './store.js';
import { createRecord, deleteRecord } from './write.js';
import type { Writer } from './write.js';

const t = (en: string) => ({ en, 'zh-CN': en });
const formOf = (id: string, fields: object[]) => ({ kind: 'form', id, name: t(id), fields, sections: [{ id: 'main', label: t('Main'), columns: 2, fields: fields.map((f) => (f as { id: string }).id) }] });
const shop = {
  format: 'heng.bundle/1', id: 'shop', name: t('Shop'), version: '1.0.0', roles: [],
  definitions: [
    formOf('customer', [{ id: 'company_name', type: 'text', label: t('Company'), required: true }]),
    formOf('sales_order', [{ id: 'customer', type: 'reference', target: 'customer', label: t('Customer'), required: true }]),
  ],
};

const forms = new CompiledCache();

/** How many of the database's sessions wait on a lock. */
const waiting = async (db: Db) => (await db.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()"))[0]?.n;

/** What a write's promise came to: its status, for an AppError. */
const outcome = (p: Promise<unknown>) => p.then(() => 'done', (e: unknown) => (e instanceof AppError ? e.status : e));

describe('a delete and a write that names the same record, at once, on PostgreSQL', () => {
  it('never leaves the write pointing at a deleted record, whichever goes first', async () => {
    const pg = await createTestPostgres();
    try {
      const co = await newCompany(pg.db);
      const by: Writer = { tenantId: co.tenantId, userId: co.adminId, roles: ['admin'], now: new Date('2025-03-01T00:00:00Z') };
      const inTenant = <T>(fn: (tx: Queryable) => Promise<T>) => pg.db.withTenant(co.tenantId, fn);
      await inTenant((tx) => importBundle(tx, shop, {}, { ...by, userId: co.adminId }));
      const customer = () => inTenant(async (tx) => (await createRecord(tx, await latestForm(tx, forms, co.tenantId, 'customer'), 'customer', { company_name: 'Acme' }, by)).id);
      const remove = (id: string) => inTenant(async (tx) => deleteRecord(tx, await latestForm(tx, forms, co.tenantId, 'customer'), 'customer', id, 1, by));

      // The order's write has checked its customer and waits to commit; the delete comes meanwhile.
      const first = await customer();
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let checked!: () => void;
      const orderChecked = new Promise<void>((resolve) => (checked = resolve));
      const order = outcome(inTenant(async (tx) => {
        await createRecord(tx, await latestForm(tx, forms, co.tenantId, 'sales_order'), 'sales_order', { customer: first }, by);
        checked();
        await held;
      }));
      await orderChecked;
      const deletion = outcome(remove(first));
      await expect.poll(() => waiting(pg.db), { timeout: 10_000 }).toBe(1);
      release();
      expect(await order).toBe('done');
      // Held until the order committed, the delete then finds it among the customer's referrers.
      expect(await deletion).toBe(409);
      expect(await inTenant((tx) => findRecord(tx, co.tenantId, 'customer', first))).toMatchObject({ id: first });

      // The delete has locked its customer and waits to commit; the order comes meanwhile.
      const second = await customer();
      let deleted!: () => void;
      const deleteDone = new Promise<void>((resolve) => (deleted = resolve));
      let commit!: () => void;
      const committing = new Promise<void>((resolve) => (commit = resolve));
      const deletion2 = outcome(inTenant(async (tx) => {
        await deleteRecord(tx, await latestForm(tx, forms, co.tenantId, 'customer'), 'customer', second, 1, by);
        deleted();
        await committing;
      }));
      await deleteDone;
      const order2 = inTenant(async (tx) => createRecord(tx, await latestForm(tx, forms, co.tenantId, 'sales_order'), 'sales_order', { customer: second }, by));
      await expect.poll(() => waiting(pg.db), { timeout: 10_000 }).toBe(1);
      commit();
      expect(await deletion2).toBe('done');
      // Held until the delete committed, the order then finds no such customer.
      await expect(order2).rejects.toMatchObject({ status: 422, problems: [expect.objectContaining({ path: '/customer', code: 'record.reference.unknown' })] });
      expect(await inTenant((tx) => tx.query("SELECT count(*)::int AS n FROM records WHERE form_id = 'sales_order' AND data ->> 'customer' = $1", [second]))).toEqual([{ n: 0 }]);
    } finally {
      await pg.drop();
    }
  });
});
