/** @module Two years of trading for the demo customers: orders shipped, receivables issued, paid on time, late, in part or not yet. */
import { daysBetween } from '@heng/engine';
import { shiftDays } from '../../template-kit.js';
import type { DemoCustomer } from './customers.js';
import type { Random } from './random.js';
import type { DemoRecord } from './types.js';

/** The history of the ledger, form by form, in the order it is written. */
export interface Ledger {
  readonly orders: DemoRecord[];
  readonly receivables: DemoRecord[];
  readonly payments: DemoRecord[];
}

/** An open receivable placed where the daily run must find it: due in `dueIn` days (negative: overdue). */
export interface Planted {
  readonly customer: number;
  readonly dueIn: number;
  /** A part already paid. */
  readonly partial?: boolean;
}

// Dates here are ones the generator wrote itself, so always dates.
const days = (from: string, to: string): number => daysBetween(to, from)!;

/**
 * A date without its dashes, as document numbers carry it.
 *
 * @example
 * compact('2025-06-30') // '20250630'
 */
export const compact = (date: string): string => date.replaceAll('-', '');
const METHODS = { bank_transfer: 70, bank_acceptance: 20, commercial_acceptance: 7, cash: 3 } as const;

/** Writes the records of one order: the order, its receivable, and the payments made by `today`. */
class Writer {
  readonly ledger: Ledger = { orders: [], receivables: [], payments: [] };
  #serial = 0;

  constructor(private readonly r: Random, private readonly today: string, private readonly finance: string) {}

  /**
   * One order, shipped and invoiced `ship` days later; paid on `paidOn` (in two payments when
   * `split`) or, when that is not before today, still open (a part paid when `split`).
   */
  trade(c: DemoCustomer, orderDate: string, amount: number, paidOn: string | null, split: boolean, ship: number): string {
    const r = this.r;
    const n = String(++this.#serial).padStart(5, '0');
    const issued = shiftDays(orderDate, ship);
    const due = shiftDays(issued, c.terms);
    const order = `order-${n}`;
    const receivable = `receivable-${n}`;
    const settled = paidOn !== null && paidOn < this.today;
    this.ledger.orders.push({
      key: order,
      values: { customer: c.key, salesperson: c.sales, order_date: orderDate, amount, payment_method: 'credit', status: settled ? 'completed' : 'shipped' },
    });
    this.ledger.receivables.push({
      key: receivable,
      values: { invoice_no: `INV-${compact(issued)}-${n}`, customer: c.key, order, salesperson: c.sales, amount, issued_on: issued, due_date: due },
    });
    const pay = (key: string, value: number, on: string): void => {
      const method = r.weighted(METHODS);
      this.ledger.payments.push({
        key,
        values: { customer: c.key, receivable, amount: value, paid_on: on, method, ...(method === 'bank_transfer' ? { bank_reference: `${r.int(100_000_000, 999_999_999)}${r.int(1000, 9999)}` } : {}), recorded_by: this.finance },
      });
    };
    const first = Math.round(amount * r.between(0.3, 0.7) / 100) * 100;
    if (settled && split) {
      const before = shiftDays(paidOn, -r.int(5, 25));
      pay(`payment-${n}-1`, first, before > issued ? before : issued);
      pay(`payment-${n}-2`, Math.round((amount - first) * 100) / 100, paidOn);
    } else if (settled) {
      pay(`payment-${n}-1`, amount, paidOn);
    } else if (split) {
      pay(`payment-${n}-1`, first, shiftDays(this.today, -r.int(1, Math.max(1, Math.min(20, days(issued, this.today) - 1)))));
    }
    return receivable;
  }
}

/** An order amount: a share of the limit the customer may get, in hundreds of yuan, sometimes with fen. */
function orderAmount(r: Random, c: DemoCustomer): number {
  const bound = c.limitBound > 0 ? c.limitBound : 400_000;
  const hundreds = Math.max(20, Math.round((bound * r.between(0.04, 0.3)) / 100)) * 100;
  return r.chance(0.15) ? hundreds + r.int(1, 99) / 100 + r.int(1, 99) : hundreds;
}

/**
 * Two years of trading before `today` (or since the customer came), then the open receivables
 * `planted` where the daily run must find them. Each customer orders a few times a year; each
 * order ships within a week and is invoiced on its terms; it is paid early or on time as the
 * customer usually pays, else late; one in six is paid in two parts; what is not yet paid is open.
 *
 * @example
 * const { orders, receivables, payments } = tradingHistory(r, customers, '2025-06-30', 'qian', planted);
 */
export function tradingHistory(r: Random, customers: readonly DemoCustomer[], today: string, finance: string, planted: readonly Planted[]): Ledger {
  const w = new Writer(r, today, finance);
  const start = shiftDays(today, -730);
  for (const c of customers) {
    const from = c.since > start ? c.since : start;
    const span = days(from, shiftDays(today, -15));
    if (span <= 0) continue;
    const perYear = c.kind === 'excellent' || c.kind === 'good' ? r.between(3, 5) : r.between(1.5, 3.5);
    const count = Math.max(1, Math.round((perYear * span) / 365));
    const dates = Array.from({ length: count }, () => shiftDays(from, r.int(0, span))).sort();
    for (const date of dates) {
      const ship = r.int(1, 6);
      const due = shiftDays(date, ship + c.terms);
      const paidOn = r.chance(c.onTime) ? shiftDays(due, -r.int(0, Math.min(10, c.terms))) : shiftDays(due, r.int(c.late[0], c.late[1]));
      w.trade(c, date, orderAmount(r, c), paidOn, r.chance(1 / 6), ship);
    }
  }
  // Shipped 3 days after the order, so the receivable falls due exactly `dueIn` days from today.
  for (const p of planted) {
    const c = customers[p.customer]!;
    w.trade(c, shiftDays(today, p.dueIn - c.terms - 3), orderAmount(r, c), null, p.partial === true, 3);
  }
  return w.ledger;
}

/**
 * The ledger with the oldest receivable of each blacklisted customer written off as bad debt, as
 * the old system left it: never paid (its payments dropped), passed to legal before the write-off,
 * the loss behind the blacklisting. Draws nothing, so the rest of the demo stays as it was.
 *
 * @example
 * writtenOff(tradingHistory(r, customers, '2025-06-30', 'qian', planted), customers).receivables.filter((x) => x.values.status === 'bad_debt')
 */
export function writtenOff(ledger: Ledger, customers: readonly DemoCustomer[]): Ledger {
  const blacklisted = new Set(customers.flatMap((c) => (c.kind === 'blacklisted' ? [c.key] : [])));
  const lost = new Set<string>();
  for (const rec of ledger.receivables) {
    const customer = rec.values['customer'] as string;
    if (blacklisted.delete(customer)) lost.add(rec.key);
  }
  return {
    orders: ledger.orders,
    receivables: ledger.receivables.map((rec) => (lost.has(rec.key) ? { ...rec, values: { ...rec.values, status: 'bad_debt', collection_stage: 'legal' } } : rec)),
    payments: ledger.payments.filter((p) => !lost.has(p.values['receivable'] as string)),
  };
}
