import { describe, expect, it } from 'vitest';
import { onBothDatabases } from '../tenancy/testing.js';
import { runToday } from './day.js';
import { body, create, creditCompany, firedOn, invoice, newcomer, order, payment, read, runScheduleAt, TEMPLATE_TEST_MODULES } from './testing.js';
import type { CreditCompany, Rec } from './testing.js';

// The credit template on the server: lookups copied onto orders, rollups kept on receivables and
// customers, the rules and flows they drive. Every number is worked out by hand in the comments.
const TODAY = '2025-06-30T01:00:00.000Z'; // 09:00 in Beijing

async function approvalsOf(co: CreditCompany, form: string, id: string): Promise<{ id: string; flowId: string; status: string }[]> {
  return (await body<{ items: { id: string; flowId: string; status: string }[] }>(await co.admin.call('GET', `/api/forms/${form}/records/${id}/approvals`))).items;
}

/** A customer as a salesperson creates it: only what sales knows (name, credit code, owner, contacts), none of the rating data. */
async function bySalesperson(co: CreditCompany, name: string, code: number): Promise<Rec> {
  const { company_name, credit_code, sales_owner, contacts } = newcomer(name, code, co.ids.sales!);
  return create(co.as.sales, 'customer', { company_name, credit_code, sales_owner, contacts });
}

onBothDatabases(
  (app) => {
    describe('the credit template on the server', () => {
      it('checks orders against the exposure the customer rolls up, holds one over it for approval, and re-rates on payment', async () => {
        const t = app();
        t.clock.set(TODAY);
        const co = await creditCompany(t);
        const c = await create(co.as.finance, 'customer', newcomer('杭州云帆网络科技有限公司', 1, co.ids.sales!));
        expect(c.data).toMatchObject({ credit_grade: 'A', credit_score: 641, credit_limit: 200_000, payment_terms_days: 45, exposure: 0, available_credit: 200_000, credit_status: 'normal', order_count: 0 });
        // Nothing settled yet: no average days late and no late count, so the scorecard counts the customer as average.
        expect([c.data.average_days_late ?? null, c.data.late_payments ?? null]).toEqual([null, null]);

        // 120,000 of 200,000 available: released, and the customer's open orders grow by it.
        const a = await create(co.as.sales, 'sales_order', order(c.id, 120_000, co.ids.sales!));
        expect(a.data).toMatchObject({ customer_name: '杭州云帆网络科技有限公司', customer_grade: 'A', customer_credit_status: 'normal', credit_limit: 200_000, exposure: 0, available_credit: 200_000, over_limit: false, status: 'approved' });
        expect((await read(co.admin, 'customer', c.id)).data).toMatchObject({ open_orders: 120_000, exposure: 120_000, available_credit: 80_000, order_count: 1, order_amount: 120_000 });

        // 100,000 with 80,000 available: 20,000 over, held, the over-limit approval running; the breakdown kept on the order.
        const b = await create(co.as.sales, 'sales_order', order(c.id, 100_000, co.ids.sales!));
        expect(b.data).toMatchObject({ open_receivables: 0, open_orders: 120_000, exposure: 120_000, available_credit: 80_000, over_limit: true, over_limit_amount: 20_000, status: 'held', approval_status: 'running' });
        // No payment given: the credit check fills in the customer's settlement (grade A: on credit) first, then checks it.
        expect(b.data.payment_method).toBe('credit');
        expect(await firedOn(co.admin, 'sales_order', b.id)).toEqual([['order_credit_check', ['default_payment']], ['order_credit_check', ['over_limit']]]);
        const [approval] = await approvalsOf(co, 'sales_order', b.id);
        expect(approval).toMatchObject({ flowId: 'order_over_limit', status: 'running' });
        // Held orders are not exposure. Grade A and less than 100,000 over, but a new customer (on its trial
        // limit): the sales director, then the risk officer and the finance director countersign.
        expect(b.data.customer_is_new).toBe(true);
        expect((await read(co.admin, 'customer', c.id)).data).toMatchObject({ open_orders: 120_000 });
        await body(await co.as.director.call('POST', `/api/approvals/${approval!.id}/commands`, { type: 'approve', comment: '旺季备货，同意' }));
        await body(await co.as.risk.call('POST', `/api/approvals/${approval!.id}/commands`, { type: 'approve', comment: '财务数据已核实' }));
        expect((await read(co.admin, 'sales_order', b.id)).data).toMatchObject({ approval_status: 'running', status: 'held' });
        await body(await co.as.finance.call('POST', `/api/approvals/${approval!.id}/commands`, { type: 'approve', comment: '同意' }));
        expect((await read(co.admin, 'sales_order', b.id)).data).toMatchObject({ approval_status: 'approved', status: 'approved', exposure: 120_000 });
        // Approved over it, the customer is now over its limit, and says so.
        expect((await read(co.admin, 'customer', c.id)).data).toMatchObject({ open_orders: 220_000, available_credit: -20_000, credit_status: 'over_limit' });

        // Invoicing order A moves its 120,000 from open orders to open receivables.
        const r = await create(co.as.finance, 'receivable', invoice(c.id, 'INV-A', 120_000, co.ids.sales!, '2025-06-30', '2025-08-14', a.id));
        expect(r.data).toMatchObject({ customer_name: '杭州云帆网络科技有限公司', paid_amount: 0, outstanding: 120_000, status: 'open' });
        expect((await read(co.admin, 'sales_order', a.id)).data).toMatchObject({ invoiced_amount: 120_000, uninvoiced: 0 });
        expect((await read(co.admin, 'customer', c.id)).data).toMatchObject({ open_orders: 100_000, open_receivables: 120_000, exposure: 220_000 });

        // A payment writes off what its own customer's open receivable still owes, no more: finance is told which field to fix.
        const other = await create(co.as.finance, 'customer', newcomer('杭州云帆网络科技有限公司二部', 8, co.ids.sales!));
        const refused = async (data: object) => {
          const res = await co.as.finance.call('POST', '/api/forms/payment/records', data);
          return [res.status, (await body<{ problems: { path: string; messageZh: string }[] }>(res, 422)).problems.map((p) => [p.path, p.messageZh])];
        };
        expect(await refused(payment(other.id, r.id, 10_000, '2025-06-30'))).toEqual([422, [['/receivable', '"核销应收" 所选应收账款的客户与本记录的"客户"不同：请从列表中选择，列表只提供同一客户的记录。']]]);
        expect(await refused(payment(c.id, r.id, 120_000.01, '2025-06-30'))).toEqual([422, [['/amount', '回款金额超过应收未结金额：请调低金额，或分到其他应收。']]]);

        // 50,000 paid: 70,000 still owed; then 70,000 more: settled on the day, not late. The refused
        // payments above gave their numbers back: these are the day's first two.
        await create(co.as.finance, 'payment', payment(c.id, r.id, 50_000, '2025-06-30'));
        expect((await read(co.admin, 'receivable', r.id)).data).toMatchObject({ paid_amount: 50_000, outstanding: 70_000, status: 'open', last_paid_on: '2025-06-30' });
        expect((await read(co.admin, 'customer', c.id)).data).toMatchObject({ open_receivables: 70_000 });
        await create(co.as.finance, 'payment', payment(c.id, r.id, 70_000, '2025-06-30'));
        expect((await read(co.admin, 'receivable', r.id)).data).toMatchObject({ paid_amount: 120_000, outstanding: 0, status: 'paid', settled_on: '2025-06-30', days_late_at_payment: 0 });
        expect(await firedOn(co.admin, 'receivable', r.id)).toEqual([['release_on_payment', ['partial']], ['release_on_payment', ['settled']]]);
        // Settled, it is no longer offered: a payment written off against it is refused on its receivable too.
        expect(await refused(payment(c.id, r.id, 1, '2025-06-30'))).toEqual([422, [['/amount', '回款金额超过应收未结金额：请调低金额，或分到其他应收。'], ['/receivable', '"核销应收" 只提供账龄不等于已结清的应收账款：所选记录不符合。请从列表中选择。']]]);
        // Raising the first payment later passes its own check (against the 120,000 owed when it was
        // recorded) but would pay the receivable 130,000 of 120,000: refused, said on its receivable.
        const [first] = (await body<{ items: Rec[] }>(await co.as.finance.call('GET', '/api/forms/payment/records?filter[payment_no]=PAY-20250630-0001'))).items;
        const raised = await co.as.finance.call('PATCH', `/api/forms/payment/records/${first!.id}`, { amount: 60_000 }, { 'If-Match': `"${first!.revision}"` });
        expect((await body<{ code: string; problems: { path: string; messageZh: string }[] }>(raised, 422)).problems.map((p) => [p.path, p.messageZh])).toEqual([['/receivable', '应收账款“INV-A”：已核销回款超过应收金额：请调低回款金额，或核销到其他应收。']]);
        // One receivable settled, 0 days late: payment days 850 × 25% = 212.5 and late payments 850 × 15% = 127.5
        // replace the missing 630s (157.5 + 94.5): 641 + 55 + 33 = 729 → AA. An upgrade keeps the limit granted.
        expect((await read(co.admin, 'customer', c.id)).data).toMatchObject({
          open_receivables: 0, settled_receivables: 1, average_days_late: 0, late_payments: 0, credit_score: 729, credit_grade: 'AA', credit_limit: 200_000, exposure: 100_000,
        });

        // A salesperson sees the payments of their own customers only: each payment carries its customer's salesperson.
        const theirs = await create(co.admin, 'customer', newcomer('杭州云帆网络科技有限公司三部', 9, co.ids.manager!));
        const owed = await create(co.as.finance, 'receivable', invoice(theirs.id, 'INV-M', 10_000, co.ids.manager!, '2025-06-30', '2025-08-14'));
        const paid = await create(co.as.finance, 'payment', payment(theirs.id, owed.id, 10_000, '2025-06-30'));
        expect(paid.data.salesperson).toBe(co.ids.manager);
        const listed = await body<{ items: { data: { payment_no: string } }[] }>(await co.as.sales.call('GET', '/api/forms/payment/records'));
        expect(listed.items.map((i) => i.data.payment_no).sort()).toEqual(['PAY-20250630-0001', 'PAY-20250630-0002']);
        expect((await co.as.sales.call('GET', `/api/forms/payment/records/${paid.id}`)).status).toBe(404);

        // The grade chart lists grades by rank (AA before A), whatever order the stored definition's keys come back in.
        const overview = await body<{ charts: { id: string; categories: { key: string }[] }[] }>(await co.admin.call('GET', '/api/dashboards/credit_overview/data'));
        expect(overview.charts.find((ch) => ch.id === 'grade_distribution')?.categories.map((g) => g.key)).toEqual(['AA', 'A']);
      });

      it('freezes a customer at the second overdue tier, refuses its orders on credit (not for cash), and lifts the freeze once paid', async () => {
        const t = app();
        t.clock.set(TODAY);
        const co = await creditCompany(t);
        const c = await create(co.as.finance, 'customer', newcomer('苏州恒信精密机械有限公司', 2, co.ids.sales!));
        const r = await create(co.as.finance, 'receivable', invoice(c.id, 'INV-OLD', 30_000, co.ids.sales!, '2025-05-06', '2025-06-20'));

        // The daily run at 08:00 on 1 July: 11 days overdue, the notice tier.
        await runScheduleAt(t, '2025-07-01T00:00:00.000Z');
        const noticed = await read(co.admin, 'receivable', r.id);
        expect(noticed.data).toMatchObject({ collection_stage: 'notice' });
        // Run again the same day, the schedule finds nothing changed and writes nothing: no new revision of the receivable or its customer.
        const customerRevision = (await read(co.admin, 'customer', c.id)).revision;
        t.clock.set('2025-07-01T00:30:00.000Z');
        expect(await runToday(t.db, t.clock, co.admin.company.tenantId)).toEqual(['due_reminders', 'overdue_escalation', 'periodic_review']);
        expect([(await read(co.admin, 'receivable', r.id)).revision, (await read(co.admin, 'customer', c.id)).revision]).toEqual([noticed.revision, customerRevision]);
        expect((await read(co.admin, 'customer', c.id)).data).toMatchObject({ frozen_receivables: 1, overdue_receivables: 1, largest_overdue: 30_000, credit_status: 'frozen' });
        const frozen = await body<{ freezes: { scope: string; ruleSet: string }[] }>(await co.admin.call('GET', `/api/forms/customer/records/${c.id}/status`));
        expect(frozen.freezes).toEqual([expect.objectContaining({ scope: 'orders', ruleSet: 'overdue_escalation' })]);
        const receivableStatus = await body<{ tasks: { assigneeRole: string }[] }>(await co.admin.call('GET', `/api/forms/receivable/records/${r.id}/status`));
        expect(receivableStatus.tasks.map((x) => x.assigneeRole)).toEqual(['sales_manager']);
        const notes = await body<{ items: { message: { en: string } }[] }>(await co.as.sales.call('GET', '/api/notifications'));
        expect(notes.items.map((n) => n.message.en)).toContainEqual(expect.stringContaining('Send 苏州恒信精密机械有限公司 a formal collection notice: invoice INV-OLD is 11 days overdue'));

        // A new order, even a small one, is refused while frozen.
        const refused = await create(co.as.sales, 'sales_order', order(c.id, 10_000, co.ids.sales!));
        expect(refused.data).toMatchObject({ customer_credit_status: 'frozen', status: 'refused', refusal_reason: 'frozen' });
        expect(await firedOn(co.admin, 'sales_order', refused.id)).toEqual([['order_credit_check', ['default_payment']], ['order_credit_check', ['frozen']]]);
        // For cash on delivery it asks no credit: released, while frozen.
        const cash = await create(co.as.sales, 'sales_order', { ...order(c.id, 10_000, co.ids.sales!), payment_method: 'cash' });
        expect(cash.data).toMatchObject({ customer_credit_status: 'frozen', status: 'approved' });
        expect(await firedOn(co.admin, 'sales_order', cash.id)).toEqual([['order_credit_check', ['within_limit']]]);
        // A credit application submitted now keeps, for its approvers, the customer's overdue figures of the day.
        const asked = await create(co.as.sales, 'credit_application', { customer: c.id, amount: 50_000, reason: '续单备货', salesperson: co.ids.sales });
        expect(asked.data).toMatchObject({ overdue_receivables: 1, largest_overdue: 30_000 });

        // Paid in full on 1 July, 11 days late: settled, the stage reset, the customer released.
        await create(co.as.finance, 'payment', payment(c.id, r.id, 30_000, '2025-07-01'));
        expect((await read(co.admin, 'receivable', r.id)).data).toMatchObject({ status: 'paid', collection_stage: 'none', days_late_at_payment: 11 });
        expect((await read(co.admin, 'customer', c.id)).data).toMatchObject({ frozen_receivables: 0, credit_status: 'normal', late_payments: 1, average_days_late: 11 });
        expect((await body<{ freezes: unknown[] }>(await co.admin.call('GET', `/api/forms/customer/records/${c.id}/status`))).freezes).toEqual([]);
        expect(await firedOn(co.admin, 'customer', c.id)).toContainEqual(['collection_hold', ['released']]);
        // The DSO trend counts a receivable once it is settled, in the month it was: 56 days from issue to payment.
        const overview = await body<{ charts: { id: string; categories: { key: string }[]; series: { values: unknown[] }[] }[] }>(await co.admin.call('GET', '/api/dashboards/credit_overview/data'));
        const dso = overview.charts.find((ch) => ch.id === 'dso_trend');
        expect([dso?.categories.map((m) => m.key), dso?.series[0]?.values]).toEqual([['2025-07'], [56]]);
      });

      it('passes a receivable over 30 days overdue to legal and marks its customer high risk until it is paid in full', async () => {
        const t = app();
        t.clock.set(TODAY);
        const co = await creditCompany(t);
        const c = await create(co.as.finance, 'customer', newcomer('无锡长江精工机械有限公司', 3, co.ids.sales!));
        const r = await create(co.as.finance, 'receivable', invoice(c.id, 'INV-LEGAL', 40_000, co.ids.sales!, '2025-04-05', '2025-05-20'));
        const statusOf = async (form: string, id: string) =>
          body<{ flags: { flag: string }[]; tasks: { assigneeRole: string | null }[] }>(await co.admin.call('GET', `/api/forms/${form}/records/${id}/status`));

        // The daily run at 08:00 on 1 July: 42 days overdue, straight to the legal tier.
        await runScheduleAt(t, '2025-07-01T00:00:00.000Z');
        expect((await read(co.admin, 'receivable', r.id)).data).toMatchObject({ collection_stage: 'legal' });
        expect((await statusOf('receivable', r.id)).tasks.map((x) => x.assigneeRole)).toEqual(['legal']);
        expect((await statusOf('customer', c.id)).flags.map((f) => f.flag)).toEqual(['high_risk']);
        // The rollup the escalation moved re-scored the customer: over 30 days overdue caps it at D, and the downgrade takes its limit and terms away.
        expect((await read(co.admin, 'customer', c.id)).data).toMatchObject({ legal_receivables: 1, credit_grade: 'D', credit_limit: 0, payment_terms_days: 0, settlement: 'cash' });
        expect(await firedOn(co.admin, 'customer', c.id)).toContainEqual(['grade_change', ['downgrade']]);

        // Partly paid: still at the legal stage, so the customer stays high risk, and legal's task stays open.
        await create(co.as.finance, 'payment', payment(c.id, r.id, 15_000, '2025-07-01'));
        expect((await read(co.admin, 'customer', c.id)).data).toMatchObject({ legal_receivables: 1 });
        expect((await statusOf('customer', c.id)).flags.map((f) => f.flag)).toEqual(['high_risk']);
        expect((await statusOf('receivable', r.id)).tasks.map((x) => x.assigneeRole)).toEqual(['legal']);
        const legalTasks = async (which: 'open' | 'done') =>
          (await body<{ items: { recordId: string; status: string; doneBy: string | null; doneAt: string | null; closeReason: { 'zh-CN': string; en: string } | null }[] }>(await co.as.legal.call('GET', `/api/tasks?status=${which}`))).items;
        expect((await legalTasks('open')).map((x) => [x.recordId, x.closeReason])).toEqual([[r.id, null]]);

        // Paid in full: settled, its stage reset, nothing left at the legal stage, the mark lifted.
        await create(co.as.finance, 'payment', payment(c.id, r.id, 25_000, '2025-07-01'));
        expect((await read(co.admin, 'customer', c.id)).data).toMatchObject({ legal_receivables: 0, overdue_receivables: 0, credit_status: 'normal' });
        // Re-scored on its history, it is out of D again: one invoice settled 42 days late (465 instead of the missing 630 × 25%, 685 instead
        // of 630 × 15%) takes 33 points off its first 641, so 608, grade A. The terms rise to A's 45 days; the limit waits for a credit application.
        expect((await read(co.admin, 'customer', c.id)).data).toMatchObject({ credit_grade: 'A', credit_score: 608, credit_limit: 0, payment_terms_days: 45, late_payments: 1, average_days_late: 42 });
        expect(await firedOn(co.admin, 'customer', c.id)).toContainEqual(['grade_change', ['upgrade']]);
        expect((await statusOf('customer', c.id)).flags).toEqual([]);
        expect(await firedOn(co.admin, 'customer', c.id)).toContainEqual(['collection_hold', ['released', 'cleared']]);
        // Nor does legal go after a customer who has paid: the rule closed its task, saying why.
        expect((await statusOf('receivable', r.id)).tasks).toEqual([]);
        expect(await legalTasks('open')).toEqual([]);
        const runs = await body<{ effects: { effect: { kind: string }; status: string; note?: string }[] }[]>(await co.admin.call('GET', `/api/forms/receivable/records/${r.id}/rule-runs`));
        expect(runs.flatMap((run) => run.effects).filter((e) => e.effect.kind === 'close_tasks')).toEqual([expect.objectContaining({ status: 'applied', note: 'Closed 1 open task on this record.' })]);
        expect(await legalTasks('done')).toEqual([
          expect.objectContaining({ recordId: r.id, status: 'done', doneBy: null, doneAt: expect.any(String), closeReason: { 'zh-CN': '发票已结清', en: 'Invoice settled' } }),
        ]);
      });

      it('refuses every order of a blacklisted customer, and copies the credit state onto applications', async () => {
        const t = app();
        t.clock.set(TODAY);
        const co = await creditCompany(t);
        const listed = await create(co.admin, 'customer', newcomer('广州鑫源商贸有限公司', 3, co.ids.sales!, { blacklisted: true, blacklist_reason: '恶意拖欠货款' }));
        expect(listed.data).toMatchObject({ credit_grade: 'D', credit_limit: 0, credit_status: 'blacklisted' });
        const refused = await create(co.as.sales, 'sales_order', { ...order(listed.id, 5_000, co.ids.sales!), payment_method: 'cash' });
        expect(refused.data).toMatchObject({ customer_blacklisted: true, status: 'refused', refusal_reason: 'blacklisted' });
        // Dates default to the day a record is made, "recorded by" to whoever records it.
        const undated = await create(co.as.sales, 'sales_order', { customer: listed.id, salesperson: co.ids.sales, amount: 5_000, payment_method: 'cash' });
        expect(undated.data).toMatchObject({ order_date: '2025-06-30', status: 'refused' });
        const bill = await create(co.as.finance, 'receivable', { invoice_no: 'INV-Y', customer: listed.id, salesperson: co.ids.sales, amount: 5_000, due_date: '2025-07-30' });
        const paidNow = await create(co.as.finance, 'payment', { customer: listed.id, receivable: bill.id, amount: 5_000, method: 'cash' });
        expect([bill.data.issued_on, paidNow.data.paid_on, paidNow.data.recorded_by]).toEqual(['2025-06-30', '2025-06-30', co.ids.finance]);

        const c = await create(co.as.finance, 'customer', newcomer('宁波远航电子科技有限公司', 4, co.ids.sales!));
        const app1 = await create(co.as.sales, 'credit_application', { customer: c.id, amount: 800_000, reason: '旺季备货', salesperson: co.ids.sales });
        // Graded A, but new and 600,000 above the trial limit: risk and finance countersign first (then the boss), not the sales director.
        expect(app1.data).toMatchObject({ customer_name: '宁波远航电子科技有限公司', grade: 'A', is_new_customer: true, current_limit: 200_000, exposure: 0, trial_excess: 600_000, approval_status: 'running' });
        const [approval] = await approvalsOf(co, 'credit_application', app1.id);
        expect(approval).toMatchObject({ flowId: 'credit_approval', status: 'running' });
        const view = await body<{ current: { nodeId: string } | null }>(await co.admin.call('GET', `/api/approvals/${approval!.id}`));
        expect(view.current).toMatchObject({ nodeId: 'trial_countersign' });
      });

      it('takes no credit for a cash-on-delivery order: released, it leaves the customer\'s open orders and available credit as they were', async () => {
        const t = app();
        t.clock.set(TODAY);
        const co = await creditCompany(t);
        const c = await create(co.as.finance, 'customer', newcomer('厦门海辰贸易有限公司', 2, co.ids.sales!));
        const cash = await create(co.as.sales, 'sales_order', { ...order(c.id, 150_000, co.ids.sales!), payment_method: 'cash' });
        expect(cash.data).toMatchObject({ status: 'approved' });
        expect((await read(co.admin, 'customer', c.id)).data).toMatchObject({ order_count: 1, open_orders: 0, exposure: 0, available_credit: c.data.credit_limit });
        const credit = await create(co.as.sales, 'sales_order', order(c.id, 50_000, co.ids.sales!));
        expect(credit.data).toMatchObject({ status: 'approved', payment_method: 'credit' });
        expect((await read(co.admin, 'customer', c.id)).data).toMatchObject({ order_count: 2, open_orders: 50_000, exposure: 50_000 });
      });

      it('checks an order again when its amount, payment or customer changes: a released order raised over the limit is held', async () => {
        const t = app();
        t.clock.set(TODAY);
        const co = await creditCompany(t);
        const c = await create(co.as.finance, 'customer', newcomer('厦门海联贸易有限公司', 5, co.ids.sales!));
        const placed = await create(co.as.sales, 'sales_order', order(c.id, 50_000, co.ids.sales!));
        expect(placed.data).toMatchObject({ available_credit: 200_000, status: 'approved', checked_amount: 50_000 });
        const patch = (rec: { id: string; revision: number }, data: object) => co.as.sales.call('PATCH', `/api/forms/sales_order/records/${rec.id}`, data, { 'If-Match': `"${rec.revision}"` });

        // 250,000 against the 200,000 available when it was placed: 50,000 over, held for approval.
        // Lowered, it stays released unchecked: what it was released for covers less.
        const lowered = await body<{ id: string; revision: number; data: Record<string, unknown> }>(await patch(placed, { amount: 40_000 }));
        expect(lowered.data).toMatchObject({ status: 'approved', checked_amount: 50_000 });
        // The rule's helper field is the admins' only: a salesperson is not shown "Amount raised: yes" on a new order.
        expect(lowered.data).not.toHaveProperty('amount_raised');
        const raised = await body<{ id: string; revision: number; data: Record<string, unknown> }>(await patch(lowered, { amount: 250_000 }));
        expect(raised.data).toMatchObject({ status: 'held', over_limit_amount: 50_000, approval_status: 'running' });
        expect((await firedOn(co.admin, 'sales_order', placed.id)).slice(2)).toEqual([['order_recheck', ['raised']], ['order_credit_check', ['over_limit']]]);
        expect((await approvalsOf(co, 'sales_order', placed.id)).map((a) => a.status)).toEqual(['running']);
        // Held, it is the approvers' to decide: the salesperson cannot change it meanwhile.
        expect((await patch(raised, { amount: 10_000 })).status).toBe(409);

        // Checked again, an order weighs what other orders took since it was placed, not its own earlier amount:
        // A 120,000 of 200,000, then B 60,000 of the 80,000 left, both released.
        const e = await create(co.as.finance, 'customer', newcomer('漳州嘉禾食品有限公司', 7, co.ids.sales!));
        const a = await create(co.as.sales, 'sales_order', order(e.id, 120_000, co.ids.sales!));
        const b = await create(co.as.sales, 'sales_order', order(e.id, 60_000, co.ids.sales!));
        expect([a.data.status, b.data.status, b.data.available_credit]).toEqual(['approved', 'approved', 80_000]);
        // A raised to 130,000: 200,000 − B's 60,000 = 140,000 available to it, released; its figures now those of this check.
        const a2 = await body<{ id: string; revision: number; data: Record<string, unknown> }>(await patch(a, { amount: 130_000 }));
        expect(a2.data).toMatchObject({ status: 'approved', checked_amount: 130_000, open_orders: 60_000, exposure: 60_000, available_credit: 140_000, over_limit: false });
        expect((await read(co.admin, 'customer', e.id)).data).toMatchObject({ open_orders: 190_000, available_credit: 10_000 });
        // Raised again to 150,000: 10,000 over the 140,000, held (placed with 200,000 available, it would have passed).
        const a3 = await body<{ data: Record<string, unknown> }>(await patch(a2, { amount: 150_000 }));
        expect(a3.data).toMatchObject({ status: 'held', available_credit: 140_000, over_limit_amount: 10_000, approval_status: 'running' });
        expect((await read(co.admin, 'customer', e.id)).data).toMatchObject({ open_orders: 60_000, available_credit: 140_000 });

        // Returned by the director, lowered to 135,000 and resubmitted: within the 140,000, released without another approval,
        // at the amount now checked; raised again to 145,000 (still below the 150,000 once held), it is checked again and held.
        const [held] = await approvalsOf(co, 'sales_order', a.id);
        expect((await co.as.director.call('POST', `/api/approvals/${held!.id}/commands`, { type: 'return', comment: '请压到可用额度内', to: 'submitter' })).status).toBe(200);
        const back = await read(co.admin, 'sales_order', a.id);
        expect(back.data).toMatchObject({ status: 'held', approval_status: 'returned' });
        const lowered2 = await body<{ id: string; revision: number; data: Record<string, unknown> }>(await patch(back, { amount: 135_000 }));
        expect(lowered2.data).toMatchObject({ status: 'held', available_credit: 140_000, over_limit: false });
        const resubmitted = await body<{ history: { action: string; comment?: string }[] }>(await co.as.sales.call('POST', `/api/approvals/${held!.id}/commands`, { type: 'resubmit', comment: '已压到 13.5 万' }));
        expect(resubmitted.history.find((e) => e.action === 'resubmit')?.comment).toBe('已压到 13.5 万');
        const released = await read(co.admin, 'sales_order', a.id);
        expect(released.data).toMatchObject({ status: 'approved', approval_status: 'approved', checked_amount: 135_000 });
        expect((await read(co.admin, 'customer', e.id)).data).toMatchObject({ open_orders: 195_000, available_credit: 5_000 });
        const again = await body<{ data: Record<string, unknown> }>(await patch(released, { amount: 145_000 }));
        expect(again.data).toMatchObject({ status: 'held', available_credit: 140_000, over_limit_amount: 5_000 });

        // A refused order set right is released: grade D (a pending lawsuit) on credit is refused, the same order for cash is not.
        const d = await create(co.admin, 'customer', newcomer('泉州恒泰纺织有限公司', 6, co.ids.sales!, { lawsuits_pending: true, lawsuit_details: '买卖合同纠纷，标的 80 万元' }));
        expect(d.data).toMatchObject({ credit_grade: 'D' });
        // Its orders are for cash unless the salesperson says otherwise (grade D's settlement).
        const unsaid = await create(co.as.sales, 'sales_order', order(d.id, 8_000, co.ids.sales!));
        expect(unsaid.data).toMatchObject({ customer_grade: 'D', customer_settlement: 'cash', payment_method: 'cash', status: 'approved' });
        const other = await create(co.as.sales, 'sales_order', { ...order(d.id, 8_000, co.ids.sales!), payment_method: 'credit' });
        expect(other.data).toMatchObject({ customer_grade: 'D', status: 'refused', refusal_reason: 'cash_only' });
        const cash = await body<{ data: Record<string, unknown> }>(await patch(other, { payment_method: 'cash' }));
        expect(cash.data).toMatchObject({ status: 'approved' });
        expect(cash.data.refusal_reason).toBeUndefined();
      });

      it('routes a resubmitted order on the customer\'s figures as they are then, not as they were when it was changed', async () => {
        const t = app();
        t.clock.set(TODAY);
        const co = await creditCompany(t);
        const c = await create(co.as.finance, 'customer', newcomer('莆田兴华鞋业有限公司', 'A', co.ids.sales!));
        const patch = (rec: { id: string; revision: number }, data: object) => co.as.sales.call('PATCH', `/api/forms/sales_order/records/${rec.id}`, data, { 'If-Match': `"${rec.revision}"` });
        // 250,000 of 200,000: held; returned; lowered to 180,000, within the 200,000 then.
        const x = await create(co.as.sales, 'sales_order', order(c.id, 250_000, co.ids.sales!));
        const [approval] = await approvalsOf(co, 'sales_order', x.id);
        expect((await co.as.director.call('POST', `/api/approvals/${approval!.id}/commands`, { type: 'return', comment: '请调低金额', to: 'submitter' })).status).toBe(200);
        const lowered = await body<{ data: Record<string, unknown> }>(await patch(await read(co.admin, 'sales_order', x.id), { amount: 180_000 }));
        expect(lowered.data).toMatchObject({ available_credit: 200_000, over_limit: false });
        // Meanwhile another order takes 50,000: resubmitted, it is 30,000 over the 150,000 left, and goes to the director.
        expect((await create(co.as.sales, 'sales_order', order(c.id, 50_000, co.ids.sales!))).data).toMatchObject({ status: 'approved' });
        expect((await co.as.sales.call('POST', `/api/approvals/${approval!.id}/commands`, { type: 'resubmit' })).status).toBe(200);
        expect((await read(co.admin, 'sales_order', x.id)).data).toMatchObject({ status: 'held', approval_status: 'running', available_credit: 150_000, over_limit_amount: 30_000 });
        expect((await approvalsOf(co, 'sales_order', x.id)).map((a) => a.status)).toEqual(['running']);

        // Payments are finance's to record: a salesperson is refused even on their own customer, and told who may; finance's payment is the customer's salesperson's.
        const bill = await create(co.as.finance, 'receivable', invoice(c.id, 'INV-S', 1_000, co.ids.sales!, '2025-06-30', '2025-08-14'));
        const refused = await co.as.sales.call('POST', '/api/forms/payment/records', payment(c.id, bill.id, 1_000, '2025-06-30'));
        expect(await body<{ code: string; detailZh: string }>(refused, 403)).toMatchObject({ code: 'record.forbidden', detailZh: expect.stringContaining('财务总监') });
        expect((await create(co.as.finance, 'payment', payment(c.id, bill.id, 1_000, '2025-06-30'))).data).toMatchObject({ salesperson: co.ids.sales });
      });

      it('checks a withdrawn order again once it is changed, and keeps an order cancelled by hand cancelled', async () => {
        const t = app();
        t.clock.set(TODAY);
        const co = await creditCompany(t);
        const c = await create(co.as.finance, 'customer', newcomer('漳州闽南贸易有限公司', 'A', co.ids.sales!));
        const now = async (id: string) => read(co.admin, 'sales_order', id);
        const change = async (who: typeof co.admin, id: string, data: object) =>
          body<{ data: Record<string, unknown> }>(await who.call('PATCH', `/api/forms/sales_order/records/${id}`, data, { 'If-Match': `"${(await now(id)).revision}"` }));
        // 250,000 of 200,000: held; withdrawn to change it: cancelled.
        const x = await create(co.as.sales, 'sales_order', order(c.id, 250_000, co.ids.sales!));
        const [first] = await approvalsOf(co, 'sales_order', x.id);
        expect((await co.as.sales.call('POST', `/api/approvals/${first!.id}/commands`, { type: 'withdraw', comment: '改金额' })).status).toBe(200);
        expect((await now(x.id)).data).toMatchObject({ status: 'cancelled', approval_status: 'withdrawn' });
        // Changed, it is checked again on the customer's figures: 300,000 is held and sent for approval anew.
        expect((await change(co.as.sales, x.id, { amount: 300_000 })).data).toMatchObject({ status: 'held', approval_status: 'running', over_limit_amount: 100_000 });
        expect((await approvalsOf(co, 'sales_order', x.id)).map((a) => a.status).sort()).toEqual(['running', 'withdrawn']);
        // Withdrawn again and lowered within the limit: released, its approval status no longer saying withdrawn.
        const [second] = (await approvalsOf(co, 'sales_order', x.id)).filter((a) => a.status === 'running');
        expect((await co.as.sales.call('POST', `/api/approvals/${second!.id}/commands`, { type: 'withdraw' })).status).toBe(200);
        const released = (await change(co.as.sales, x.id, { amount: 150_000 })).data;
        expect([released['status'], released['approval_status']]).toEqual(['approved', undefined]);
        // An order finance cancels by hand stays cancelled, whatever is changed then or with it.
        const y = await create(co.as.sales, 'sales_order', order(c.id, 20_000, co.ids.sales!));
        expect((await change(co.as.finance, y.id, { status: 'cancelled', amount: 30_000 })).data).toMatchObject({ status: 'cancelled' });
        expect((await change(co.as.finance, y.id, { amount: 40_000 })).data).toMatchObject({ status: 'cancelled' });
      });

      it('asks the salesperson to review a trial limit once the customer has been one for a year, when the review re-rates it', async () => {
        const t = app();
        t.clock.set(TODAY);
        const co = await creditCompany(t);
        const c = await create(co.as.finance, 'customer', newcomer('宁波甬兴电子有限公司', 9, co.ids.sales!));
        expect(c.data).toMatchObject({ is_new_customer: true, credit_limit: 200_000 });
        // Still new at the quarterly review on 1 October: nothing to ask.
        await runScheduleAt(t, '2025-10-01T00:00:00.000Z');
        expect((await firedOn(co.admin, 'customer', c.id)).map(([set]) => set)).not.toContain('trial_end');
        // A customer since 1 March 2025: the review of 2 March 2026 finds it no longer new.
        await runScheduleAt(t, '2026-03-02T00:00:00.000Z');
        expect(await firedOn(co.admin, 'customer', c.id)).toContainEqual(['trial_end', ['trial_over']]);
        const status = await body<{ tasks: { assigneeUser: string | null; title: { 'zh-CN': string }; dueDate: string }[] }>(await co.admin.call('GET', `/api/forms/customer/records/${c.id}/status`));
        expect(status.tasks.filter((k) => k.title['zh-CN'].includes('试探期结束'))).toEqual([
          expect.objectContaining({ assigneeUser: co.ids.sales, dueDate: '2026-03-16', title: expect.objectContaining({ 'zh-CN': expect.stringContaining('宁波甬兴电子有限公司 合作满一年') }) }),
        ]);
      });

      it('lets risk and finance, not sales, change the data a grade rests on, and sends changed financials to risk to verify', async () => {
        const t = app();
        t.clock.set(TODAY);
        const co = await creditCompany(t);
        const c = await create(co.as.finance, 'customer', newcomer('福州闽信机电有限公司', 7, co.ids.sales!));
        const patch = (who: typeof co.admin, data: object, revision: number) => who.call('PATCH', `/api/forms/customer/records/${c.id}`, data, { 'If-Match': `"${revision}"` });
        const refusedAt = async (res: Response) => {
          expect(res.status).toBe(422);
          return ((await res.json()) as { problems: { path: string; code: string }[] }).problems.map((p) => `${p.path} ${p.code}`);
        };
        expect(await refusedAt(await patch(co.as.sales, { lawsuits_pending: true, lawsuit_details: '合同纠纷' }, c.revision))).toEqual(['/lawsuits_pending access.read', '/lawsuit_details access.read']);
        // Back-dating the cooperation would end the trial limit; bigger sales would raise the limit.
        expect(await refusedAt(await patch(co.as.sales, { annual_sales: 90_000_000, cooperation_since: '2015-03-01' }, c.revision))).toEqual(['/annual_sales access.read', '/cooperation_since access.read']);
        const raised = await body<{ revision: number }>(await patch(co.as.finance, { annual_sales: 90_000_000 }, c.revision));
        expect(await firedOn(co.admin, 'customer', c.id)).toContainEqual(['risk_signals', ['financials_changed']]);
        const byRisk = await patch(co.as.risk, { lawsuits_pending: true, lawsuit_details: '合同纠纷' }, raised.revision);
        expect(((await body<{ data: Record<string, unknown> }>(byRisk)).data)).toMatchObject({ lawsuits_pending: true, credit_grade: 'D' });
      });

      it('sends a customer a salesperson created without its rating data to risk, closes the task once risk completes it, and then sets its limit by the policy', async () => {
        const t = app();
        t.clock.set(TODAY);
        const co = await creditCompany(t);
        const c = await bySalesperson(co, '厦门鹭岛包装有限公司', 5);
        expect(c.data).not.toHaveProperty('industry');
        // Rated at once, on missing values (B): its terms by the policy, but no limit without the annual sales.
        expect(c.data).toMatchObject({ credit_grade: 'B', payment_terms_days: 30 });
        expect(c.data.credit_limit ?? null).toBeNull();
        expect(await firedOn(co.admin, 'customer', c.id)).toContainEqual(['credit_rating', ['write_back', 'first_without_limit']]);
        type Task = { ruleSet: string; assigneeRole: string | null; assigneeUser: string | null; title: { 'zh-CN': string } };
        const tasksOf = async (who: typeof co.admin, status: string): Promise<Task[]> =>
          (await body<{ items: (Task & { recordId: string })[] }>(await who.call('GET', `/api/tasks?status=${status}`))).items.filter((k) => k.recordId === c.id && k.ruleSet === 'profile_completion');
        expect(await tasksOf(co.as.risk, 'open')).toEqual([
          expect.objectContaining({ ruleSet: 'profile_completion', assigneeRole: 'risk_officer', title: expect.objectContaining({ 'zh-CN': expect.stringMatching(/^补录 厦门鹭岛包装有限公司 的评级资料/) }) }),
        ]);
        // Risk may write them, so to risk they are required: three of the four are refused, naming the fourth, and the task stays open.
        const patch = (data: object) => co.as.risk.call('PATCH', `/api/forms/customer/records/${c.id}`, data, { 'If-Match': `"${c.revision}"` });
        const three = { enterprise_type: 'private', industry: 'technology', region: 'east' };
        expect(await body<{ problems: { path: string; code: string }[] }>(await patch(three), 422)).toMatchObject({ problems: [{ path: '/annual_sales', code: 'value.required' }] });
        expect((await tasksOf(co.as.risk, 'open')).map((k) => k.title['zh-CN'].slice(0, 2))).toEqual(['补录']);
        // All four complete it: the task closes, and the re-rating sets the limit the first rating could not.
        const done = await body<Rec>(await patch({ ...three, annual_sales: 60_000_000 }));
        expect(await tasksOf(co.as.risk, 'open')).toEqual([]);
        expect((await tasksOf(co.as.risk, 'done')).map((k) => k.title['zh-CN'].slice(0, 2))).toEqual(['补录']);
        // The annual sales she entered herself are not sent back to her to verify: no task of any rule set is left open on it.
        const open = await body<{ items: { recordId: string; ruleSet: string }[] }>(await co.as.risk.call('GET', '/api/tasks?status=open'));
        expect(open.items.filter((k) => k.recordId === c.id).map((k) => k.ruleSet)).toEqual([]);
        // New to us: the policy's share of 60,000,000, at most the 200,000 trial limit.
        expect(done.data).toMatchObject({ credit_limit: 200_000 });
        expect(await firedOn(co.admin, 'customer', c.id)).toContainEqual(['credit_rating', ['write_back', 'limit_once_known']]);
      });

      it('sets the policy limit once the annual sales are in even when completing the data leaves the score as it was', async () => {
        const t = app();
        t.clock.set(TODAY);
        const co = await creditCompany(t);
        const c = await bySalesperson(co, '泉州刺桐五金有限公司', 4);
        // "Other" scores as a missing enterprise type does, and manufacturing in East China weighs nothing anew: the total stays.
        const done = await body<Rec>(await co.as.risk.call('PATCH', `/api/forms/customer/records/${c.id}`, { enterprise_type: 'other', industry: 'manufacturing', region: 'east', annual_sales: 60_000_000 }, { 'If-Match': `"${c.revision}"` }));
        expect(done.data).toMatchObject({ credit_score: c.data.credit_score, credit_grade: c.data.credit_grade, credit_limit: 200_000 });
        expect(await firedOn(co.admin, 'customer', c.id)).toContainEqual(['credit_rating', ['write_back', 'limit_once_known']]);
      });

      it('changes a limit only through an approved credit application, or by the admin', async () => {
        const t = app();
        t.clock.set(TODAY);
        const co = await creditCompany(t);
        const c = await create(co.as.finance, 'customer', newcomer('福州闽兴机电有限公司', 6, co.ids.sales!));
        const patch = (who: typeof co.admin, data: object, revision: number) => who.call('PATCH', `/api/forms/customer/records/${c.id}`, data, { 'If-Match': `"${revision}"` });
        for (const who of [co.as.sales, co.as.director, co.as.risk, co.as.finance, co.as.legal]) {
          const res = await patch(who, { credit_limit: 5_000_000, payment_terms_days: 90 }, c.revision);
          expect(res.status).toBe(422);
          expect(((await res.json()) as { problems: { path: string }[] }).problems.map((p) => p.path)).toEqual(['/credit_limit', '/payment_terms_days']);
        }
        // A new customer's application within its trial limit: risk and finance countersign, and the approved amount becomes the limit.
        const application = await create(co.as.sales, 'credit_application', { customer: c.id, amount: 180_000, requested_terms_days: 45, reason: '试探期内增加备货', salesperson: co.ids.sales });
        expect(application.data).toMatchObject({ is_new_customer: true, trial_excess: 0 });
        const [approval] = await approvalsOf(co, 'credit_application', application.id);
        await body(await co.as.risk.call('POST', `/api/approvals/${approval!.id}/commands`, { type: 'approve', comment: '同意' }));
        await body(await co.as.finance.call('POST', `/api/approvals/${approval!.id}/commands`, { type: 'approve', comment: '同意，额度 15 万', edits: { approved_amount: 150_000 } }));
        // No terms filled in by the approvers: the 45 days applied for are approved, and become the customer's.
        expect((await read(co.admin, 'credit_application', application.id)).data).toMatchObject({ approval_status: 'approved', approved_amount: 150_000, approved_terms_days: 45 });
        const granted = await read(co.admin, 'customer', c.id);
        expect(granted.data).toMatchObject({ credit_limit: 150_000, payment_terms_days: 45 });
        // Risk suggests an amount, finance rejects: the application keeps no approved amount.
        const second = await create(co.as.sales, 'credit_application', { customer: c.id, amount: 190_000, reason: '再增加备货', salesperson: co.ids.sales });
        const [next] = await approvalsOf(co, 'credit_application', second.id);
        await body(await co.as.risk.call('POST', `/api/approvals/${next!.id}/commands`, { type: 'approve', comment: '可给 10 万', edits: { approved_amount: 100_000, approved_terms_days: 30 } }));
        expect((await read(co.admin, 'credit_application', second.id)).data).toMatchObject({ approved_amount: 100_000, approved_terms_days: 30 });
        await body(await co.as.finance.call('POST', `/api/approvals/${next!.id}/commands`, { type: 'reject', comment: '暂不增加' }));
        const rejected = (await read(co.admin, 'credit_application', second.id)).data;
        expect([rejected['approval_status'], rejected['approved_amount'], rejected['approved_terms_days']]).toEqual(['rejected', undefined, undefined]);
        expect((await read(co.admin, 'customer', c.id)).data).toMatchObject({ credit_limit: 150_000, payment_terms_days: 45 });
        expect((await body<{ data: Record<string, unknown> }>(await patch(co.admin, { credit_limit: 120_000 }, granted.revision))).data).toMatchObject({ credit_limit: 120_000 });
      });
    });
  },
  { modules: TEMPLATE_TEST_MODULES },
);

