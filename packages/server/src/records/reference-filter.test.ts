import { describe, expect, it } from 'vitest';
import { createAndPublish } from '../definitions/testing.js';
import type { Caller } from '../definitions/testing.js';
import { onBothDatabases } from '../tenancy/testing.js';
import { created, RECORD_TEST_MODULES, shop } from './testing.js';

const t = (en: string, zh = en) => ({ en, 'zh-CN': zh });
const RECEIVABLES = '/api/forms/receivable/records';
const PAYMENTS = '/api/forms/payment/records';

const receivableForm = {
  kind: 'form',
  id: 'receivable',
  name: t('Receivable', '应收账款'),
  fields: [
    { id: 'invoice_no', type: 'text', label: t('Invoice') },
    { id: 'customer', type: 'reference', target: 'customer', label: t('Customer', '客户') },
    { id: 'status', type: 'single_select', label: t('Status', '状态'), options: [{ id: 'open', label: t('Open', '未结清') }, { id: 'paid', label: t('Paid', '已结清') }] },
  ],
  sections: [{ id: 'main', label: t('Main'), columns: 2, fields: ['invoice_no', 'customer', 'status'] }],
};

/** A payment offers only its customer's open receivables. */
const paymentForm = {
  kind: 'form',
  id: 'payment',
  name: t('Payment'),
  fields: [
    { id: 'customer', type: 'reference', target: 'customer', label: t('Customer', '客户') },
    {
      id: 'receivable', type: 'reference', target: 'receivable', label: t('Receivable written off', '核销应收'),
      filter: [{ field: 'customer', sameAs: 'customer' }, { field: 'status', operator: 'equal', value: 'open' }],
    },
    { id: 'notes', type: 'long_text', label: t('Notes') },
  ],
  sections: [{ id: 'main', label: t('Main'), columns: 2, fields: ['customer', 'receivable', 'notes'] }],
};

type Problems = { problems: { path: string; code: string; message: string; messageZh: string }[] };

/** A company with two customers, each with an open and a paid receivable, and the payment form. */
async function books(admin: Caller) {
  await createAndPublish(admin, receivableForm);
  await createAndPublish(admin, paymentForm);
  const acme = (await created(admin, { company_name: 'Acme' })).id;
  const bolt = (await created(admin, { company_name: 'Bolt' })).id;
  const receivable = async (customer: string, status: string) => (await created(admin, { invoice_no: `${customer}-${status}`, customer, status }, RECEIVABLES)).id;
  return { acme, bolt, acmeOpen: await receivable(acme, 'open'), acmePaid: await receivable(acme, 'paid'), boltOpen: await receivable(bolt, 'open') };
}

const problemsOf = async (res: Response) => {
  expect(res.status, await res.clone().text()).toBe(422);
  return ((await res.json()) as Problems).problems;
};

onBothDatabases(
  (app) => {
    describe('a reference field\'s filter', () => {
      it('accepts only a record that matches it, and says which part the one picked fails', async () => {
        const { admin } = await shop(app());
        const b = await books(admin);
        const pay = (data: object) => admin.call('POST', PAYMENTS, data);

        const [other] = await problemsOf(await pay({ customer: b.acme, receivable: b.boltOpen }));
        expect(other).toMatchObject({ path: '/receivable', code: 'record.reference.filter' });
        expect(other?.message).toBe('The receivable picked for "Receivable written off" has another customer than this record\'s "Customer": pick one from the list, which offers only those of the same customer.');
        expect(other?.messageZh).toBe('"核销应收" 所选应收账款的客户与本记录的"客户"不同：请从列表中选择，列表只提供同一客户的记录。');
        const [paid] = await problemsOf(await pay({ customer: b.acme, receivable: b.acmePaid }));
        expect(paid?.message).toBe('"Receivable written off" offers only receivable records whose status equals Open: the one picked is not one. Pick one from the list.');

        expect((await pay({ customer: b.acme, receivable: b.acmeOpen })).status).toBe(201);
        // With no customer yet, the entry comparing with it is skipped; the rest still holds.
        expect((await pay({ receivable: b.boltOpen })).status).toBe(201);
        expect((await problemsOf(await pay({ receivable: b.acmePaid }))).map((p) => p.code)).toEqual(['record.reference.filter']);
      });

      it('holds a changed reference to it, or one whose customer changes, but not one the record already held', async () => {
        const { admin } = await shop(app());
        const b = await books(admin);
        const made = (await created(admin, { customer: b.acme, receivable: b.acmeOpen }, PAYMENTS)).body as { id: string; revision: number };
        const patch = (data: object, rev: number) => admin.call('PATCH', `${PAYMENTS}/${made.id}`, data, { 'If-Match': `"${rev}"` });
        // The receivable is paid since: the payment's notes may still be edited.
        const receivable = (await (await admin.call('GET', `${RECEIVABLES}/${b.acmeOpen}`)).json()) as { revision: number };
        expect((await admin.call('PATCH', `${RECEIVABLES}/${b.acmeOpen}`, { status: 'paid' }, { 'If-Match': `"${receivable.revision}"` })).status).toBe(200);
        const edited = await patch({ notes: 'Wired on Monday' }, made.revision);
        expect(edited.status, await edited.clone().text()).toBe(200);
        // Moving it to another customer holds the receivable it keeps to the filter again.
        expect((await problemsOf(await patch({ customer: b.bolt }, made.revision + 1))).map((p) => `${p.path} ${p.code}`)).toEqual(['/receivable record.reference.filter']);
        expect((await patch({ customer: b.bolt, receivable: b.boltOpen }, made.revision + 1)).status).toBe(200);
      });

      it('does not spell out a filter on a field hidden from the writer, which would tell its value', async () => {
        const { admin, sales } = await shop(app());
        await createAndPublish(admin, { ...receivableForm, fields: receivableForm.fields.map((f) => (f.id === 'status' ? { ...f, access: { salesperson: 'hidden' } } : f)) });
        await createAndPublish(admin, paymentForm);
        const acme = (await created(admin, { company_name: 'Acme' })).id;
        const paid = (await created(admin, { invoice_no: 'A-1', customer: acme, status: 'paid' }, RECEIVABLES)).id;
        const [hidden] = await problemsOf(await sales.call('POST', PAYMENTS, { customer: acme, receivable: paid }));
        expect(hidden).toMatchObject({ path: '/receivable', code: 'record.reference.filter' });
        expect([hidden?.message, hidden?.messageZh]).toEqual(['"Receivable written off" does not offer the record picked: pick one from the list.', '"核销应收" 不提供所选记录：请从列表中选择。']);
        const [told] = await problemsOf(await admin.call('POST', PAYMENTS, { customer: acme, receivable: paid }));
        expect(told?.message).toContain('whose status equals Open');
      });

      it('is what the records list serves as filters, as the picker asks for it', async () => {
        const { admin } = await shop(app());
        const b = await books(admin);
        const res = await admin.call('GET', `${RECEIVABLES}?filter[customer][eq]=${b.acme}&filter[status][eq]=open`);
        const page = (await res.json()) as { items: { id: string }[] };
        expect(page.items.map((r) => r.id)).toEqual([b.acmeOpen]);
      });
    });
  },
  { modules: RECORD_TEST_MODULES },
);
