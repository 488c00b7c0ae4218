/** @module Generated customers: every field of the bench card, some values missing, band edges hit. */
import { decimal, int, mulberry32, pick, type Random } from './prng.js';

/** A customer record as stored: missing values are null. */
export type Customer = Readonly<Record<string, string | number | boolean | null>>;

/** The date the bench scores on. */
export const TODAY = '2025-06-30';

const maybe = <T>(rnd: Random, value: T, missingRate = 0.03): T | null => (rnd() < missingRate ? null : value);

function date(rnd: Random): string {
  const y = int(rnd, 1990, 2025);
  const m = int(rnd, 1, 12);
  const d = int(rnd, 1, 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** One customer; decimals are few enough that values land exactly on band edges now and then. */
function customer(rnd: Random): Customer {
  return {
    debt_ratio: maybe(rnd, decimal(rnd, 0, 1, 2)),
    current_ratio: maybe(rnd, decimal(rnd, 0.2, 3.5, 2)),
    quick_ratio: maybe(rnd, decimal(rnd, 0.1, 2.5, 2)),
    interest_coverage: maybe(rnd, decimal(rnd, -2, 12, 1)),
    gross_margin: maybe(rnd, decimal(rnd, -0.05, 0.6, 2)),
    roe: maybe(rnd, decimal(rnd, -0.2, 0.4, 2)),
    receivables_turnover: maybe(rnd, decimal(rnd, 1, 15, 1)),
    inventory_turnover: maybe(rnd, decimal(rnd, 1, 12, 1)),
    annual_sales: maybe(rnd, decimal(rnd, 1e5, 5e8, 2)),
    registered_capital: maybe(rnd, int(rnd, 1, 500) * 100_000),
    founded: maybe(rnd, date(rnd)),
    enterprise_type: maybe(rnd, pick(rnd, ['state', 'private', 'private', 'foreign'])),
    industry: maybe(rnd, pick(rnd, ['manufacturing', 'retail', 'construction', 'services', 'technology'])),
    external_rating: maybe(rnd, pick(rnd, ['AAA', 'AA', 'A', 'BBB', 'BB', 'B']), 0.15),
    avg_days_late: maybe(rnd, int(rnd, 0, 90)),
    late_payments: maybe(rnd, int(rnd, 0, 10)),
    largest_overdue: maybe(rnd, rnd() < 0.3 ? 0 : decimal(rnd, 0, 1e6, 2)),
    cooperation_years: maybe(rnd, int(rnd, 0, 15)),
    complaint_rate: maybe(rnd, decimal(rnd, 0, 0.08, 3)),
    penalties: maybe(rnd, rnd() < 0.8 ? 0 : int(rnd, 1, 3)),
    lawsuit_pending: maybe(rnd, rnd() < 0.1),
    abnormal_operation: maybe(rnd, rnd() < 0.05),
    negative_news: maybe(rnd, rnd() < 0.08),
  };
}

/**
 * `count` customers from `seed`, the same every run.
 *
 * @example
 * generateCustomers(100_000, 20240630)
 */
export function generateCustomers(count: number, seed: number): Customer[] {
  const rnd = mulberry32(seed);
  return Array.from({ length: count }, () => customer(rnd));
}
