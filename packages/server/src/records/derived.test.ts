import { describe, expect, it } from 'vitest';
import { caller, createAndPublish } from '../definitions/testing.js';
import type { Caller } from '../definitions/testing.js';
import { onBothDatabases } from '../tenancy/testing.js';
import { RECORD_TEST_MODULES } from './testing.js';

const t = (en: string) => ({ en, 'zh-CN': en });
const formOf = (id: string, fields: object[]) => ({ kind: 'form', id, name: t(id), fields, sections: [{ id: 'main', label: t('Main'), columns: 2, fields: fields.map((f) => (f as { id: string }).id) }] });

const customer = formOf('customer', [
  { id: 'company_name', type: 'text', label: t('Company'), required: true },
  { id: 'credit_limit', type: 'money', label: t('Limit') },
  { id: 'open_receivables', type: 'rollup', label: t('Open receivables'), from: 'receivable', via: 'customer', aggregate: 'sum', field: 'outstanding', resultType: 'money', where: { fact: 'outstanding', operator: 'greaterThan', value: 0 } },
  { id: 'receivable_count', type: 'rollup', label: t('Receivables'), from: 'receivable', via: 'customer', aggregate: 'count', resultType: 'number' },
  { id: 'available', type: 'formula', label: t('Available'), formula: 'credit_limit - open_receivables', resultType: 'money' },
]);
const receivable = formOf('receivable', [
  { id: 'customer', type: 'reference', target: 'customer', label: t('Customer'), required: true },
  { id: 'amount', type: 'money', label: t('Amount'), required: true },
  { id: 'paid', type: 'rollup', label: t('Paid'), from: 'payment', via: 'receivable', aggregate: 'sum', field: 'amount', resultType: 'money' },
  { id: 'outstanding', type: 'formula', label: t('Outstanding'), formula: 'amount - paid', resultType: 'money' },
  { id: 'limit_then', type: 'lookup', label: t('Limit then'), via: 'customer', field: 'credit_limit', resultType: 'money', copy: 'on_create' },
  { id: 'limit_now', type: 'lookup', label: t('Limit now'), via: 'customer', field: 'credit_limit', resultType: 'money' },
]);
const payment = formOf('payment', [
  { id: 'receivable', type: 'reference', target: 'receivable', label: t('Receivable'), required: true },
  { id: 'amount', type: 'money', label: t('Amount'), required: true },
]);

async function ledger(app: Parameters<typeof caller>[0]): Promise<Caller> {
  const admin = await caller(app, ['admin']);
  // The customer's rollups read receivables, which reference customers: publish a stub first, then the rollups.
  await createAndPublish(admin, formOf('customer', [customer.fields[0]!, customer.fields[1]!]));
  await createAndPublish(admin, formOf('receivable', [receivable.fields[0]!, receivable.fields[1]!]));
  await createAndPublish(admin, payment);
  for (const def of [receivable, customer]) await publishAgain(admin, def);
  return admin;
}

/** Saves `def` as the draft of its published form, and publishes it. */
async function publishAgain(admin: Caller, def: { readonly id: string } & Record<string, unknown>): Promise<void> {
  const draft = await admin.call('GET', `/api/definitions/form/${def.id}/draft`);
  const revision = Number((draft.headers.get('etag') ?? '"0"').replaceAll('"', ''));
  expect((await admin.call('PUT', `/api/definitions/form/${def.id}/draft`, def, { 'If-Match': `"${revision}"` })).status).toBe(200);
  expect((await admin.call('POST', `/api/definitions/form/${def.id}/publish`, {}, { 'If-Match': `"${revision + 1}"` })).status).toBe(201);
}

type Rec = { id: string; revision: number; data: Record<string, unknown> };
const make = async (who: Caller, form: string, data: object): Promise<Rec> => {
  const res = await who.call('POST', `/api/forms/${form}/records`, data);
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as Rec;
};
const read = async (who: Caller, form: string, id: string): Promise<Rec> => (await (await who.call('GET', `/api/forms/${form}/records/${id}`)).json()) as Rec;

onBothDatabases(
  (app) => {
    describe('lookups and rollups', () => {
      it('rolls up a record that a later form version finds incomplete: what it already lacked is not held against the refresh', async () => {
        const a = await ledger(app());
        const c = await make(a, 'customer', { company_name: 'Acme', credit_limit: 5000 });
        // The customer form now requires a region, which Acme, made before, does not have.
        await publishAgain(a, { ...customer, fields: [...customer.fields, { id: 'region', type: 'text', label: t('Region'), required: true }], sections: [{ ...customer.sections[0]!, fields: [...customer.sections[0]!.fields, 'region'] }] });
        const r = await make(a, 'receivable', { customer: c.id, amount: 1000 });
        expect((await read(a, 'customer', c.id)).data).toMatchObject({ open_receivables: 1000, receivable_count: 1, available: 4000 });
        // A change of its own is still checked against the form as it now is.
        const refused = await a.call('PATCH', `/api/forms/customer/records/${c.id}`, { credit_limit: 6000 }, { 'If-Match': `"${(await read(a, 'customer', c.id)).revision}"` });
        expect(refused.status).toBe(422);
        expect((await read(a, 'receivable', r.id)).data).toMatchObject({ outstanding: 1000 });
      });

      it('keeps a receivable paid amount and a customer exposure current as payments come and go', async () => {
        const a = await ledger(app());
        const c = await make(a, 'customer', { company_name: 'Acme', credit_limit: 5000 });
        expect(c.data).toMatchObject({ open_receivables: 0, receivable_count: 0, available: 5000 });
        const r = await make(a, 'receivable', { customer: c.id, amount: 1000.1 });
        expect(r.data).toMatchObject({ paid: 0, outstanding: 1000.1, limit_then: 5000, limit_now: 5000 });
        expect((await read(a, 'customer', c.id)).data).toMatchObject({ open_receivables: 1000.1, receivable_count: 1, available: 3999.9 });

        const p1 = await make(a, 'payment', { receivable: r.id, amount: 300.05 });
        await make(a, 'payment', { receivable: r.id, amount: 700.05 });
        expect((await read(a, 'receivable', r.id)).data).toMatchObject({ paid: 1000.1, outstanding: 0 });
        expect((await read(a, 'customer', c.id)).data).toMatchObject({ open_receivables: 0, available: 5000 });

        expect((await a.call('DELETE', `/api/forms/payment/records/${p1.id}`, undefined, { 'If-Match': `"${p1.revision}"` })).status).toBe(204);
        expect((await read(a, 'receivable', r.id)).data).toMatchObject({ paid: 700.05, outstanding: 300.05 });
        expect((await read(a, 'customer', c.id)).data).toMatchObject({ open_receivables: 300.05, available: 4699.95 });
      });

      it('refuses to delete a record live records still name, top-level or in a sub-table row, naming their forms, and deletes it once they are gone', async () => {
        const a = await ledger(app());
        await createAndPublish(a, formOf('batch', [{ id: 'lines', type: 'sub_table', label: t('Lines'), columns: [{ id: 'receivable', type: 'reference', target: 'receivable', label: t('Receivable') }] }]));
        const c = await make(a, 'customer', { company_name: 'Acme', credit_limit: 5000 });
        const r = await make(a, 'receivable', { customer: c.id, amount: 100 });
        const p = await make(a, 'payment', { receivable: r.id, amount: 10 });
        const b = await make(a, 'batch', { lines: [{ receivable: r.id }] });
        const del = async (form: string, id: string) => a.call('DELETE', `/api/forms/${form}/records/${id}`, undefined, { 'If-Match': `"${(await read(a, form, id)).revision}"` });
        const refusal = async (form: string, id: string) => {
          const res = await del(form, id);
          expect(res.status).toBe(409);
          return (await res.json()) as { code: string; detail: string; detailZh: string };
        };
        expect(await refusal('receivable', r.id)).toMatchObject({ code: 'record.referenced', detail: expect.stringContaining('Records of "batch", "payment" still refer to this record') as string });
        expect((await refusal('customer', c.id)).detail).toContain('"receivable"');
        // Nothing was deleted by the refusals.
        expect((await a.call('GET', `/api/forms/receivable/records/${r.id}`)).status).toBe(200);
        expect((await del('payment', p.id)).status).toBe(204);
        expect((await refusal('receivable', r.id)).detailZh).toContain('仍有“batch”的记录引用此记录');
        expect((await del('batch', b.id)).status).toBe(204);
        expect((await del('receivable', r.id)).status).toBe(204);
        expect((await del('customer', c.id)).status).toBe(204);
      });

      it('copies on_create lookups once (again when the reference moves), refreshes the others on write, and refuses values typed into computed fields', async () => {
        const a = await ledger(app());
        const c = await make(a, 'customer', { company_name: 'Beta', credit_limit: 100 });
        const r = await make(a, 'receivable', { customer: c.id, amount: 10 });
        const c2 = await read(a, 'customer', c.id);
        expect((await a.call('PATCH', `/api/forms/customer/records/${c.id}`, { credit_limit: 900 }, { 'If-Match': `"${c2.revision}"` })).status).toBe(200);
        const r2 = await read(a, 'receivable', r.id);
        expect(r2.data).toMatchObject({ limit_then: 100, limit_now: 100 });
        const touched = await a.call('PATCH', `/api/forms/receivable/records/${r.id}`, { amount: 11 }, { 'If-Match': `"${r2.revision}"` });
        const r3 = (await touched.json()) as Rec;
        expect(r3.data).toMatchObject({ limit_then: 100, limit_now: 900 });
        // Moved to another customer, the receivable takes that customer's limit, copied-once or not.
        const other = await make(a, 'customer', { company_name: 'Gamma', credit_limit: 40 });
        const moved = await a.call('PATCH', `/api/forms/receivable/records/${r.id}`, { customer: other.id }, { 'If-Match': `"${r3.revision}"` });
        expect(((await moved.json()) as Rec).data).toMatchObject({ limit_then: 40, limit_now: 40 });
        const typed = await a.call('POST', '/api/forms/receivable/records', { customer: c.id, amount: 5, paid: 5 });
        expect(typed.status).toBe(422);
        expect(((await typed.json()) as { problems: { path: string; code: string }[] }).problems).toEqual([expect.objectContaining({ path: '/paid', code: 'access.computed' })]);
      });
    });
  },
  { modules: RECORD_TEST_MODULES },
);
