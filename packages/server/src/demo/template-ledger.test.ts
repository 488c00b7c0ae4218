import { describe, expect, it } from 'vitest';
import type { Caller } from '../definitions/testing.js';
import { onBothDatabases } from '../tenancy/testing.js';
import { body, create, creditCompany, invoice, newcomer, payment, read, TEMPLATE_TEST_MODULES } from './testing.js';
import type { Rec } from './testing.js';

// The credit template's ledger of receivables and payments: finance's to keep, due dates checked,
// and a settled receivable reopened when a payment is taken back.
const TODAY = '2025-06-30T01:00:00.000Z'; // 09:00 in Beijing

/** The messages of `who`'s notifications, in English. */
async function told(who: Caller): Promise<string[]> {
  return (await body<{ items: { message: { en: string } }[] }>(await who.call('GET', '/api/notifications'))).items.map((n) => n.message.en);
}

const settlement = (r: Rec) => [r.data.status, r.data.outstanding, r.data.settled_on ?? null, r.data.days_late_at_payment ?? null];

onBothDatabases(
  (app) => {
    describe('the credit template’s ledger', () => {
      it('lets finance, not sales, create, change and delete receivables and payments', async () => {
        const t = app();
        t.clock.set(TODAY);
        const co = await creditCompany(t);
        const c = await create(co.as.finance, 'customer', newcomer('厦门海润贸易有限公司', 3, co.ids.sales!));
        const bill = invoice(c.id, 'INV-L', 30_000, co.ids.sales!, '2025-06-01', '2025-07-15');
        const refused = await body<{ code: string; detail: string }>(await co.as.sales.call('POST', '/api/forms/receivable/records', bill), 403);
        expect(refused).toMatchObject({ code: 'record.forbidden', detail: expect.stringContaining('“应收账款” (Receivable): the form lets only Finance director, Admin / boss do that') });
        const r = await create(co.as.finance, 'receivable', bill);
        const p = await create(co.as.finance, 'payment', payment(c.id, r.id, 10_000, '2025-06-30'));
        for (const [method, form, id, revision] of [['PATCH', 'receivable', r.id, 2], ['DELETE', 'receivable', r.id, 2], ['PATCH', 'payment', p.id, 1], ['DELETE', 'payment', p.id, 1]] as const) {
          const res = await co.as.sales.call(method, `/api/forms/${form}/records/${id}`, method === 'PATCH' ? { notes: '改' } : undefined, { 'If-Match': `"${revision}"` });
          expect([method, form, res.status]).toEqual([method, form, 403]);
        }
        expect((await co.as.finance.call('PATCH', `/api/forms/payment/records/${p.id}`, { amount: 12_000 }, { 'If-Match': '"1"' })).status).toBe(200);
        expect((await read(co.admin, 'receivable', r.id)).data).toMatchObject({ paid_amount: 12_000, outstanding: 18_000 });
      });

      it('refuses a receivable due before it was issued, in both languages', async () => {
        const t = app();
        t.clock.set(TODAY);
        const co = await creditCompany(t);
        const c = await create(co.as.finance, 'customer', newcomer('泉州启明鞋材有限公司', 4, co.ids.sales!));
        const res = await co.as.finance.call('POST', '/api/forms/receivable/records', invoice(c.id, 'INV-BACK', 5_000, co.ids.sales!, '2025-06-20', '2025-06-19'));
        const problem = await body<{ problems: { path: string; message: string; messageZh: string }[] }>(res, 422);
        expect(problem.problems).toEqual([expect.objectContaining({ path: '/due_date', message: expect.stringContaining('The due date is before the issue date'), messageZh: expect.stringContaining('到期日早于开票日期') })]);
        await create(co.as.finance, 'receivable', invoice(c.id, 'INV-SAME', 5_000, co.ids.sales!, '2025-06-20', '2025-06-20'));
      });

      it('dates a receivable left without a due date by its customer’s payment terms, and keeps one typed in', async () => {
        const t = app();
        t.clock.set(TODAY);
        const co = await creditCompany(t);
        // A new customer rated A: 45 days.
        const c = await create(co.as.finance, 'customer', newcomer('泉州启明鞋材有限公司', 5, co.ids.sales!));
        expect(c.data).toMatchObject({ credit_grade: 'A', payment_terms_days: 45 });
        const { due_date: _typed, ...undated } = invoice(c.id, 'INV-TERMS', 5_000, co.ids.sales!, '2025-06-20', '');
        // 20 June + 45 days = 4 August.
        const r = await create(co.as.finance, 'receivable', undated);
        expect(r.data).toMatchObject({ customer_terms: 45, due_date: '2025-08-04' });
        const typed = await create(co.as.finance, 'receivable', invoice(c.id, 'INV-TYPED', 5_000, co.ids.sales!, '2025-06-20', '2025-07-20'));
        expect(typed.data).toMatchObject({ customer_terms: 45, due_date: '2025-07-20' });
      });

      it('reopens a settled receivable when its payment is lowered or deleted: open, settlement cleared, sales and finance told', async () => {
        const t = app();
        t.clock.set(TODAY);
        const co = await creditCompany(t);
        const c = await create(co.as.finance, 'customer', newcomer('漳州华达建材有限公司', 5, co.ids.sales!));
        const r = await create(co.as.finance, 'receivable', invoice(c.id, 'INV-R', 30_000, co.ids.sales!, '2025-05-01', '2025-06-15'));
        const p = await create(co.as.finance, 'payment', payment(c.id, r.id, 30_000, '2025-06-30'));
        expect(settlement(await read(co.admin, 'receivable', r.id))).toEqual(['paid', 0, '2025-06-30', 15]);

        // Lowered to 20,000: 10,000 owed again, so open again; raised back, settled again.
        expect((await co.as.finance.call('PATCH', `/api/forms/payment/records/${p.id}`, { amount: 20_000 }, { 'If-Match': '"1"' })).status).toBe(200);
        expect(settlement(await read(co.admin, 'receivable', r.id))).toEqual(['open', 10_000, null, null]);
        expect((await co.as.finance.call('PATCH', `/api/forms/payment/records/${p.id}`, { amount: 30_000 }, { 'If-Match': '"2"' })).status).toBe(200);
        expect(settlement(await read(co.admin, 'receivable', r.id))).toEqual(['paid', 0, '2025-06-30', 15]);

        // Deleted: all 30,000 owed again.
        expect((await co.as.finance.call('DELETE', `/api/forms/payment/records/${p.id}`, undefined, { 'If-Match': '"3"' })).status).toBe(204);
        expect(settlement(await read(co.admin, 'receivable', r.id))).toEqual(['open', 30_000, null, null]);
        expect((await read(co.admin, 'customer', c.id)).data).toMatchObject({ open_receivables: 30_000 });
        const reopened = 'A payment of invoice INV-R of 漳州华达建材有限公司 was deleted or lowered: it is open again, 30,000.00 CNY owed.';
        expect(await told(co.as.sales)).toContain(reopened);
        expect(await told(co.as.finance)).toContain(reopened);
      });
    });
  },
  { modules: TEMPLATE_TEST_MODULES },
);
