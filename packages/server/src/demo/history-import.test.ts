import { describe, expect, it } from 'vitest';
import { onBothDatabases } from '../tenancy/testing.js';
import { body, create, creditCompany, newcomer, payment, read, TEMPLATE_TEST_MODULES } from './testing.js';

// A company moving its ledger to the credit template: its receivables by CSV (each with the status
// its old system gave it), then their payments, as the finance director imports them.
const TODAY = '2025-06-30T01:00:00.000Z';
const csvHeaders = { 'Content-Type': 'text/csv' };

onBothDatabases(
  (app) => {
    describe('importing the history of receivables and payments', () => {
      it('takes the payments of receivables imported as paid or open, settles the open ones on their last payment, and refuses a payment to a settled one', async () => {
        const t = app();
        t.clock.set(TODAY);
        const co = await creditCompany(t);
        const sales = co.ids.sales!;
        const c = await create(co.as.finance, 'customer', newcomer('苏州恒通精密机械有限公司', 7, sales));
        const receivables = `invoice_no,customer,salesperson,amount,issued_on,due_date,status\r\nINV-H1,${c.id},${sales},1000,2025-01-05,2025-02-04,paid\r\nINV-H2,${c.id},${sales},2000,2025-03-01,2025-03-31,\r\n`;
        const [paid, open] = (await body<{ ids: string[] }>(await co.as.finance.call('POST', '/api/forms/receivable/import', receivables, csvHeaders), 201)).ids;
        const payments = [
          'payment_no,customer,receivable,amount,paid_on,method',
          `PAY-H1,${c.id},${paid},1000,2025-02-10,bank_transfer`,
          `PAY-H2,${c.id},${open},500,2025-03-20,bank_transfer`,
          `PAY-H3,${c.id},${open},1500,2025-04-05,bank_transfer`,
        ].join('\r\n');
        expect((await body<{ created: number }>(await co.as.finance.call('POST', '/api/forms/payment/import', payments, csvHeaders), 201)).created).toBe(3);
        expect((await read(co.admin, 'receivable', paid!)).data).toMatchObject({ status: 'paid', paid_amount: 1000, outstanding: 0 });
        expect((await read(co.admin, 'receivable', open!)).data).toMatchObject({ status: 'paid', paid_amount: 2000, outstanding: 0, settled_on: '2025-04-05', days_late_at_payment: 5 });

        const again = await co.as.finance.call('POST', '/api/forms/payment/records', payment(c.id, open!, 1, '2025-06-30'));
        expect(again.status).toBe(422);
        const refused = (await again.json()) as { problems: { path: string; code: string }[] };
        expect(refused.problems.map((p) => `${p.path} ${p.code}`)).toContain('/receivable record.reference.filter');
      });
    });
  },
  { modules: TEMPLATE_TEST_MODULES },
);
