import { describe, expect, it } from 'vitest';
import { onBothDatabases } from '../tenancy/testing.js';
import { body, create, creditCompany, firedOn, invoice, newcomer, read, runScheduleAt, TEMPLATE_TEST_MODULES } from './testing.js';

// The credit template on a write-off: a receivable written off as bad debt is a loss, never a
// settlement, so the customer stays blocked and graded D with the loss in its history.
const TODAY = '2025-06-30T01:00:00.000Z'; // 09:00 in Beijing

type Rec = { id: string; revision: number; data: Record<string, unknown> };

onBothDatabases(
  (app) => {
    describe('the credit template’s bad debts', () => {
      it('writes an invoice at the legal stage off: its tasks closed, the customer blacklisted and D, nothing released, the loss in the bad-debt rate', async () => {
        const t = app();
        t.clock.set(TODAY);
        const co = await creditCompany(t);
        const c = await create(co.as.finance, 'customer', newcomer('无锡长江精工机械有限公司', 4, co.ids.sales!));
        const r = await create(co.as.finance, 'receivable', invoice(c.id, 'INV-LOSS', 40_000, co.ids.sales!, '2025-04-05', '2025-05-20'));
        // 42 days overdue on 1 July: legal, the customer high risk and frozen.
        await runScheduleAt(t, '2025-07-01T00:00:00.000Z');
        const legal = await read(co.admin, 'receivable', r.id);
        expect(legal.data).toMatchObject({ collection_stage: 'legal' });

        const res = await co.as.finance.call('PATCH', `/api/forms/receivable/records/${r.id}`, { status: 'bad_debt' }, { 'If-Match': `"${legal.revision}"` });
        expect(res.status).toBe(200);
        expect((await read(co.admin, 'receivable', r.id)).data).toMatchObject({ status: 'bad_debt', bad_debt_amount: 40_000 });
        // Out of the open receivables, in the customer's history: blacklisted, graded D, no limit.
        expect((await read(co.admin, 'customer', c.id)).data).toMatchObject({
          open_receivables: 0, legal_receivables: 0, frozen_receivables: 0, bad_debt_total: 40_000,
          blacklisted: true, blacklist_reason: '发票 INV-LOSS 核销为坏账 / Invoice INV-LOSS written off as bad debt', credit_status: 'blacklisted', credit_grade: 'D', credit_limit: 0,
        });
        const fired = await firedOn(co.admin, 'customer', c.id);
        expect(fired).toContainEqual(['blacklist', ['refuse_orders']]);
        expect(fired.filter(([set]) => set === 'collection_hold').flatMap(([, rules]) => rules)).toEqual([]);
        const status = await body<{ flags: { flag: string }[]; freezes: { scope: string }[]; tasks: unknown[] }>(await co.admin.call('GET', `/api/forms/customer/records/${c.id}/status`));
        expect(status.freezes.map((f) => f.scope)).toContain('orders');
        expect(status.flags.map((f) => f.flag).sort()).toEqual(['blacklisted', 'high_risk']);
        // Legal no longer chases it.
        expect((await body<{ tasks: unknown[] }>(await co.admin.call('GET', `/api/forms/receivable/records/${r.id}/status`))).tasks).toEqual([]);
        const notes = await body<{ items: { message: { en: string } }[] }>(await co.as.sales.call('GET', '/api/notifications'));
        expect(notes.items.map((n) => n.message.en).some((m) => m.includes('has settled every receivable'))).toBe(false);
        // Beside a settled invoice of 60,000: 40,000 written off of 100,000 invoiced, a bad-debt rate of 40%.
        const paid = await create(co.as.finance, 'receivable', { ...invoice(c.id, 'INV-PAID', 60_000, co.ids.sales!, '2025-06-01', '2025-06-30'), status: 'paid' });
        expect(paid.data).toMatchObject({ bad_debt_amount: 0 });
        const overview = await body<{ charts: { id: string; value?: number }[] }>(await co.admin.call('GET', '/api/dashboards/credit_overview/data'));
        expect(overview.charts.find((ch) => ch.id === 'bad_debt_rate')?.value).toBe(0.4);
      });

      it('blacklists the customer of a receivable imported already written off, keeping the reason of one already on the list', async () => {
        const t = app();
        t.clock.set(TODAY);
        const co = await creditCompany(t);
        const clean = await create(co.as.finance, 'customer', newcomer('无锡长江精工机械有限公司', 4, co.ids.sales!));
        const listed = await create(co.as.finance, 'customer', newcomer('广州鑫源商贸有限公司', 5, co.ids.sales!, { blacklisted: true, blacklist_reason: '恶意拖欠货款' }));
        await create(co.as.finance, 'receivable', { ...invoice(clean.id, 'INV-OLD-1', 30_000, co.ids.sales!, '2023-03-01', '2023-04-30'), status: 'bad_debt' });
        await create(co.as.finance, 'receivable', { ...invoice(listed.id, 'INV-OLD-2', 20_000, co.ids.sales!, '2023-03-01', '2023-04-30'), status: 'bad_debt' });
        expect((await read(co.admin, 'customer', clean.id)).data).toMatchObject({
          bad_debt_total: 30_000, blacklisted: true, blacklist_reason: '发票 INV-OLD-1 核销为坏账 / Invoice INV-OLD-1 written off as bad debt', credit_status: 'blacklisted',
        });
        expect(await firedOn(co.admin, 'customer', clean.id)).toContainEqual(['blacklist', ['refuse_orders']]);
        const status = await body<{ freezes: { scope: string }[] }>(await co.admin.call('GET', `/api/forms/customer/records/${clean.id}/status`));
        expect(status.freezes.map((f) => f.scope)).toEqual(['orders']);
        // The risk officer's reason stays first, the write-off under it.
        expect((await read(co.admin, 'customer', listed.id)).data).toMatchObject({
          bad_debt_total: 20_000, blacklisted: true, blacklist_reason: '恶意拖欠货款\n发票 INV-OLD-2 核销为坏账 / Invoice INV-OLD-2 written off as bad debt',
        });
        const notes = await body<{ items: { message: { en: string } }[] }>(await co.as.finance.call('GET', '/api/notifications'));
        expect(notes.items.map((n) => n.message.en).filter((m) => m.includes('was written off as bad debt')).sort()).toEqual([
          'Invoice INV-OLD-1 of 无锡长江精工机械有限公司 was written off as bad debt, a loss of 30,000.00 CNY. The customer is blacklisted and grades no better than D.',
          'Invoice INV-OLD-2 of 广州鑫源商贸有限公司 was written off as bad debt, a loss of 20,000.00 CNY. The customer is blacklisted and grades no better than D.',
        ]);
      });

      it('clears the reason when the customer is taken off the list, so a later write-off is the only reason it is back', async () => {
        const t = app();
        t.clock.set(TODAY);
        const co = await creditCompany(t);
        const listed = await create(co.as.finance, 'customer', newcomer('广州鑫源商贸有限公司', 5, co.ids.sales!, { blacklisted: true, blacklist_reason: '2023 年拖欠货款' }));
        const lifted = await body<Rec>(await co.as.risk.call('PATCH', `/api/forms/customer/records/${listed.id}`, { blacklisted: false }, { 'If-Match': `"${listed.revision}"` }));
        expect(lifted.data['blacklist_reason'] ?? null).toBeNull();
        await create(co.as.finance, 'receivable', { ...invoice(listed.id, 'INV-OLD-3', 20_000, co.ids.sales!, '2023-03-01', '2023-04-30'), status: 'bad_debt' });
        expect((await read(co.admin, 'customer', listed.id)).data).toMatchObject({ blacklisted: true, blacklist_reason: '发票 INV-OLD-3 核销为坏账 / Invoice INV-OLD-3 written off as bad debt' });
      });
    });
  },
  { modules: TEMPLATE_TEST_MODULES },
);
