import { describe, expect, it } from 'vitest';
import { initialSnapshot, simulateRoute, transition } from '@heng/engine';
import type { FlowCommand, FlowSnapshot } from '@heng/engine';
import { customer, topCustomer } from './samples.js';
import { compiledFlow, directory, flow, score, stored } from './test-kit.js';

// DOMAIN.md: "grade A and amount < 500,000 → sales director alone approves; grade C → risk officer
// AND finance director must both sign". On this template's scale the better grades are AAA, AA and A;
// B is the average grade (DOMAIN.md's C), and a customer not yet rated is treated as average / new.
// A customer with us under a year is new whatever the scorecard grades it (every factor has a
// missing-value score, so a new customer is graded at once): `isNew` is the lookup copied on submit.
const application = (grade: string | undefined, amount: number, isNew = false) =>
  stored('credit_application', { customer: 'cust_0042', customer_name: '杭州钱塘商贸有限公司', amount, reason: '旺季备货，订单增加', salesperson: 'zhou', is_new_customer: isNew, ...(grade === undefined ? {} : { grade }) });

const approversOf = (flowId: string, record: Record<string, unknown>) =>
  simulateRoute(compiledFlow(flowId), record, directory, 'zhou').steps.flatMap((s) => (s.kind === 'approver' ? [`${s.nodeId} ${s.mode}: ${(s.approvers ?? []).join(' + ')}`] : []));

describe('credit approval (授信审批)', () => {
  it('starts when an application is created and keeps its approval status in a field', () => {
    expect(flow('credit_approval')).toMatchObject({ form: 'credit_application', start: 'on_create', statusField: 'approval_status' });
  });

  it('grade A under 500,000: the sales director alone', () => {
    expect(approversOf('credit_approval', application('A', 499_999.99))).toEqual(['director_only or: wang']);
    expect(approversOf('credit_approval', application('AAA', 300_000))).toEqual(['director_only or: wang']);
  });

  it('grade AAA to A from 500,000: the sales director, then the finance director', () => {
    expect(approversOf('credit_approval', application('A', 500_000))).toEqual(['director_first or: wang', 'finance_second or: qian']);
    expect(approversOf('credit_approval', application('AA', 2_000_000))).toEqual(['director_first or: wang', 'finance_second or: qian']);
  });

  it('grade B (average) or not yet rated (new customer): risk officer and finance director countersign', () => {
    expect(approversOf('credit_approval', application('B', 100_000))).toEqual(['countersign and: zhao + qian']);
    expect(approversOf('credit_approval', application(undefined, 100_000))).toEqual(['countersign and: zhao + qian']);
    expect(approversOf('credit_approval', application('B', 499_999.99))).toEqual(['countersign and: zhao + qian']);
  });

  it('grade B or not yet rated from 500,000: the countersign, then the boss', () => {
    expect(approversOf('credit_approval', application('B', 500_000))).toEqual(['large_countersign and: zhao + qian', 'large_boss or: boss']);
    expect(approversOf('credit_approval', application(undefined, 1_200_000))).toEqual(['large_countersign and: zhao + qian', 'large_boss or: boss']);
  });

  it('grade D: the countersign, then the boss', () => {
    expect(approversOf('credit_approval', application('D', 50_000))).toEqual(['d_countersign and: zhao + qian', 'd_boss or: boss']);
    expect(approversOf('credit_approval', application('D', 50_000, true))).toEqual(['d_countersign and: zhao + qian', 'd_boss or: boss']);
  });

  it('a new customer within the trial limit: risk and finance countersign, even when graded A or better', () => {
    expect(approversOf('credit_approval', application('A', 150_000, true))).toEqual(['countersign and: zhao + qian']);
    expect(approversOf('credit_approval', application('AAA', 200_000, true))).toEqual(['countersign and: zhao + qian']);
    expect(approversOf('credit_approval', application(undefined, 100_000, true))).toEqual(['countersign and: zhao + qian']);
    expect(application('A', 200_000, true).trial_excess).toBe(0);
  });

  it('a new customer above the trial limit: the countersign, then the boss, each seeing how far above it the application is', () => {
    const app = application('A', 499_999, true);
    expect(app.trial_excess).toBe(299_999);
    expect(approversOf('credit_approval', app)).toEqual(['trial_countersign and: zhao + qian', 'trial_boss or: boss']);
    expect(approversOf('credit_approval', application('AAA', 2_000_000, true))).toEqual(['trial_countersign and: zhao + qian', 'trial_boss or: boss']);
    // A customer with us a year or more is not held to it.
    expect(application('A', 499_999).trial_excess).toBe(0);
  });

  it('holds a new customer to the trial limit of the scorecard’s credit policy', () => {
    // The best new customer the scorecard can see, with sales enough for any limit: the policy caps it.
    const { limit } = score(customer({ ...topCustomer, cooperation_since: '2025-03-01' })).outputs as { limit: number };
    expect(application('AAA', limit, true).trial_excess).toBe(0);
    expect(application('AAA', limit + 1, true).trial_excess).toBe(1);
  });

  it('copies the salesperson at the end of every route, unless they submitted it and are told the outcome', () => {
    const route = simulateRoute(compiledFlow('credit_approval'), application('B', 100_000), directory, 'sun');
    expect(route.steps.at(-1)).toEqual({ kind: 'copy', nodeId: 'cc_sales', to: ['zhou'] });
    expect(route.outcome).toBe('approved');
    expect(simulateRoute(compiledFlow('credit_approval'), application('B', 100_000), directory, 'zhou').steps.at(-1)).toEqual({ kind: 'copy', nodeId: 'cc_sales', to: [] });
  });

  it('a countersign needs both: after risk approves it still waits for finance, who may lower the amount', () => {
    const compiled = compiledFlow('credit_approval');
    let snapshot: FlowSnapshot = initialSnapshot(compiled);
    const step = (command: FlowCommand, now: string) => {
      const out = transition(compiled, snapshot, command, now);
      if (!out.ok) throw new Error(out.message);
      snapshot = out.snapshot;
      return out.effects;
    };
    step({ type: 'submit', by: 'zhou', record: application('B', 400_000), directory }, '2025-06-30T09:00:00+08:00');
    step({ type: 'approve', by: 'zhao', comment: '财务数据已核实' }, '2025-06-30T10:00:00+08:00');
    expect(snapshot.status).toBe('running');
    const effects = step({ type: 'approve', by: 'qian', comment: '同意，额度调整为 30 万', edits: { approved_amount: 300_000 } }, '2025-06-30T11:00:00+08:00');
    expect(effects).toContainEqual({ type: 'set_field', field: 'approved_amount', value: 300_000 });
    expect(effects.at(-1)).toEqual({ type: 'finished', outcome: 'approved' });
  });
});

describe('over-limit order approval (超额订单审批)', () => {
  const order = (customerGrade: string, amount: number, availableCredit: number, isNew = false) =>
    stored('sales_order', { order_no: 'SO-2025-0630-01', customer: 'cust_0042', customer_name: '杭州钱塘商贸有限公司', salesperson: 'zhou', order_date: '2025-06-30', amount, payment_method: 'credit', customer_grade: customerGrade, customer_is_new: isNew, available_credit: availableCredit });

  it('is started by a rule only, and keeps its approval status in a field', () => {
    expect(flow('order_over_limit')).toMatchObject({ form: 'sales_order', start: 'manual', statusField: 'approval_status' });
  });

  it('a good customer less than 100,000 over: the sales director alone', () => {
    // 650,000 ordered, 560,000.01 available: 89,999.99 over.
    expect(approversOf('order_over_limit', order('AA', 650_000, 560_000.01))).toEqual(['director_only or: wang']);
  });

  it('100,000 or more over, or a weaker customer: the sales director, then risk and finance countersign', () => {
    const twoSteps = ['director_first or: wang', 'risk_finance and: zhao + qian'];
    expect(approversOf('order_over_limit', order('A', 700_000, 600_000))).toEqual(twoSteps);
    expect(approversOf('order_over_limit', order('B', 120_000, 100_000))).toEqual(twoSteps);
  });

  it('a new customer, however graded and however little over: the sales director, then risk and finance countersign', () => {
    expect(approversOf('order_over_limit', order('A', 210_000, 200_000, true))).toEqual(['director_first or: wang', 'risk_finance and: zhao + qian']);
  });

  it('resubmitted after a return within the available credit: released with nobody to ask, unless the customer is blacklisted, or frozen or cash-only and it is on credit', () => {
    const twoSteps = ['director_first or: wang', 'risk_finance and: zhao + qian'];
    const returned = (o: Record<string, unknown>) => ({ ...o, status: 'held', approval_status: 'returned' });
    expect(approversOf('order_over_limit', returned(order('B', 90_000, 100_000)))).toEqual([]);
    expect(simulateRoute(compiledFlow('order_over_limit'), returned(order('B', 90_000, 100_000)), directory, 'zhou').outcome).toBe('approved');
    expect(approversOf('order_over_limit', returned({ ...order('B', 90_000, 100_000), customer_credit_status: 'frozen' }))).toEqual(twoSteps);
    // Changed to cash on delivery it asks no credit, frozen or not, as the credit check would release it.
    expect(approversOf('order_over_limit', returned({ ...order('B', 90_000, 100_000), customer_credit_status: 'frozen', payment_method: 'cash' }))).toEqual([]);
    expect(approversOf('order_over_limit', returned({ ...order('B', 90_000, 100_000), customer_blacklisted: true }))).toEqual(twoSteps);
    expect(approversOf('order_over_limit', returned(order('D', 9_000, 100_000)))).toEqual(twoSteps);
    expect(approversOf('order_over_limit', returned({ ...order('D', 9_000, 100_000), payment_method: 'cash' }))).toEqual([]);
    // Started by hand on an order that is not held and returned (a refused one, lowered), it asks the approvers as ever.
    expect(approversOf('order_over_limit', { ...order('B', 90_000, 100_000), status: 'refused' })).toEqual(twoSteps);
  });
});
