import { failedEntry } from '@heng/engine';
import type { ReferenceField } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { fieldWrites, fired, form, ruleSet, runRules, shiftDays, stored, TODAY } from './test-kit.js';

// Receivables as the daily schedule sees them on TODAY (2025-06-30): the form's formulas compute
// days to the due date and days overdue, so each sample only moves its due date.
const receivable = (dueInDays: number, values: Readonly<Record<string, unknown>> = {}) =>
  stored('receivable', {
    invoice_no: 'INV-2025-0412',
    customer: 'cust_0042',
    customer_name: '杭州钱塘商贸有限公司',
    salesperson: 'zhou',
    amount: 86_000,
    issued_on: shiftDays(TODAY, dueInDays - 60),
    due_date: shiftDays(TODAY, dueInDays),
    ...values,
  });
const overdue = (days: number, values: Readonly<Record<string, unknown>> = {}) => receivable(-days, values);

describe('due-date reminders (daily at 8:00, Asia/Shanghai)', () => {
  it('runs every morning at 8 in China, as does the escalation', () => {
    expect(ruleSet('due_reminders').trigger).toEqual({ kind: 'schedule', cron: '0 8 * * *', timezone: 'Asia/Shanghai' });
    expect(ruleSet('overdue_escalation').trigger).toEqual(ruleSet('due_reminders').trigger);
  });

  it('7 days before the due date: the salesperson is reminded', async () => {
    const record = receivable(7);
    expect(record.days_to_due).toBe(7);
    const result = await runRules('due_reminders', record);
    expect(fired(result)).toEqual(['due_in_7']);
    expect(result.effects[0]).toMatchObject({
      kind: 'notify',
      rule: 'due_in_7',
      action: 'remind',
      to: { field: 'salesperson', user: 'zhou' },
      message: {
        'zh-CN': '杭州钱塘商贸有限公司 的应收款 86,000.00 元（发票 INV-2025-0412）将于 2025-07-07 到期，还有 7 天，请提醒客户安排付款。',
        en: '86,000.00 CNY from 杭州钱塘商贸有限公司 (invoice INV-2025-0412) is due on 2025-07-07, in 7 days: remind the customer to pay.',
      },
    });
    expect(fieldWrites(result)).toEqual({ collection_stage: 'due_7' });
  });

  it('3 days before: a reminder and a task to confirm the payment date', async () => {
    const result = await runRules('due_reminders', receivable(3, { collection_stage: 'due_7' }));
    expect(fired(result)).toEqual(['due_in_3']);
    expect(result.effects.map((e) => e.kind)).toEqual(['notify', 'create_task', 'set_field']);
    expect(result.effects[1]).toMatchObject({ assignee: { field: 'salesperson', user: 'zhou' }, dueDate: '2025-07-02' });
  });

  it('each reminder once, none earlier than 7 days, none once paid', async () => {
    expect(fired(await runRules('due_reminders', receivable(8)))).toEqual([]);
    expect(fired(await runRules('due_reminders', receivable(5, { collection_stage: 'due_7' })))).toEqual([]);
    expect(fired(await runRules('due_reminders', receivable(2, { collection_stage: 'due_3' })))).toEqual([]);
    expect(fired(await runRules('due_reminders', receivable(3, { paid_amount: 86_000 })))).toEqual([]);
  });
});

describe('the daily figures of a receivable', () => {
  it('move with the calendar while it is unpaid, and stop once it is settled, so the daily run leaves settled ones unwritten', () => {
    const open = { invoice_no: 'INV-1', customer: 'cust_0042', salesperson: 'zhou', amount: 50_000, issued_on: '2025-05-01', due_date: '2025-06-15' };
    const settled = { ...open, paid_amount: 50_000, last_paid_on: '2025-06-10', settled_on: '2025-06-10', status: 'paid' };
    const figures = (values: Readonly<Record<string, unknown>>, today: string) => {
      const r = stored('receivable', values, today);
      return [r.days_to_due, r.days_overdue, r.collection_days, r.aging_bucket];
    };
    expect(figures(open, TODAY)).toEqual([-15, 15, 60, 'overdue_1_30']);
    expect(figures(open, shiftDays(TODAY, 1))).toEqual([-16, 16, 61, 'overdue_1_30']);
    // Paid 5 days early, 40 days after it was issued.
    expect(figures(settled, TODAY)).toEqual([5, 0, 40, 'settled']);
    expect(figures(settled, shiftDays(TODAY, 1))).toEqual(figures(settled, TODAY));
  });
});

describe('overdue escalation (daily at 8:00)', () => {
  const tier = async (days: number, stage?: string) => fired(await runRules('overdue_escalation', overdue(days, stage === undefined ? {} : { collection_stage: stage })));

  it('tiers at 1, 7, 8, 30 and 31 days overdue', async () => {
    expect(overdue(31).days_overdue).toBe(31);
    expect(await tier(0)).toEqual([]);
    expect(await tier(1)).toEqual(['reminder']);
    expect(await tier(7)).toEqual(['reminder']);
    expect(await tier(8)).toEqual(['notice']);
    expect(await tier(30)).toEqual(['notice']);
    expect(await tier(31)).toEqual(['legal']);
  });

  it('1-7 days: a friendly reminder and a follow-up task for the salesperson', async () => {
    const result = await runRules('overdue_escalation', overdue(1));
    expect(result.effects.map((e) => [e.kind, 'to' in e ? e.to : 'assignee' in e ? e.assignee : null])).toEqual([
      ['notify', { field: 'salesperson', user: 'zhou' }],
      ['create_task', { field: 'salesperson', user: 'zhou' }],
      ['set_field', null],
    ]);
    expect(fieldWrites(result)).toEqual({ collection_stage: 'reminder' });
  });

  it('8-30 days: a formal notice, a task for the salesperson’s manager (the sales managers when they have none) and the customer’s orders frozen', async () => {
    const result = await runRules('overdue_escalation', overdue(8, { collection_stage: 'reminder' }));
    expect(result.effects.map((e) => e.kind)).toEqual(['notify', 'create_task', 'freeze', 'set_field']);
    expect(result.effects[1]).toMatchObject({ assignee: { managerOf: 'salesperson', of: 'zhou', orRole: 'sales_manager' }, dueDate: '2025-07-03' });
    expect(result.effects[2]).toMatchObject({ scope: 'orders', target: { field: 'customer', record: 'cust_0042' } });
    expect(fieldWrites(result)).toEqual({ collection_stage: 'notice' });
  });

  it('over 30 days: a legal task, the customer marked high risk and frozen, the finance director alerted', async () => {
    const result = await runRules('overdue_escalation', overdue(31, { collection_stage: 'notice', paid_amount: 6_000 }));
    expect(result.effects.map((e) => e.kind)).toEqual(['create_task', 'add_flag', 'freeze', 'notify', 'set_field']);
    expect(result.effects[0]).toMatchObject({ assignee: { role: 'legal' }, dueDate: '2025-07-07' });
    expect(result.effects[1]).toMatchObject({ flag: 'high_risk', target: { field: 'customer', record: 'cust_0042' } });
    expect(result.effects[3]).toMatchObject({ to: { role: 'finance_director' }, message: { 'zh-CN': '杭州钱塘商贸有限公司 逾期 31 天，未结 80,000.00 元，已转法务并标记高风险。' } });
  });

  it('each tier acts once; a receivable found late goes straight to its tier; a settled one is left alone', async () => {
    expect(await tier(5, 'reminder')).toEqual([]);
    expect(await tier(20, 'notice')).toEqual([]);
    expect(await tier(90, 'legal')).toEqual([]);
    expect(await tier(45)).toEqual(['legal']);
    expect(fired(await runRules('overdue_escalation', overdue(45, { paid_amount: 86_000 })))).toEqual([]);
  });
});

describe('payment received (回款核销)', () => {
  it('settled: marked paid on the day of its last payment, how late it was kept, collection stage reset', async () => {
    // Due 12 days ago, settled by a payment 2 days ago (the rollups give the paid amount and the last payment date):
    // 2025-06-28 − 2025-06-18 = 10 days late.
    const result = await runRules('release_on_payment', overdue(12, { paid_amount: 86_000, last_paid_on: '2025-06-28', collection_stage: 'notice' }));
    expect(fired(result)).toEqual(['settled']);
    expect(fieldWrites(result)).toEqual({ status: 'paid', collection_stage: 'none', settled_on: '2025-06-28', days_late_at_payment: 10 });
    // The customer's freeze is lifted by its own rules once no receivable is at the notice or legal stage (customer-rules.test.ts).
    expect(result.effects.map((e) => e.kind)).toEqual(['set_field', 'set_field', 'set_field', 'set_field', 'close_tasks', 'notify']);
    // Paid, nobody is to chase it any more: its due-date and collection tasks are closed, saying why.
    expect(result.effects.find((e) => e.kind === 'close_tasks')).toMatchObject({
      reason: { 'zh-CN': '发票已结清', en: 'Invoice settled' },
      actions: ['confirm', 'follow_up', 'manager_task', 'legal_task'],
    });
  });

  it('closes on settling exactly the tasks the reminders and the escalation give on a receivable', () => {
    const taskActions = ['due_reminders', 'overdue_escalation'].flatMap((id) => ruleSet(id).rules.flatMap((r) => r.actions.filter((a) => a.kind === 'create_task').map((a) => a.id)));
    const settled = ruleSet('release_on_payment').rules.find((r) => r.id === 'settled')!;
    const close = settled.actions.find((a) => a.kind === 'close_tasks');
    expect([ruleSet('due_reminders').form, ruleSet('overdue_escalation').form, ruleSet('release_on_payment').form]).toEqual(['receivable', 'receivable', 'receivable']);
    expect([...(close?.actions ?? [])].sort()).toEqual([...taskActions].sort());
  });

  it('paid early or on time: no days late', async () => {
    const result = await runRules('release_on_payment', receivable(5, { paid_amount: 86_000, last_paid_on: '2025-06-30' }));
    expect(fieldWrites(result)).toMatchObject({ settled_on: '2025-06-30', days_late_at_payment: 0 });
  });

  it('partly paid: the salesperson learns what is still owed, the freeze stays', async () => {
    const result = await runRules('release_on_payment', overdue(12, { paid_amount: 50_000, last_paid_on: '2025-06-29', collection_stage: 'notice' }));
    expect(fired(result)).toEqual(['partial']);
    expect(result.effects).toEqual([
      expect.objectContaining({ kind: 'notify', message: expect.objectContaining({ 'zh-CN': '杭州钱塘商贸有限公司 的发票 INV-2025-0412 已回款 50,000.00 元，尚欠 36,000.00 元。', en: '杭州钱塘商贸有限公司 paid 50,000.00 CNY of invoice INV-2025-0412; 36,000.00 CNY is still owed.' }) }),
    ]);
  });
});

describe('recording a payment: the receivables it may write off', () => {
  const { filter } = form('payment').fields.find((f) => f.id === 'receivable') as ReferenceField;
  const payment = { customer: 'cust_0042' };
  const offered = (values: Readonly<Record<string, unknown>>) => failedEntry(filter ?? [], receivable(5, values), payment) === undefined;

  it('are the chosen customer\'s receivables that still owe money, partly paid ones included', () => {
    expect(offered({})).toBe(true);
    expect(offered({ paid_amount: 50_000 })).toBe(true);
    expect(offered({ customer: 'cust_0043' })).toBe(false);
    expect(offered({ status: 'paid', paid_amount: 86_000 })).toBe(false);
    expect(offered({ status: 'bad_debt' })).toBe(false);
  });
});
