import { visibility } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { fieldWrites, fired, form, runRules, stored } from './test-kit.js';

// A new order as the server creates it: the customer's name, grade, credit status and exposure
// are lookups copied from the customer when the order is created (the server fills them; here
// they are given). The customer: a limit of 2,000,000, 900,000 of open receivables and 300,000
// of open orders, so 1,200,000 exposure and 800,000 available.
const atOrder = { customer_grade: 'AA', customer_credit_status: 'normal', customer_blacklisted: false, credit_limit: 2_000_000, open_receivables: 900_000, open_orders: 300_000, exposure: 1_200_000, available_credit: 800_000 };
const order = (values: Readonly<Record<string, unknown>>) =>
  stored('sales_order', { order_no: 'SO-2025-0630-07', customer: 'cust_0042', customer_name: '杭州钱塘商贸有限公司', salesperson: 'zhou', order_date: '2025-06-30', amount: 600_000, payment_method: 'credit', ...atOrder, ...values });
const check = (values: Readonly<Record<string, unknown>>) => runRules('order_credit_check', order(values));

describe('order credit check (订单信用校验)', () => {
  it('a new order awaits its check', () => {
    expect(order({}).status).toBe('pending');
  });

  it('no payment given: the customer\'s settlement fills it in first (grade D cash, else credit), and the check follows on it', async () => {
    // The form has no fixed default: a grade D customer's order is not on credit unless the salesperson says so.
    expect(form('sales_order').fields.find((f) => f.id === 'payment_method')?.default).toBeUndefined();
    const filled = async (settlement: string | undefined) => fieldWrites(await check({ payment_method: undefined, customer_settlement: settlement }));
    expect(await filled('cash')).toEqual({ payment_method: 'cash' });
    expect(await filled('credit_strict')).toEqual({ payment_method: 'credit' });
    expect(await filled(undefined)).toEqual({ payment_method: 'credit' });
    // Nothing else fires before it is filled in, not even a refusal: the check runs once, on the payment filled in.
    expect(fired(await check({ payment_method: undefined, customer_blacklisted: true, customer_credit_status: 'blacklisted' }))).toEqual(['default_payment']);
    expect(fired(await check({ customer_grade: 'D', customer_settlement: 'cash', available_credit: 0, payment_method: 'cash' }))).toEqual(['within_limit']);
  });

  it('within the available credit: released', async () => {
    const result = await check({});
    expect(order({}).over_limit).toBe(false);
    expect(fired(result)).toEqual(['within_limit']);
    expect(fieldWrites(result)).toEqual({ status: 'approved', checked_amount: 600_000 });
  });

  it('over it: held, the over-limit approval started, and the salesperson shown the exposure breakdown', async () => {
    const record = order({ amount: 950_000.5 });
    // 950,000.50 − 800,000 = 150,000.50 over.
    expect(record).toMatchObject({ over_limit: true, over_limit_amount: 150_000.5 });
    const result = await runRules('order_credit_check', record);
    expect(fired(result)).toEqual(['over_limit']);
    expect(fieldWrites(result)).toEqual({ status: 'held', checked_amount: 950_000.5 });
    expect(result.effects[2]).toEqual({ kind: 'start_flow', rule: 'over_limit', action: 'approval', flow: 'order_over_limit' });
    expect(result.effects[3]).toMatchObject({
      message: { 'zh-CN': '订单 SO-2025-0630-07（950,000.50 元）超出 杭州钱塘商贸有限公司 的可用额度 800,000.00 元共 150,000.50 元（占用额度 1,200,000.00 元 = 未结应收 900,000.00 元 + 在途订单 300,000.00 元），已提交超额审批。' },
    });
  });

  it('a customer without available credit (never granted, or all used) is over with any credit order', async () => {
    expect(order({ available_credit: undefined })).toMatchObject({ over_limit: true, over_limit_amount: 600_000 });
    expect(order({ available_credit: -20_000 })).toMatchObject({ over_limit: true, over_limit_amount: 620_000 });
  });

  it('blacklisted: refused, whatever the credit, even for cash on delivery', async () => {
    for (const payment_method of ['credit', 'cash']) {
      const result = await check({ customer_blacklisted: true, customer_credit_status: 'blacklisted', amount: 1_000, payment_method });
      expect(fired(result)).toEqual(['blacklisted']);
      expect(fieldWrites(result)).toEqual({ status: 'refused', refusal_reason: 'blacklisted' });
    }
  });

  it('frozen (a receivable more than 7 days overdue): credit refused, even within the limit', async () => {
    const result = await check({ amount: 1_000, customer_credit_status: 'frozen' });
    expect(fired(result)).toEqual(['frozen']);
    expect(fieldWrites(result)).toEqual({ status: 'refused', refusal_reason: 'frozen' });
    expect(result.effects.at(-1)).toMatchObject({ kind: 'notify', message: { en: 'Order SO-2025-0630-07 was refused: 杭州钱塘商贸有限公司 has a receivable more than 7 days overdue and its new orders on credit are frozen. Collect it first (orders for cash on delivery still go through).' } });
  });

  it('frozen: an order for cash on delivery asks no credit, so it is released, even beyond the available credit and for grade D', async () => {
    for (const values of [{}, { customer_grade: 'D', available_credit: -1_498_500 }]) {
      const result = await check({ ...values, customer_credit_status: 'frozen', payment_method: 'cash' });
      expect(fired(result)).toEqual(['within_limit']);
      expect(fieldWrites(result)).toEqual({ status: 'approved', checked_amount: 600_000 });
    }
  });

  it('grade D buys cash on delivery only: credit is refused, cash is released', async () => {
    const credit = await check({ customer_grade: 'D', available_credit: 0 });
    expect(fired(credit)).toEqual(['cash_only']);
    expect(fieldWrites(credit)).toEqual({ status: 'refused', refusal_reason: 'cash_only' });
    const cash = await check({ customer_grade: 'D', available_credit: 0, payment_method: 'cash' });
    expect(fired(cash)).toEqual(['within_limit']);
  });

  it('a cash order takes no credit: beside a negative available credit it shows no over-limit flag saying no', () => {
    // A cash order of a frozen grade D customer: −1,498,500 available, over the limit "no" (it asks no credit).
    const shown = visibility(form('sales_order').fields);
    const frozenD = { customer_grade: 'D', customer_credit_status: 'frozen', available_credit: -1_498_500, amount: 20_000 };
    const cash = order({ ...frozenD, payment_method: 'cash' });
    expect(cash.over_limit).toBe(false);
    expect([shown('available_credit', cash), shown('over_limit', cash), shown('over_limit_amount', cash)]).toEqual([true, false, false]);
    const credit = order({ ...frozenD, payment_method: 'credit' });
    expect(credit).toMatchObject({ over_limit: true, over_limit_amount: 1_518_500 });
    expect([shown('over_limit', credit), shown('over_limit_amount', credit)]).toEqual([true, true]);
  });

  it('exactly one outcome for every kind of new order, none for one entered with its status (imported history)', async () => {
    const kinds = [
      {}, { amount: 900_000 }, { customer_blacklisted: true, customer_credit_status: 'blacklisted' }, { customer_credit_status: 'frozen' }, { customer_credit_status: 'frozen', payment_method: 'cash' },
      { customer_credit_status: 'frozen', customer_grade: 'D' }, { customer_credit_status: 'frozen', customer_grade: 'D', payment_method: 'cash' }, { customer_grade: 'D' },
      { customer_grade: 'D', payment_method: 'cash' }, { customer_grade: 'B', payment_method: 'cash', amount: 900_000 }, { customer_grade: undefined, available_credit: 0 }, { payment_method: undefined },
    ];
    for (const values of kinds) expect(fired(await check(values))).toHaveLength(1);
    expect(fired(await check({ status: 'completed' }))).toEqual([]);
  });
});

describe('over-limit approval outcome', () => {
  const decided = (status: string) => runRules('order_approval_outcome', { ...order({ amount: 900_000, status: 'held' }), approval_status: status, changed_fields: ['approval_status'] });

  it('approved: the order is released at the amount approved, now the amount checked; rejected: refused with the reason; withdrawn: cancelled', async () => {
    expect(fieldWrites(await decided('approved'))).toEqual({ status: 'approved', checked_amount: 900_000 });
    expect(fieldWrites(await decided('rejected'))).toEqual({ status: 'refused', refusal_reason: 'limit_rejected' });
    expect(fieldWrites(await decided('withdrawn'))).toEqual({ status: 'cancelled' });
    expect(fired(await decided('running'))).toEqual([]);
    // Only a held order is decided by it: an approval someone started on a refused or shipped order changes nothing.
    for (const status of ['refused', 'shipped']) {
      expect(fired(await runRules('order_approval_outcome', { ...order({ amount: 900_000, status }), approval_status: 'approved', changed_fields: ['approval_status'] }))).toEqual([]);
    }
  });
});

describe('credit application outcome', () => {
  const application = (values: Readonly<Record<string, unknown>>) =>
    runRules('credit_application_outcome', {
      ...stored('credit_application', { customer: 'cust_0042', customer_name: '杭州钱塘商贸有限公司', grade: 'B', amount: 800_000, reason: '旺季备货', salesperson: 'zhou', ...values }),
      changed_fields: ['approval_status'],
    });

  it('approved as applied for: the approved amount is the amount applied for, and becomes the customer\'s credit limit; finance is told it', async () => {
    const grant = (r: Awaited<ReturnType<typeof application>>) => r.effects.find((e) => e.kind === 'set_field' && e.target !== undefined);
    const result = await application({ approval_status: 'approved' });
    expect(fired(result)).toEqual(['approved_as_applied']);
    expect(fieldWrites(result)).toEqual({ approved_amount: 800_000 });
    expect(grant(result)).toEqual({ kind: 'set_field', rule: 'approved_as_applied', action: 'grant_limit', field: 'credit_limit', value: 800_000, target: { field: 'customer', record: 'cust_0042', form: 'customer' }, reads: ['amount'] });
    const notices = result.effects.flatMap((e) => (e.kind === 'notify' ? [[e.to, e.message['zh-CN']]] : []));
    expect(notices).toEqual([
      [{ role: 'finance_director' }, '杭州钱塘商贸有限公司 的授信申请已按申请额度通过：客户授信额度已更新为 800,000.00 元。'],
      [{ field: 'salesperson', user: 'zhou' }, '杭州钱塘商贸有限公司 的授信申请已按申请额度 800,000.00 元通过。'],
    ]);
  });

  it('approved at a lower amount: that amount becomes the limit, and finance is told which', async () => {
    // Nothing at all granted is an amount too, not "as applied for".
    const none = await application({ approval_status: 'approved', approved_amount: 0 });
    expect(fired(none)).toEqual(['approved']);
    expect(none.effects.find((e) => e.kind === 'set_field')).toMatchObject({ field: 'credit_limit', value: 0 });
    const result = await application({ approval_status: 'approved', approved_amount: 600_000 });
    expect(fired(result)).toEqual(['approved']);
    expect(fieldWrites(result)).toEqual({});
    expect(result.effects.find((e) => e.kind === 'set_field')).toMatchObject({ field: 'credit_limit', value: 600_000, target: { record: 'cust_0042' } });
    expect(result.effects.find((e) => e.kind === 'notify')).toMatchObject({ to: { role: 'finance_director' }, message: { 'zh-CN': '杭州钱塘商贸有限公司 的授信申请已通过：客户授信额度已更新为批准额度 600,000.00 元（申请 800,000.00 元）。' } });
  });

  it('approved with terms: they become the customer\'s payment terms', async () => {
    const result = await application({ approval_status: 'approved', approved_amount: 600_000, approved_terms_days: 60 });
    expect(fired(result)).toEqual(['approved', 'approved_terms']);
    expect(result.effects.filter((e) => e.kind === 'set_field').map((e) => [e.field, e.value])).toEqual([['credit_limit', 600_000], ['payment_terms_days', 60]]);
  });

  it('approved without terms: the terms applied for are approved and become the customer\'s, as an empty amount is the amount applied for', async () => {
    const result = await application({ approval_status: 'approved', approved_amount: 600_000, requested_terms_days: 60 });
    expect(fired(result)).toEqual(['approved', 'terms_as_applied']);
    expect(fieldWrites(result)).toEqual({ approved_terms_days: 60 });
    expect(result.effects.flatMap((e) => (e.kind === 'set_field' && e.target !== undefined ? [[e.field, e.value]] : []))).toEqual([['credit_limit', 600_000], ['payment_terms_days', 60]]);
    // Terms an approver set win; no terms asked for, none granted: the customer's stay.
    expect(fired(await application({ approval_status: 'approved', approved_amount: 600_000, requested_terms_days: 60, approved_terms_days: 45 }))).toEqual(['approved', 'approved_terms']);
    expect(fired(await application({ approval_status: 'approved', approved_amount: 600_000 }))).toEqual(['approved']);
  });

  it('returned, withdrawn or rejected: what approvers filled in as approved is cleared, to be decided anew on a resubmission; sales is told of a return or a rejection', async () => {
    for (const status of ['returned', 'withdrawn', 'rejected']) {
      const result = await application({ approval_status: status, approved_amount: 500_000, approved_terms_days: 30 });
      expect(fired(result)).toEqual([status]);
      expect(fieldWrites(result)).toEqual({ approved_amount: null, approved_terms_days: null });
      expect(result.effects.filter((e) => e.kind === 'notify').length).toBe(status === 'withdrawn' ? 0 : 1);
    }
  });

  it('shows how the amount applied for compares with the current limit: below zero, approving it lowers the limit', () => {
    const values = { customer: 'cust_0042', grade: 'A', amount: 300_000, reason: '扩大采购', salesperson: 'zhou' };
    expect(stored('credit_application', { ...values, current_limit: 3_631_000 })['limit_change']).toBe(-3_331_000);
    expect(stored('credit_application', { ...values, current_limit: 200_000 })['limit_change']).toBe(100_000);
    expect(stored('credit_application', values)['limit_change']).toBe(300_000);
  });
});
