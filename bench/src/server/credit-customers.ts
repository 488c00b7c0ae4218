/** @module Generated customer credit profiles (the engine's sample form), varied, some fields left out, the same every run. */
import { decimal, int, mulberry32, pick, type Random } from '../prng.js';

/** What a salesperson enters for one customer: formula fields are computed at write. */
export type CustomerInput = Record<string, unknown>;

// The characters a unified social credit code may use (no I, O, S, V, Z).
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CITIES = ['福州', '厦门', '泉州', '宁波', '苏州', '佛山', '东莞', '合肥', '长沙', '成都'];
const TRADES = ['机械制造', '建材', '钢铁贸易', '电子', '物流', '食品', '化工', '建筑工程'];
const SURNAMES = ['陈', '林', '王', '张', '李', '黄', '吴', '刘'];
const REGION_CODES = ['350100', '350200', '330200', '320500', '440600', '441900', '340100', '430100', '510100'];

const maybe = <T>(rnd: Random, value: T, missingRate = 0.03): T | undefined => (rnd() < missingRate ? undefined : value);

function date(rnd: Random, from: number, to: number): string {
  return `${int(rnd, from, to)}-${String(int(rnd, 1, 12)).padStart(2, '0')}-${String(int(rnd, 1, 28)).padStart(2, '0')}`;
}

/** An 18-character code, unique by `n`: region, then `n` in base 31, then one random check character. */
function creditCode(rnd: Random, n: number): string {
  let digits = '';
  for (let k = n, i = 0; i < 9; i++, k = Math.floor(k / CODE_CHARS.length)) digits = CODE_CHARS[k % CODE_CHARS.length] + digits;
  return `91${pick(rnd, REGION_CODES)}${digits}${pick(rnd, [...CODE_CHARS])}`;
}

function statements(rnd: Random, assets: number): Record<string, unknown>[] {
  const years = int(rnd, 0, 3);
  return Array.from({ length: years }, (_, i) => {
    const a = Math.round(assets * decimal(rnd, 0.7, 1.1, 2));
    return { id: `y${2023 - i}`, year: 2023 - i, assets: a, liabilities: Math.round(a * decimal(rnd, 0.1, 0.95, 2)) };
  });
}

function contacts(rnd: Random): Record<string, unknown>[] {
  return Array.from({ length: int(rnd, 1, 3) }, (_, i) => ({
    id: `c${i + 1}`,
    name: `${pick(rnd, SURNAMES)}${pick(rnd, ['芳', '磊', '伟', '静', '强'])}`,
    title: pick(rnd, ['财务经理', '采购主管', '总经理']),
    phone: rnd() < 0.7 ? `1${int(rnd, 3, 9)}${String(int(rnd, 0, 999_999_999)).padStart(9, '0')}` : `0591-${int(rnd, 1_000_000, 9_999_999)}`,
    ...(i === 0 ? { primary: true } : {}),
  }));
}

/** One customer: values spread over every band of the credit scorecard, a few left out. */
function customer(rnd: Random, n: number): CustomerInput {
  const assets = int(rnd, 2, 2_000) * 500_000;
  const lawsuit = rnd() < 0.08;
  const out: Record<string, unknown> = {
    company_name: `${pick(rnd, CITIES)}${pick(rnd, TRADES)}有限公司（${n + 1}）`,
    credit_code: creditCode(rnd, n),
    legal_representative: maybe(rnd, `${pick(rnd, SURNAMES)}建国`),
    founded_on: maybe(rnd, date(rnd, 1990, 2023)),
    registered_capital: maybe(rnd, int(rnd, 1, 500) * 100_000),
    enterprise_type: pick(rnd, ['state_owned', 'private', 'private', 'foreign']),
    industry: pick(rnd, ['manufacturing', 'wholesale', 'construction', 'steel', 'services']),
    region: maybe(rnd, pick(rnd, ['east', 'south', 'north', 'central', 'west'])),
    lawsuits_pending: maybe(rnd, lawsuit),
    ...(lawsuit ? { lawsuit_details: '买卖合同纠纷，一审未判决。' } : {}),
    administrative_penalties: maybe(rnd, rnd() < 0.85 ? 0 : int(rnd, 1, 3)),
    abnormal_operation: maybe(rnd, rnd() < 0.03),
    recent_changes: rnd() < 0.8 ? [] : [pick(rnd, ['legal_representative', 'shareholders'])],
    annual_sales: decimal(rnd, 1e6, 5e8, 2),
    total_assets: maybe(rnd, assets),
    total_liabilities: maybe(rnd, Math.round(assets * decimal(rnd, 0.05, 0.9, 2))),
    current_ratio: maybe(rnd, decimal(rnd, 0.3, 3.5, 2)),
    quick_ratio: maybe(rnd, decimal(rnd, 0.1, 2.5, 2)),
    gross_margin: maybe(rnd, decimal(rnd, -0.05, 0.6, 3)),
    statements: statements(rnd, assets),
    account_manager: maybe(rnd, `u_manager_${int(rnd, 1, 40)}`),
    cooperation_since: maybe(rnd, date(rnd, 2005, 2024)),
    order_count: maybe(rnd, int(rnd, 0, 800)),
    order_amount: maybe(rnd, decimal(rnd, 0, 2e8, 2)),
    // Most customers pay within days, a few months late.
    average_days_late: maybe(rnd, Math.round(rnd() ** 2 * 600) / 10),
    late_payments: maybe(rnd, int(rnd, 0, 12)),
    largest_overdue: maybe(rnd, rnd() < 0.3 ? 0 : decimal(rnd, 0, 2e6, 2)),
    contacts: contacts(rnd),
  };
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return out;
}

/**
 * `count` customer credit profiles from `seed`, the same every run.
 *
 * @example
 * generateCreditCustomers(100_000, 20_250_630)[0].company_name // '…有限公司（1）'
 */
export function generateCreditCustomers(count: number, seed: number): CustomerInput[] {
  const rnd = mulberry32(seed);
  return Array.from({ length: count }, (_, n) => customer(rnd, n));
}
