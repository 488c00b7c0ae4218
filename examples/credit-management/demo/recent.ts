/** @module What happens on the demo's day: new orders placed by the salespeople, credit applications, payments, and the approvers' decisions. */
import { shiftDays } from '../../template-kit.js';
import type { DemoCustomer } from './customers.js';
import type { Random } from './random.js';
import type { DemoBatch, DemoDecision, DemoRecord } from './types.js';
import { APPLICATION_REASONS } from './words.js';

/** The day's records and decisions. */
export interface Recent {
  readonly batches: DemoBatch[];
  readonly decisions: DemoDecision[];
}

const hundreds = (x: number): number => Math.max(100, Math.round(x / 100) * 100);

/**
 * New orders of the last two weeks, awaiting their credit check: most within the customer's
 * credit, some well over it (mostly new customers on their trial limit), grade-D-like
 * customers partly for cash, and one from every blacklisted customer. Each salesperson places
 * their own customers' orders.
 */
function newOrders(r: Random, customers: readonly DemoCustomer[], today: string, overLimit: ReadonlySet<number>): DemoBatch[] {
  const bySales = new Map<string, DemoRecord[]>();
  customers.forEach((c, i) => {
    const over = overLimit.has(i);
    if (!over && c.kind !== 'blacklisted' && !r.chance(0.45)) return;
    const date = shiftDays(today, -r.int(0, 13));
    const bound = c.limitBound > 0 ? c.limitBound : 300_000;
    const amount = over ? hundreds(bound * r.between(1.3, 1.8)) : hundreds(bound * r.between(0.02, 0.1));
    const cash = c.kind === 'risky' && r.chance(0.5);
    const key = `order-new-${String(i + 1).padStart(3, '0')}`;
    const record = { key, values: { customer: c.key, salesperson: c.sales, order_date: date, amount, payment_method: cash ? 'cash' : 'credit' } };
    bySales.set(c.sales, [...(bySales.get(c.sales) ?? []), record]);
  });
  return [...bySales].map(([as, records]) => ({ form: 'sales_order', as, records }));
}

/** Credit applications by the salespeople, for a higher limit than the customer has. */
function applications(r: Random, customers: readonly DemoCustomer[], chosen: readonly number[]): { batches: DemoBatch[]; decisions: DemoDecision[] } {
  const bySales = new Map<string, DemoRecord[]>();
  const decisions: DemoDecision[] = [];
  chosen.forEach((i, n) => {
    const c = customers[i]!;
    const amount = Math.max(100_000, Math.round((c.limitBound * r.between(0.6, 1.5)) / 10_000) * 10_000);
    const key = `application-${String(i + 1).padStart(3, '0')}`;
    const record = { key, values: { customer: c.key, amount, requested_terms_days: c.terms, reason: r.pick(APPLICATION_REASONS), salesperson: c.sales } };
    bySales.set(c.sales, [...(bySales.get(c.sales) ?? []), record]);
    // In turn: approved, approved at a lower amount, running, rejected, returned, running.
    const turn = n % 6;
    if (turn === 0) decisions.push({ form: 'credit_application', record: key, action: 'approve', comment: '同意。' });
    if (turn === 1) decisions.push({ form: 'credit_application', record: key, action: 'approve', comment: '同意，额度按八成批准。', edits: { approved_amount: Math.round(amount * 0.8) } });
    if (turn === 3) decisions.push({ form: 'credit_application', record: key, action: 'reject', comment: '近期回款不及时，暂不提额。' });
    if (turn === 4) decisions.push({ form: 'credit_application', record: key, action: 'return', comment: '请补充最近一期财务报表。' });
  });
  return { batches: [...bySales].map(([as, records]) => ({ form: 'credit_application', as, records })), decisions };
}

/**
 * The demo's day: new orders (`overLimit`: the customers whose order is well over their credit),
 * credit applications of the `applicants`, payments in full of the receivables `settledToday`
 * (recorded by finance), and decisions: half the over-limit orders approved, one rejected.
 *
 * @example
 * const { batches, decisions } = recentActivity(r, customers, '2025-06-30', { overLimit, applicants, settledToday, finance: 'qian' });
 */
export function recentActivity(
  r: Random, customers: readonly DemoCustomer[], today: string,
  plan: { readonly overLimit: ReadonlySet<number>; readonly applicants: readonly number[]; readonly settledToday: readonly { readonly receivable: string; readonly customer: string; readonly amount: number }[]; readonly finance: string },
): Recent {
  const orders = newOrders(r, customers, today, plan.overLimit);
  const apps = applications(r, customers, plan.applicants);
  const payments: DemoRecord[] = plan.settledToday.map((p, n) => ({
    key: `payment-today-${n + 1}`,
    values: { customer: p.customer, receivable: p.receivable, amount: p.amount, paid_on: today, method: 'bank_transfer', bank_reference: `${r.int(100_000_000, 999_999_999)}`, recorded_by: plan.finance },
  }));
  const overKeys = [...plan.overLimit].sort((a, b) => a - b).map((i) => `order-new-${String(i + 1).padStart(3, '0')}`);
  const orderDecisions: DemoDecision[] = overKeys.flatMap((record, n): DemoDecision[] => {
    if (n % 2 === 1) return [];
    if (n === 2) return [{ form: 'sales_order', record, action: 'reject', comment: '超额过多，请客户先回款。' }];
    return [{ form: 'sales_order', record, action: 'approve', comment: '老客户，同意本次超额发货。' }];
  });
  return { batches: [...orders, ...apps.batches, { form: 'payment', as: plan.finance, records: payments }], decisions: [...apps.decisions, ...orderDecisions] };
}
