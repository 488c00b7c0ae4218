/** @module The bench card written by hand as plain JS: the practical speed limit. */
import type { Customer } from './customers.js';
import { industryWeights } from './weights.js';

/** What the three evaluators must agree on. */
export interface Verdict {
  readonly total: number;
  readonly grade: string;
  readonly flags: readonly string[];
}

// Factor order: debt, current, quick, interest, margin, roe, receivables, inventory, sales, capital,
// age, type, industry, rating, days late, late payments, overdue, cooperation, complaints, legal.
const BASE = [1000, 600, 400, 400, 300, 300, 300, 200, 500, 300, 500, 400, 400, 500, 1200, 1000, 500, 500, 400, 300];
const WEIGHTS = industryWeights(BASE, { construction: { 0: 1.5, 17: 0.8 }, technology: { 5: 1.3, 4: 1.2 } });
const NO_FLAGS: readonly string[] = [];
const WATCH: readonly string[] = ['watch'];

const num = (v: unknown): v is number => typeof v === 'number';

/** Completed years from `YYYY-MM-DD` to today (given as parts). */
function years(date: string, ty: number, tmd: number): number {
  const y = +date.slice(0, 4);
  const md = +date.slice(5, 7) * 100 + +date.slice(8, 10);
  return ty - y - (tmd < md ? 1 : 0);
}

/**
 * Scores one customer: points in hundredths, weights in basis points, the total rounded half up
 * to 1 decimal in integers; a high-risk customer is capped at C, negative news flags "watch".
 */
export function handWritten(c: Customer, todayYear: number, todayMonthDay: number): Verdict {
  const w = WEIGHTS.get(c.industry as string | null) ?? (WEIGHTS.get(null) as Int32Array);
  const d = c.debt_ratio, cr = c.current_ratio, qr = c.quick_ratio, ic = c.interest_coverage;
  const gm = c.gross_margin, roe = c.roe, rt = c.receivables_turnover, it = c.inventory_turnover;
  const sales = c.annual_sales, cap = c.registered_capital, dl = c.avg_days_late, lp = c.late_payments;
  const od = c.largest_overdue, cy = c.cooperation_years, cmp = c.complaint_rate, founded = c.founded;
  let s = 0;
  s += (w[0] as number) * (!num(d) ? 0 : d < 0.3 ? 10000 : d < 0.5 ? 7000 : d < 0.7 ? 4000 : 0);
  s += (w[1] as number) * (!num(cr) ? 0 : cr < 1 ? 2000 : cr < 1.5 ? 5000 : cr < 2 ? 8000 : 10000);
  s += (w[2] as number) * (!num(qr) ? 0 : qr < 0.5 ? 2000 : qr < 1 ? 6000 : 10000);
  s += (w[3] as number) * (!num(ic) ? 0 : ic < 1 ? 0 : ic < 3 ? 5000 : ic < 6 ? 8000 : 10000);
  s += (w[4] as number) * (!num(gm) ? 0 : gm < 0.1 ? 3000 : gm < 0.2 ? 6000 : gm < 0.35 ? 8500 : 10000);
  s += (w[5] as number) * (!num(roe) ? 0 : roe < 0 ? 0 : roe < 0.05 ? 4000 : roe < 0.15 ? 7500 : 10000);
  s += (w[6] as number) * (!num(rt) ? 0 : rt < 4 ? 3000 : rt < 8 ? 7000 : 10000);
  s += (w[7] as number) * (!num(it) ? 0 : it < 3 ? 4000 : it < 6 ? 7500 : 10000);
  s += (w[8] as number) * (!num(sales) ? 0 : sales < 1e6 ? 3000 : sales < 1e7 ? 6000 : sales < 1e8 ? 8500 : 10000);
  s += (w[9] as number) * (!num(cap) ? 0 : cap < 1e6 ? 4000 : cap < 1e7 ? 7000 : 10000);
  if (typeof founded === 'string') {
    const age = years(founded, todayYear, todayMonthDay);
    s += (w[10] as number) * (age < 2 ? 2000 : age < 5 ? 5000 : age < 10 ? 8000 : 10000);
  } else s += (w[10] as number) * 2000;
  const et = c.enterprise_type;
  s += (w[11] as number) * (et === null ? 0 : et === 'state' ? 10000 : et === 'foreign' ? 8500 : et === 'private' ? 7000 : 5000);
  const ind = c.industry;
  s += (w[12] as number) * (ind === 'manufacturing' ? 7000 : ind === 'retail' ? 6500 : ind === 'construction' ? 4500 : ind === 'services' ? 7500 : ind === 'technology' ? 8000 : 5000);
  const r = c.external_rating;
  s += (w[13] as number) * (r === 'AAA' ? 10000 : r === 'AA' ? 9000 : r === 'A' ? 8000 : r === 'BBB' ? 6500 : r === 'BB' ? 4500 : r === 'B' ? 2500 : 4000);
  s += (w[14] as number) * (!num(dl) ? 0 : dl < 1 ? 10000 : dl < 15 ? 8000 : dl < 30 ? 6000 : dl < 60 ? 3000 : 0);
  s += (w[15] as number) * (!num(lp) ? 0 : lp < 1 ? 10000 : lp < 3 ? 7500 : lp < 6 ? 4000 : 1000);
  s += (w[16] as number) * (!num(od) ? 0 : od < 1e4 ? 10000 : od < 1e5 ? 7000 : od < 5e5 ? 4000 : 1000);
  s += (w[17] as number) * (!num(cy) ? 3000 : cy < 1 ? 3000 : cy < 3 ? 6000 : cy < 5 ? 8000 : 10000);
  s += (w[18] as number) * (!num(cmp) ? 0 : cmp < 0.01 ? 10000 : cmp < 0.03 ? 7000 : cmp < 0.05 ? 4000 : 1000);
  const lawsuit = c.lawsuit_pending === true;
  const pen = c.penalties;
  const clean = c.lawsuit_pending === false && c.abnormal_operation === false && num(pen) && pen < 1;
  s += (w[19] as number) * (clean ? 10000 : lawsuit ? 2000 : 6000);
  // s is in millionths of a point; one decimal is 100000 of them. s ≥ 0, so half up is floor(+0.5).
  const tenths = Math.floor((s + 50_000) / 100_000);
  let grade = tenths >= 850 ? 'A' : tenths >= 700 ? 'B' : tenths >= 500 ? 'C' : 'D';
  if ((num(d) && d > 0.7) || lawsuit) {
    if (grade === 'A' || grade === 'B') grade = 'C';
  }
  return { total: tenths / 10, grade, flags: c.negative_news === true ? WATCH : NO_FLAGS };
}
