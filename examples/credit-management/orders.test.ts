import { describe, expect, it } from 'vitest';
import { fieldWrites, fired, runRules, stored } from './test-kit.js';

// A new order as created: the customer's grade, blacklist flag and available credit are those at
// the time of the order (see the README: the server fills them once lookups exist).
const order = (values: Readonly<Record<string, unknown>>) =>
  stored('sales_order', {
    order_no: 'SO-2025-0630-07',
    customer: 'cust_0042',
    customer_name: '杭州钱塘商贸有限公司',
    salesperson: 'zhou',
    order_date: '2025-06-30',
    amount: 600_000,
    customer_grade: 'AA',
    available_credit: 800_000,
    ...values,
  });
const check = (values: Readonly<Record<string, unknown>>) => runRules('order_credit_check', order(values));

describe('order credit check (订单信用校验)', () => {
  it('within the available credit: released', async () => {
    const result = await check({});
    expect(order({}).over_limit).toBe(false);
    expect(fired(result)).toEqual(['within_limit']);
    expect(fieldWrites(result)).toEqual({ status: 'approved' });
  });

  it('over it: the over-limit approval starts and the salesperson learns by how much', async () => {
    const record = order({ amount: 950_000.5 });
    // 950,000.50 − 800,000 = 150,000.50 over.
    expect(record).toMatchObject({ over_limit: true, over_limit_amount: 150_000.5 });
    const result = await runRules('order_credit_check', record);
    expect(fired(result)).toEqual(['over_limit']);
    expect(result.effects[0]).toEqual({ kind: 'start_flow', rule: 'over_limit', action: 'approval', flow: 'order_over_limit' });
    expect(result.effects[1]).toMatchObject({ message: { 'zh-CN': '订单 SO-2025-0630-07（950000.5 元）超出 杭州钱塘商贸有限公司 的可用额度 150000.5 元，已提交超额审批。' } });
  });

  it('a customer without available credit (never granted, or all used) is over with any credit order', async () => {
    expect(order({ available_credit: undefined })).toMatchObject({ over_limit: true, over_limit_amount: 600_000 });
    expect(order({ available_credit: -20_000 })).toMatchObject({ over_limit: true, over_limit_amount: 620_000 });
  });

  it('blacklisted: refused, whatever the credit', async () => {
    const result = await check({ customer_blacklisted: true, amount: 1_000 });
    expect(fired(result)).toEqual(['blacklisted']);
    expect(fieldWrites(result)).toEqual({ status: 'blocked', block_reason: 'blacklisted' });
  });

  it('grade D buys cash on delivery only: credit is blocked, cash is released', async () => {
    const credit = await check({ customer_grade: 'D', available_credit: 0 });
    expect(fired(credit)).toEqual(['cash_only']);
    expect(fieldWrites(credit)).toEqual({ status: 'blocked', block_reason: 'cash_only' });
    const cash = await check({ customer_grade: 'D', available_credit: 0, payment_method: 'cash' });
    expect(fired(cash)).toEqual(['within_limit']);
  });

  it('exactly one outcome for every kind of order', async () => {
    const kinds = [{}, { amount: 900_000 }, { customer_blacklisted: true }, { customer_grade: 'D' }, { customer_grade: 'D', payment_method: 'cash' }, { customer_grade: 'B', payment_method: 'cash', amount: 900_000 }];
    for (const values of kinds) expect(fired(await check(values))).toHaveLength(1);
  });
});

describe('over-limit approval outcome', () => {
  const decided = (status: string) => runRules('order_approval_outcome', { ...order({ amount: 900_000 }), approval_status: status, changed_fields: ['approval_status'] });

  it('approved: the order is released; rejected: blocked with the reason', async () => {
    expect(fieldWrites(await decided('approved'))).toEqual({ status: 'approved' });
    expect(fieldWrites(await decided('rejected'))).toEqual({ status: 'blocked', block_reason: 'limit_rejected' });
    expect(fired(await decided('running'))).toEqual([]);
  });
});

describe('credit application outcome', () => {
  const application = (values: Readonly<Record<string, unknown>>) =>
    runRules('credit_application_outcome', {
      ...stored('credit_application', { customer: 'cust_0042', customer_name: '杭州钱塘商贸有限公司', grade: 'B', amount: 800_000, reason: '旺季备货', salesperson: 'zhou', ...values }),
      changed_fields: ['approval_status'],
    });

  it('approved: the approved amount defaults to the amount applied for, and finance is asked to grant it', async () => {
    const result = await application({ approval_status: 'approved' });
    expect(fieldWrites(result)).toEqual({ approved_amount: 800_000 });
    expect(result.effects[1]).toMatchObject({ kind: 'create_task', assignee: { role: 'finance_director' }, dueDate: '2025-07-01' });
    expect(fieldWrites(await application({ approval_status: 'approved', approved_amount: 600_000 }))).toEqual({ approved_amount: 600_000 });
  });

  it('returned or rejected: the salesperson is told', async () => {
    expect(fired(await application({ approval_status: 'returned' }))).toEqual(['returned']);
    expect(fired(await application({ approval_status: 'rejected' }))).toEqual(['rejected']);
  });
});
