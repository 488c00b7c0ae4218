import { describe, expect, it } from 'vitest';
import { customer, goodWholesaler } from './samples.js';
import { triggerMatches } from '@heng/engine';
import { fired, ruleSet, runRules, score, shiftDays, stored, TODAY } from './test-kit.js';

// Writing a receivable off as bad debt (status bad_debt) is a loss, not a settlement: its collection
// tasks close, the customer is blacklisted, the loss stays in its history, and nothing is released.
const writtenOff = (values: Readonly<Record<string, unknown>> = {}) =>
  stored('receivable', {
    invoice_no: 'INV-2024-0917',
    customer: 'cust_0042',
    customer_name: '杭州钱塘商贸有限公司',
    salesperson: 'zhou',
    amount: 86_000,
    issued_on: shiftDays(TODAY, -260),
    due_date: shiftDays(TODAY, -200),
    paid_amount: 6_000,
    collection_stage: 'legal',
    status: 'bad_debt',
    ...values,
  });
// The facts of a save that set the status: the write-off itself.
const statusSet = { is_new: false, changed_fields: ['status'] };

describe('a receivable written off as bad debt', () => {
  it('closes its due-date and collection tasks, blacklists the customer and tells finance and sales what was lost', async () => {
    const result = await runRules('write_off_bad_debt', { ...writtenOff(), ...statusSet });
    expect(fired(result)).toEqual(['written_off']);
    // 86,000 − 6,000 paid = 80,000 lost.
    expect(result.effects).toEqual([
      expect.objectContaining({ kind: 'close_tasks', reason: expect.objectContaining({ 'zh-CN': '发票已核销为坏账', en: 'Invoice written off as bad debt' }), actions: ['confirm', 'follow_up', 'manager_task', 'legal_task'] }),
      expect.objectContaining({ kind: 'set_field', field: 'blacklisted', value: true, target: expect.objectContaining({ form: 'customer', record: 'cust_0042' }) }),
      expect.objectContaining({ kind: 'set_field', field: 'blacklist_reason', append: true, value: '发票 INV-2024-0917 核销为坏账 / Invoice INV-2024-0917 written off as bad debt', target: expect.objectContaining({ form: 'customer' }) }),
      expect.objectContaining({ kind: 'notify', to: { role: 'finance_director' }, message: expect.objectContaining({ en: 'Invoice INV-2024-0917 of 杭州钱塘商贸有限公司 was written off as bad debt, a loss of 80,000.00 CNY. The customer is blacklisted and grades no better than D.' }) }),
      expect.objectContaining({ kind: 'notify', to: { field: 'salesperson', user: 'zhou' } }),
    ]);
  });

  it('does the same for a receivable created or imported already written off: the customer blacklisted, finance and sales told', async () => {
    expect(triggerMatches(ruleSet('write_off_bad_debt').trigger, { kind: 'record_created' })).toBe(true);
    const result = await runRules('write_off_bad_debt', { ...writtenOff(), is_new: true, changed_fields: [] });
    expect(fired(result)).toEqual(['written_off']);
    expect(result.effects.map((e) => (e.kind === 'set_field' ? e.field : e.kind))).toEqual(['close_tasks', 'blacklisted', 'blacklist_reason', 'notify', 'notify']);
  });

  it('does not write it off again when a receivable already written off is saved with its status unchanged', async () => {
    expect(fired(await runRules('write_off_bad_debt', { ...writtenOff({ notes: '已移交法务，无可执行财产' }), is_new: false, changed_fields: ['notes'] }))).toEqual([]);
  });

  it('closes the same tasks a settlement closes', () => {
    const closing = (id: string, rule: string) => ruleSet(id).rules.find((r) => r.id === rule)?.actions.find((a) => a.kind === 'close_tasks');
    const settled = closing('release_on_payment', 'settled')?.actions;
    expect(settled).toEqual(expect.arrayContaining(['follow_up', 'legal_task']));
    expect(closing('write_off_bad_debt', 'written_off')?.actions).toEqual(settled);
  });

  it('does nothing for a receivable written off with nothing owed on it', async () => {
    expect(fired(await runRules('write_off_bad_debt', { ...writtenOff({ paid_amount: 86_000 }), ...statusSet }))).toEqual([]);
  });

  it('does nothing for a receivable paid or still open', async () => {
    expect(fired(await runRules('write_off_bad_debt', { ...writtenOff({ status: 'paid', paid_amount: 86_000 }), ...statusSet }))).toEqual([]);
    expect(fired(await runRules('write_off_bad_debt', { ...writtenOff({ status: 'open' }), ...statusSet }))).toEqual([]);
  });

  it('never reads as settled: the customer is neither released nor cleared of high risk when the write-off empties its collection stages', async () => {
    // The write-off takes the receivable out of the open ones: the notice and legal counts drop to 0 as the bad debt rises, in one change.
    const facts = { ...customer({ ...goodWholesaler, frozen_receivables: 0, legal_receivables: 0, bad_debt_total: 80_000 }), changed_fields: ['frozen_receivables', 'legal_receivables', 'bad_debt_total'] };
    expect(fired(await runRules('collection_hold', facts))).toEqual([]);
    // A later settlement of another overdue invoice releases as before.
    expect(fired(await runRules('collection_hold', { ...facts, changed_fields: ['frozen_receivables'] }))).toEqual(['released']);
  });

  it('counts no days overdue and ages as written off, its loss kept, where the same invoice still open is 200 days late', () => {
    const aging = (r: Readonly<Record<string, unknown>>) => [r['days_overdue'], r['aging_bucket'], r['bad_debt_amount']];
    expect(aging(writtenOff())).toEqual([0, 'written_off', 80_000]);
    expect(aging(writtenOff({ status: 'open' }))).toEqual([200, 'overdue_over_90', 0]);
  });

  it('keeps the customer at D, flagged high risk, while the loss is on its books, even once taken off the blacklist', () => {
    // 729 on its factors (AA), capped at D: cash on delivery only.
    expect(score(customer({ ...goodWholesaler, bad_debt_total: 80_000 }))).toMatchObject({ total: 729, grade: 'D', flags: ['high_risk'], outputs: { limit: 0, terms: 0, settlement: 'cash' } });
  });
});
