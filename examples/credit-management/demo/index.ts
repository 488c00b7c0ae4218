/** @module The credit template's demo data: a deterministic company of customers with two years of trading, relative to a given day. */
import { demoCustomers } from './customers.js';
import type { DemoCustomer, Kind } from './customers.js';
import { tradingHistory, writtenOff } from './ledger.js';
import type { Planted } from './ledger.js';
import { DEMO_PASSWORD, DEMO_USERS, SALESPEOPLE } from './people.js';
import { seeded, shuffled } from './random.js';
import type { Random } from './random.js';
import { recentActivity } from './recent.js';
import type { DemoData, DemoOptions } from './types.js';

export type { DemoBatch, DemoData, DemoDecision, DemoOptions, DemoRecord, DemoUser } from './types.js';
export { DEMO_PASSWORD, DEMO_USERS } from './people.js';

/** The seed used unless told: any fixed number makes the same company every time. */
export const DEMO_SEED = 20_250_630;

/** Who records payments and imports the history: the finance director and the boss. */
const FINANCE = 'qian';
const BOSS = 'chen';

/**
 * Open receivables placed where each step of the daily run finds one: due in 7 and 3 days
 * (reminders), 3 days overdue (tier 1), 12 and 20 (tier 2, one partly paid), 45 and 75
 * (tier 3, one partly paid); more of each for more customers, each on its own customer.
 */
function plant(r: Random, customers: readonly DemoCustomer[]): Planted[] {
  const able: readonly Kind[] = ['good', 'fair', 'weak', 'risky'];
  const pool = shuffled(r, customers.flatMap((c, i) => (able.includes(c.kind) ? [i] : [])));
  const each = Math.max(1, Math.round(customers.length / 60));
  const wanted = [7, 3, -3, -12, -20, -45, -75].flatMap((dueIn) => Array.from({ length: each }, (_, k) => ({ dueIn, partial: k === 0 && (dueIn === -20 || dueIn === -75) })));
  return pool.length === 0 ? [] : wanted.map((w, n) => ({ customer: pool[n % pool.length]!, ...w }));
}

/**
 * The demo company as of `today`: its people, `customers` customers (300 unless told) across
 * the industries and regions, about two years of orders, receivables and payments (some
 * overdue in every tier, some due in 3 and 7 days), the day's new orders (some over the limit,
 * one from each blacklisted customer), credit applications, a payment settling a tier-2
 * receivable, the oldest receivable of each blacklisted customer written off as bad debt,
 * and approvers' decisions. The same options give the same data: every draw comes
 * from a seeded generator.
 *
 * @example
 * const demo = demoData({ today: '2025-06-30' });
 * demo.history[0].records.length // 300 customers
 */
export function demoData(options: DemoOptions): DemoData {
  const { today } = options;
  const r = seeded(options.seed ?? DEMO_SEED);
  const customers = demoCustomers(r, options.customers ?? 300, today, SALESPEOPLE);
  const planted = plant(r, customers);
  const ledger = writtenOff(tradingHistory(r, customers, today, FINANCE, planted), customers);
  const plantedKeys = ledger.receivables.slice(-planted.length);
  const settled = plantedKeys[planted.findIndex((p) => p.dueIn === -12)];
  const plantedCustomers = new Set(planted.map((p) => p.customer));
  const newcomers = customers.flatMap((c, i) => (c.kind === 'newcomer' ? [i] : []));
  const steady = customers.flatMap((c, i) => (c.kind === 'good' && !plantedCustomers.has(i) ? [i] : []));
  const overLimit = new Set([...newcomers.slice(0, Math.max(2, Math.round(customers.length / 50))), ...steady.slice(0, 2)]);
  const applicants = shuffled(r, customers.flatMap((c, i) => (c.kind === 'blacklisted' ? [] : [i]))).slice(0, Math.max(6, Math.round(customers.length * 0.08)));
  const recent = recentActivity(r, customers, today, {
    overLimit, applicants, finance: FINANCE,
    settledToday: settled === undefined ? [] : [{ receivable: settled.key, customer: settled.values['customer'] as string, amount: settled.values['amount'] as number }],
  });
  return {
    company: { slug: 'demo', name: '衡信演示贸易有限公司' },
    password: DEMO_PASSWORD,
    users: DEMO_USERS,
    history: [
      { form: 'customer', as: BOSS, records: customers.map((c) => ({ key: c.key, values: c.values })) },
      { form: 'sales_order', as: BOSS, records: ledger.orders },
      { form: 'receivable', as: FINANCE, records: ledger.receivables.filter((x) => x.values['status'] !== 'bad_debt') },
      // Only the boss may write a collection stage: the old system's write-offs, passed to legal before.
      { form: 'receivable', as: BOSS, records: ledger.receivables.filter((x) => x.values['status'] === 'bad_debt') },
      { form: 'payment', as: FINANCE, records: ledger.payments },
    ],
    recent: recent.batches,
    decisions: recent.decisions,
  };
}
