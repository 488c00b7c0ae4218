import { describe, expect, it } from 'vitest';
import { importBundle } from '../bundles/import.js';
import { CompiledCache } from '../definitions/compiled-cache.js';
import type { Queryable } from '../db/port.js';
import { latestForm } from '../records/form.js';
import { findRecord } from '../records/store.js';
import { RECORD_TEST_MODULES } from '../records/testing.js';
import { createRecord } from '../records/write.js';
import type { Writer } from '../records/write.js';
import { newCompany, onBothDatabases } from '../tenancy/testing.js';
import { DeferredRollups } from './deferred-rollups.js';

const t = (en: string) => ({ en, 'zh-CN': en });
const formOf = (id: string, fields: object[]) => ({ kind: 'form', id, name: t(id), fields, sections: [{ id: 'main', label: t('Main'), columns: 2, fields: fields.map((f) => (f as { id: string }).id) }] });

// A customer rolls up its receivables, which roll up their payments and copy the customer's name:
// forms that refer to each other both ways, imported as one bundle.
const ledger = {
  format: 'heng.bundle/1', id: 'ledger', name: t('Ledger'), version: '1.0.0', roles: [],
  definitions: [
    formOf('customer', [
      { id: 'company_name', type: 'text', label: t('Company'), required: true },
      { id: 'open_receivables', type: 'rollup', label: t('Open'), from: 'receivable', via: 'customer', aggregate: 'sum', field: 'outstanding', resultType: 'money' },
      { id: 'receivable_count', type: 'rollup', label: t('Receivables'), from: 'receivable', via: 'customer', aggregate: 'count', resultType: 'number' },
    ]),
    formOf('receivable', [
      { id: 'customer', type: 'reference', target: 'customer', label: t('Customer'), required: true },
      { id: 'customer_name', type: 'lookup', label: t('Customer name'), via: 'customer', field: 'company_name', resultType: 'text' },
      { id: 'amount', type: 'money', label: t('Amount'), required: true },
      { id: 'paid', type: 'rollup', label: t('Paid'), from: 'payment', via: 'receivable', aggregate: 'sum', field: 'amount', resultType: 'money' },
      { id: 'outstanding', type: 'formula', label: t('Outstanding'), formula: 'amount - paid', resultType: 'money' },
    ]),
    formOf('payment', [
      { id: 'receivable', type: 'reference', target: 'receivable', label: t('Receivable'), required: true },
      { id: 'amount', type: 'money', label: t('Amount'), required: true },
    ]),
  ],
};

const forms = new CompiledCache();

onBothDatabases(
  (app) => {
    describe('deferred rollups', () => {
      it('imports forms that refer to each other both ways, then refreshes each record a bulk write touched once, upstream first', async () => {
        const { db, clock } = app();
        const co = await newCompany(db);
        const by: Writer = { tenantId: co.tenantId, userId: co.adminId, roles: ['admin'], now: clock.now() };
        await db.withTenant(co.tenantId, async (tx) => {
          await importBundle(tx, ledger, {}, { ...by, userId: co.adminId });
          const sink = new DeferredRollups();
          const write = async (form: string, values: object) => (await createRecord(tx, await latestForm(tx, forms, co.tenantId, form), form, { ...values }, { ...by, rollups: sink } as Writer)).id;
          const read = async (q: Queryable, form: string, id: string) => (await findRecord(q, co.tenantId, form, id))!;

          const c = await write('customer', { company_name: 'Acme' });
          const r1 = await write('receivable', { customer: c, amount: 1000.1 });
          const r2 = await write('receivable', { customer: c, amount: 500 });
          for (const [r, amount] of [[r1, 300.05], [r1, 700.05], [r2, 100]] as const) await write('payment', { receivable: r, amount });
          // Nothing was rolled up yet: the writes only noted what to refresh.
          expect((await read(tx, 'receivable', r1)).data).toMatchObject({ paid: 0, outstanding: 1000.1, customer_name: 'Acme' });
          expect((await read(tx, 'customer', c)).data).toMatchObject({ open_receivables: 0, receivable_count: 0 });

          // The receivables first (their payments), then the customer (its receivables, as they now are): three records, once each.
          expect(await sink.flush(tx, by)).toBe(3);
          expect((await read(tx, 'receivable', r1))).toMatchObject({ revision: 2, data: { paid: 1000.1, outstanding: 0 } });
          expect((await read(tx, 'receivable', r2))).toMatchObject({ revision: 2, data: { paid: 100, outstanding: 400 } });
          expect((await read(tx, 'customer', c))).toMatchObject({ revision: 2, data: { open_receivables: 400, receivable_count: 2 } });
          expect(await sink.flush(tx, by)).toBe(0);
        });
      });
    });
  },
  { modules: RECORD_TEST_MODULES },
);
