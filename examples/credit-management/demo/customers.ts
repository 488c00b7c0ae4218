/** @module Demo customers: credit profiles of seven kinds, from an excellent state-owned buyer to a blacklisted one, in every industry and region. */
import { shiftDays } from '../../template-kit.js';
import { companyName, creditCode, mobile, personName } from './identity.js';
import { shuffled, type Random } from './random.js';
import { BANKS, BLACKLIST_REASONS, CITIES, CONTACT_TITLES, INDUSTRY_WEIGHTS, LAWSUITS, REGION_WEIGHTS } from './words.js';

/** The kinds of customer: each grades differently once its payment history is rolled up. */
export type Kind = 'excellent' | 'good' | 'fair' | 'weak' | 'risky' | 'newcomer' | 'blacklisted';

/** How a kind of customer looks and pays. */
interface Profile {
  readonly share: number;
  readonly types: Readonly<Record<string, number>>;
  readonly founded: readonly [number, number];
  /** Years with us. */
  readonly together: readonly [number, number];
  readonly debt: readonly [number, number];
  readonly current: readonly [number, number];
  readonly sales: readonly [number, number];
  /** The chance a receivable is paid by its due date, and how late it is otherwise. */
  readonly onTime: number;
  readonly late: readonly [number, number];
  /** Payment terms in days, and the share of annual sales its limit is (for sizing its orders). */
  readonly terms: number;
  readonly limitShare: number;
}

const PROFILES: Readonly<Record<Kind, Profile>> = {
  excellent: { share: 0.1, types: { state_owned: 5, foreign: 3, private: 2 }, founded: [12, 30], together: [5, 10], debt: [0.12, 0.28], current: [2, 2.8], sales: [80e6, 900e6], onTime: 0.98, late: [1, 3], terms: 90, limitShare: 0.2 },
  good: { share: 0.24, types: { private: 6, foreign: 2, state_owned: 1 }, founded: [8, 20], together: [3, 6], debt: [0.3, 0.48], current: [1.5, 2.1], sales: [30e6, 400e6], onTime: 0.85, late: [2, 12], terms: 60, limitShare: 0.15 },
  fair: { share: 0.26, types: { private: 8, other: 1, foreign: 1 }, founded: [4, 14], together: [1.3, 4], debt: [0.45, 0.66], current: [1.1, 1.6], sales: [15e6, 200e6], onTime: 0.55, late: [10, 30], terms: 45, limitShare: 0.1 },
  weak: { share: 0.15, types: { private: 7, other: 3 }, founded: [3, 10], together: [1.3, 3], debt: [0.55, 0.69], current: [0.8, 1.3], sales: [10e6, 120e6], onTime: 0.3, late: [25, 65], terms: 30, limitShare: 0.05 },
  risky: { share: 0.1, types: { private: 8, other: 2 }, founded: [2, 8], together: [1.2, 3], debt: [0.72, 0.86], current: [0.5, 1], sales: [8e6, 80e6], onTime: 0.2, late: [30, 120], terms: 30, limitShare: 0.05 },
  newcomer: { share: 0.13, types: { private: 6, foreign: 2, state_owned: 1, other: 1 }, founded: [2, 15], together: [0.1, 0.85], debt: [0.3, 0.6], current: [1.2, 2], sales: [10e6, 200e6], onTime: 0.8, late: [1, 10], terms: 45, limitShare: 0.05 },
  blacklisted: { share: 0.02, types: { private: 7, other: 3 }, founded: [3, 8], together: [1.5, 3], debt: [0.6, 0.8], current: [0.5, 0.9], sales: [8e6, 60e6], onTime: 0.1, late: [60, 180], terms: 30, limitShare: 0 },
};

/** A demo customer: its profile values as entered, and what its trading history is drawn from. */
export interface DemoCustomer {
  readonly key: string;
  readonly kind: Kind;
  readonly values: Record<string, unknown>;
  readonly sales: string;
  readonly since: string;
  readonly terms: number;
  /** An upper bound of the limit the policy may grant it (orders are sized by it). */
  readonly limitBound: number;
  readonly onTime: number;
  readonly late: readonly [number, number];
}

/** `x` rounded to `decimals` places (negative: to tens, hundreds, ...), without binary fractions left over. */
const round = (x: number, decimals: number): number => (decimals >= 0 ? Math.round(x * 10 ** decimals) / 10 ** decimals : Math.round(x / 10 ** -decimals) * 10 ** -decimals);
const yearsAgo = (today: string, years: number): string => shiftDays(today, -Math.round(years * 365));

/** The kinds of `n` customers: each kind at its share (at least one of each), in a shuffled order. */
function kindsOf(r: Random, n: number): Kind[] {
  const kinds = Object.keys(PROFILES) as Kind[];
  const out = kinds.flatMap((k) => Array<Kind>(Math.max(1, Math.round(PROFILES[k].share * n))).fill(k));
  while (out.length < n) out.push(r.pick(['good', 'fair'] as const));
  out.length = n;
  return shuffled(r, out);
}

function financials(r: Random, p: Profile, sales: number, today: string): Record<string, unknown> {
  const assets = round(sales * r.between(0.6, 1.6), -4);
  const debt = r.between(p.debt[0], p.debt[1]);
  const current = round(r.between(p.current[0], p.current[1]), 2);
  const year = Number(today.slice(0, 4));
  const liabilities = round(assets * debt, -4);
  // The last year's statement is the balance sheet the profile's totals are; the years before it smaller.
  const statements = [3, 2, 1].map((back, i) => {
    const revenue = round(sales / (1 + r.between(-0.05, 0.18)) ** (2 - i), -4);
    const assetsThen = i === 2 ? assets : round(assets * (0.85 + 0.05 * i), -4);
    const liabilitiesThen = i === 2 ? liabilities : round(assetsThen * debt * r.between(0.95, 1.05), -4);
    return { id: `y${year - back}`, year: year - back, revenue, net_profit: round(revenue * r.between(-0.02, 0.09), -2), assets: assetsThen, liabilities: liabilitiesThen };
  });
  const last = statements[2]!;
  return {
    annual_sales: round(sales, -4), total_assets: assets, total_liabilities: liabilities, current_ratio: current, quick_ratio: round(current * r.between(0.55, 0.85), 2),
    interest_coverage: round(r.between(0.8, 12), 2), receivables_turnover: round(r.between(3, 12), 2), inventory_turnover: round(r.between(2, 15), 2),
    // ROE: the last year's net profit over its equity (assets − liabilities).
    gross_margin: round(r.between(0.08, 0.42), 3), roe: round(last.net_profit / (last.assets - last.liabilities), 3), statements,
    registered_capital: round(sales * r.between(0.05, 0.3), -4), main_bank: r.pick(BANKS), bank_loans: round(assets * debt * r.between(0.2, 0.6), -4),
  };
}

/**
 * `n` customers spread over the industries and regions, each with its salesperson: a profile
 * of every section of the form, and how it trades and pays. Dates are relative to `today`.
 *
 * @example
 * demoCustomers(seeded(1), 300, '2025-06-30', ['zhou', 'wu', 'zheng']).length // 300
 */
export function demoCustomers(r: Random, n: number, today: string, salespeople: readonly string[]): DemoCustomer[] {
  const taken = new Set<string>();
  return kindsOf(r, n).map((kind, i) => {
    const p = PROFILES[kind];
    const region = r.weighted(REGION_WEIGHTS);
    const industry = r.weighted(INDUSTRY_WEIGHTS);
    const type = r.weighted(p.types);
    const city = r.pick(CITIES[region]!);
    const sales = r.between(p.sales[0], p.sales[1]);
    const since = yearsAgo(today, r.between(p.together[0], p.together[1]));
    const salesKey = salespeople[i % salespeople.length]!;
    const lawsuit = kind === 'risky' ? r.chance(0.4) : kind === 'fair' || kind === 'weak' ? r.chance(0.04) : false;
    const news = kind === 'risky' || kind === 'blacklisted' ? r.chance(0.5) : r.chance(0.03);
    const contacts = Array.from({ length: r.int(1, 3) }, (_, c) => ({ id: `c${c + 1}`, name: personName(r), title: r.pick(CONTACT_TITLES), phone: mobile(r), primary: c === 0 }));
    const values: Record<string, unknown> = {
      company_name: companyName(r, city, industry, type, taken), credit_code: creditCode(r, city), legal_representative: personName(r),
      founded_on: yearsAgo(today, r.between(Math.max(p.founded[0], p.together[1]), p.founded[1] + p.together[1])),
      enterprise_type: type, industry, region, lawsuits_pending: lawsuit, ...(lawsuit ? { lawsuit_details: r.pick(LAWSUITS) } : {}),
      administrative_penalties: kind === 'risky' || kind === 'weak' ? r.int(0, 3) : r.int(0, 1) * r.int(0, 1), abnormal_operation: kind === 'risky' && r.chance(0.1),
      ...(r.chance(0.08) ? { recent_changes: [r.pick(['legal_representative', 'shareholders'])] } : {}),
      ...financials(r, p, sales, today), sales_owner: salesKey, cooperation_since: since, payment_terms_days: p.terms,
      complaint_rate: round(r.between(0, kind === 'excellent' ? 0.01 : 0.05), 3), disputes: kind === 'risky' || kind === 'blacklisted' ? r.int(1, 4) : r.int(0, 1) * r.int(0, 1),
      return_rate: round(r.between(0, 0.04), 3), credit_report_defaults: kind === 'risky' || kind === 'blacklisted' ? r.int(1, 5) : 0,
      external_rating: { excellent: 'AAA', good: r.pick(['AA', 'A']), fair: r.pick(['A', 'BBB']), weak: r.pick(['BBB', 'BB']), risky: r.pick(['BB', 'B', 'C']), newcomer: r.pick(['AA', 'A', 'BBB']), blacklisted: 'C' }[kind],
      negative_news: news, ...(news ? { news_notes: r.pick(['媒体报道拖欠供应商货款', '被列入失信被执行人名单的关联企业', '高管涉嫌违规被调查']) } : {}),
      blacklisted: kind === 'blacklisted', ...(kind === 'blacklisted' ? { blacklist_reason: r.pick(BLACKLIST_REASONS) } : {}),
      contacts,
    };
    const limitBound = kind === 'newcomer' ? Math.min(200_000, sales * 0.2) : sales * 0.2;
    return { key: `customer-${String(i + 1).padStart(3, '0')}`, kind, values, sales: salesKey, since, terms: p.terms, limitBound, onTime: p.onTime, late: p.late };
  });
}
