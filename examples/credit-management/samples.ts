/** @module Sample customers for the credit template's tests: realistic profiles, stored as the server stores them. */
import { usccCheck } from '@heng/engine';
import { stored } from './test-kit.js';

/** A credit code of its first 17 characters and their check character. */
const withCheck = (first17: string): string => first17 + usccCheck(first17)!;

let serial = 0;

/**
 * A payment history as the server's rollups of a customer's receivables give it: `settled`
 * receivables settled, `daysLate` days late in total when settled, `late` of them settled late.
 * The profile's formulas make the average days late (`daysLate / settled`) and the late payments of it.
 *
 * @example
 * customer(history(10, 50, 2)).average_days_late // 5
 */
export const history = (settled: number, daysLate: number, late: number) => ({ settled_receivables: settled, days_late_total: daysLate, late_settlements: late }) as const;

/**
 * A customer credit profile as stored on `TODAY`: a private manufacturer in East China with
 * one contact, unless `values` say otherwise. Each call gets its own credit code.
 *
 * @example
 * customer({ company_name: '苏州精工', ...history(12, 0, 0) }).debt_ratio // computed from assets and liabilities
 */
export function customer(values: Readonly<Record<string, unknown>>): Record<string, unknown> {
  serial += 1;
  return stored('customer', {
    company_name: `样例客户 ${serial}`,
    credit_code: withCheck(`91310000${String(serial).padStart(9, '0')}`),
    enterprise_type: 'private',
    industry: 'manufacturing',
    region: 'east',
    sales_owner: 'zhou',
    contacts: [{ id: 'c1', name: '林芳', title: '财务经理', phone: '13800138000', primary: true }],
    ...values,
  });
}

/** A customer at the top of every factor: 850 on each (state-owned, 20 years old, 10 years with us). */
export const topCustomer = {
  company_name: '上海浦江重工股份有限公司',
  enterprise_type: 'state_owned',
  annual_sales: 300_000_000,
  total_assets: 500_000_000,
  total_liabilities: 125_000_000,
  current_ratio: 2.2,
  founded_on: '2005-03-01',
  cooperation_since: '2015-01-01',
  ...history(24, 0, 0),
} as const;

/** A good wholesaler, 5 days late on average, 2 of 10 receivables settled late: 729 points, grade AA (the arithmetic is in the scorecard test). */
export const goodWholesaler = {
  company_name: '杭州钱塘商贸有限公司',
  industry: 'wholesale',
  annual_sales: 50_000_000,
  total_assets: 80_000_000,
  total_liabilities: 36_000_000,
  current_ratio: 1.7,
  founded_on: '2012-05-01',
  cooperation_since: '2021-09-01',
  ...history(10, 50, 2),
} as const;

/** Negative news, with the notes the customer form then requires. */
export const negativeNews = { negative_news: true, news_notes: '媒体报道拖欠供应商货款' } as const;
