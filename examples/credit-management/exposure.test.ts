import { describe, expect, it } from 'vitest';
import { rollupValue } from '@heng/engine';
import { customer, goodWholesaler } from './samples.js';
import { form, shiftDays, stored, TODAY } from './test-kit.js';

// A customer's exposure and payment history are rollups over its receivables and orders: the
// server keeps them current (packages/server/src/demo/template.test.ts runs that); here each
// rollup is computed from sample records the way the server computes it, then the profile's
// formulas are checked by hand. A rollup of nothing to take the maximum of stays empty, as on the server.
const rollupsOf = (formId: string, sources: Readonly<Record<string, readonly Record<string, unknown>[]>>): Record<string, unknown> =>
  Object.fromEntries(form(formId).fields.flatMap((f) => (f.type === 'rollup' ? [[f.id, rollupValue(f, sources[f.from] ?? [])]] : [])).filter(([, v]) => v !== null));

const receivable = (amount: number, dueInDays: number, values: Readonly<Record<string, unknown>> = {}) =>
  stored('receivable', { invoice_no: `INV-${amount}-${dueInDays}`, customer: 'cust_0042', salesperson: 'zhou', amount, issued_on: shiftDays(TODAY, dueInDays - 60), due_date: shiftDays(TODAY, dueInDays), ...values });
const order = (amount: number, status: string, invoiced = 0, payment_method?: string) =>
  stored('sales_order', { customer: 'cust_0042', salesperson: 'zhou', order_date: TODAY, amount, status, invoiced_amount: invoiced, ...(payment_method === undefined ? {} : { payment_method }) });

// Settled: 100,000 paid 12 days late, 50,000 on time, 80,000 paid 3 days late. Open: 200,000 not yet due,
// 120,000 of 150,000 still owed at the notice stage (18 days late), 40,000 at the reminder stage.
const receivables = [
  receivable(100_000, -90, { paid_amount: 100_000, status: 'paid', days_late_at_payment: 12 }),
  receivable(50_000, -60, { paid_amount: 50_000, status: 'paid', days_late_at_payment: 0 }),
  receivable(80_000, -40, { paid_amount: 80_000, status: 'paid', days_late_at_payment: 3 }),
  receivable(200_000, 20),
  receivable(150_000, -18, { paid_amount: 30_000, collection_stage: 'notice' }),
  receivable(40_000, -4, { collection_stage: 'reminder' }),
  // Written off as bad debt with 15,000 of 60,000 paid, after legal collection: no longer open, a loss of 45,000.
  receivable(60_000, -200, { paid_amount: 15_000, status: 'bad_debt', collection_stage: 'legal' }),
];
// Orders: 250,000 released, imported with no payment given (on credit, then), of which 100,000 invoiced; 90,000 shipped on credit, all invoiced; 500,000 held; 70,000 completed; 60,000 refused;
// 80,000 released cash on delivery, not invoiced.
const orders = [order(250_000, 'approved', 100_000), order(90_000, 'shipped', 90_000, 'credit'), order(500_000, 'held'), order(70_000, 'completed', 70_000), order(60_000, 'refused'), order(80_000, 'approved', 0, 'cash')];

describe('exposure and payment history on the customer profile', () => {
  const rollups = rollupsOf('customer', { receivable: receivables, sales_order: orders });

  it('rolls up the receivables and orders that point at it', () => {
    expect(receivables.map((r) => r.outstanding)).toEqual([0, 0, 0, 200_000, 120_000, 40_000, 45_000]);
    expect(receivables.map((r) => r.bad_debt_amount)).toEqual([0, 0, 0, 0, 0, 0, 45_000]);
    expect(orders.map((o) => o.uninvoiced)).toEqual([150_000, 0, 500_000, 0, 60_000, 80_000]);
    expect(rollups).toEqual({
      // Released, shipped and completed orders: 4, worth 250,000 + 90,000 + 70,000 + 80,000 (cash).
      order_count: 4,
      order_amount: 490_000,
      settled_receivables: 3,
      days_late_total: 15,
      late_settlements: 2,
      // 200,000 + 120,000 + 40,000 still owed; released or shipped orders on credit not yet invoiced: 150,000 + 0
      // (the cash order takes no credit).
      open_receivables: 360_000,
      open_orders: 150_000,
      overdue_receivables: 2,
      frozen_receivables: 1,
      // None open at the legal stage (more than 30 days late): the one written off is no longer open.
      legal_receivables: 0,
      largest_overdue: 120_000,
      // The bad debt counts in none of the open figures above, but in the customer's history (the scorecard caps it at D).
      bad_debt_total: 45_000,
    });
  });

  it('computes exposure, available credit, averages and the credit status from them', () => {
    const profile = customer({ ...goodWholesaler, credit_limit: 600_000, ...rollups });
    // Exposure 360,000 + 150,000 = 510,000; available 600,000 − 510,000 = 90,000.
    // 15 days late over 3 settled = 5 on average; 2 settled late. A receivable at the notice stage: frozen.
    expect(profile).toMatchObject({ exposure: 510_000, available_credit: 90_000, average_days_late: 5, late_payments: 2, credit_status: 'frozen' });
  });

  it('is over its limit while it owes and has ordered more, normal once within it and nothing is at the notice or legal stage, blacklisted above all', () => {
    const clear = rollupsOf('customer', { receivable: receivables.slice(0, 4), sales_order: orders });
    // No limit granted yet: 0 − (200,000 + 150,000) = −350,000 available.
    expect(customer({ ...goodWholesaler, ...clear })).toMatchObject({ credit_status: 'over_limit', overdue_receivables: 0, available_credit: -350_000 });
    expect(customer({ ...goodWholesaler, ...clear, credit_limit: 350_000 })).toMatchObject({ credit_status: 'normal', available_credit: 0 });
    expect(clear).not.toHaveProperty('largest_overdue');
    expect(customer({ ...goodWholesaler, ...clear, blacklisted: true, blacklist_reason: '恶意拖欠货款' }).credit_status).toBe('blacklisted');
  });

  it('a new customer: nothing settled yet, so no average and no late count (the scorecard counts it as average)', () => {
    const fresh = customer({ ...goodWholesaler, credit_limit: 200_000, ...rollupsOf('customer', {}) });
    expect(fresh).toMatchObject({ order_count: 0, settled_receivables: 0, exposure: 0, available_credit: 200_000, credit_status: 'normal' });
    expect([fresh.average_days_late ?? null, fresh.late_payments ?? null]).toEqual([null, null]);
  });
});

describe('payments written off against a receivable', () => {
  const payment = (amount: number, paidOn: string) => stored('payment', { payment_no: `PAY-${amount}`, customer: 'cust_0042', receivable: 'rec_1', amount, paid_on: paidOn, method: 'bank_transfer' });

  it('the paid amount is the sum of its payments, exact to the fen, and the last payment date their latest', () => {
    const paid = rollupsOf('receivable', { payment: [payment(30_000.1, '2025-06-10'), payment(0.2, '2025-06-28'), payment(55_999.7, '2025-06-20')] });
    expect(paid).toEqual({ paid_amount: 86_000, last_paid_on: '2025-06-28' });
    expect(receivable(86_000, -12, paid)).toMatchObject({ outstanding: 0, days_overdue: 0, aging_bucket: 'settled' });
    expect(receivable(86_000, -12, rollupsOf('receivable', { payment: [payment(50_000, '2025-06-20')] }))).toMatchObject({ outstanding: 36_000, days_overdue: 12 });
  });
});
