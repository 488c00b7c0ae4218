import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileForm, daysBetween, rollupValue, usccCheck } from '@heng/engine';
import { creditManagement } from '../index.js';
import { form, score, shiftDays, stored } from '../test-kit.js';
import { orgCheck } from './identity.js';
import { demoData } from './index.js';
import type { DemoData, DemoRecord } from './types.js';

const TODAY = '2025-06-30';
const demo = demoData({ today: TODAY });
const all = (d: DemoData, formId: string): DemoRecord[] => [...d.history, ...d.recent].filter((b) => b.form === formId).flatMap((b) => b.records);
const v = (rec: DemoRecord, field: string): unknown => rec.values[field];

const customers = all(demo, 'customer');
const receivables = all(demo, 'receivable');
const payments = all(demo, 'payment');
const paymentsOf = new Map<string, DemoRecord[]>();
for (const p of payments) paymentsOf.set(v(p, 'receivable') as string, [...(paymentsOf.get(v(p, 'receivable') as string) ?? []), p]);

/** A receivable as the server keeps it once its payments are rolled up and the settle rule has run. */
function settledAs(rec: DemoRecord): Record<string, unknown> {
  const rows = (paymentsOf.get(rec.key) ?? []).map((p) => p.values);
  const rollups = Object.fromEntries(form('receivable').fields.flatMap((f) => (f.type === 'rollup' ? [[f.id, rollupValue(f, rows)]] : [])).filter(([, x]) => x !== null));
  const r = stored('receivable', { ...rec.values, ...rollups });
  // What release_on_payment writes when the paid amount reaches the amount (collections.test.ts).
  if ((r.outstanding as number) > 0) return r;
  return { ...r, status: 'paid', days_late_at_payment: Math.max(0, daysBetween(r.last_paid_on, r.due_date)!) };
}
const ledger = receivables.map(settledAs);

describe('the demo data', () => {
  it('is the same for the same day and seed, and another seed makes another company', () => {
    expect(JSON.stringify(demoData({ today: TODAY }))).toBe(JSON.stringify(demo));
    expect(all(demoData({ today: TODAY, seed: 7 }), 'customer')[0]!.values.company_name).not.toBe(customers[0]!.values.company_name);
  });

  it('is what the repository README tells people to sign in with', () => {
    const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
    for (const needle of ['company code `demo`', `password \`${demo.password}\``, ...demo.users.map((u) => `\`${u.email}\``)]) expect(readme).toContain(needle);
  });

  it('has one user per role, three salespeople under their manager, and one password', () => {
    expect(new Set(demo.users.flatMap((u) => u.roles))).toEqual(new Set(creditManagement.roles.map((r) => r.id)));
    expect(demo.users.filter((u) => u.roles.includes('salesperson')).map((u) => u.manager)).toEqual(['sun', 'sun', 'sun']);
    expect(new Set(demo.users.map((u) => u.email)).size).toBe(demo.users.length);
    expect(demo.password.length).toBeGreaterThanOrEqual(10);
  });

  it('has 300 customers across every industry and region, with unique names and valid credit codes', () => {
    expect(customers).toHaveLength(300);
    const options = (id: string) => form('customer').fields.flatMap((f) => (f.id === id && f.type === 'single_select' ? f.options.map((o) => o.id) : []));
    expect(new Set(customers.map((c) => v(c, 'industry')))).toEqual(new Set(options('industry')));
    expect(new Set(customers.map((c) => v(c, 'region')))).toEqual(new Set(options('region')));
    expect(new Set(customers.map((c) => v(c, 'company_name'))).size).toBe(300);
    for (const code of customers.map((c) => v(c, 'credit_code') as string)) {
      expect(code.slice(16, 17)).toBe(orgCheck(code.slice(8, 16)));
      expect(code.slice(17)).toBe(usccCheck(code.slice(0, 17)));
    }
  });

  it('writes only records their forms accept, referring only to demo records and users', () => {
    const keys = new Map(creditManagement.definitions.filter((d) => d.kind === 'form').map((f) => [f.id, new Set(all(demo, f.id).map((r) => r.key))]));
    const users = new Set(demo.users.map((u) => u.key));
    for (const batch of [...demo.history, ...demo.recent]) {
      const def = form(batch.form);
      const compiled = compileForm(def);
      expect(users.has(batch.as)).toBe(true);
      for (const rec of batch.records) {
        expect(compiled.validateRecord({ ...compiled.initialRecord(), ...rec.values }, { today: TODAY }), `${batch.form} ${rec.key}`).toEqual([]);
        for (const f of def.fields) {
          if (f.type === 'reference' && rec.values[f.id] !== undefined) expect(keys.get(f.target)?.has(rec.values[f.id] as string), `${rec.key}.${f.id}`).toBe(true);
          if (f.type === 'user' && rec.values[f.id] !== undefined) expect(users.has(rec.values[f.id] as string), `${rec.key}.${f.id}`).toBe(true);
        }
      }
    }
  });

  it('gives each customer a last year’s statement that is its balance sheet, and an ROE that is that year’s net profit over equity', () => {
    for (const c of customers) {
      const last = (v(c, 'statements') as Record<string, number>[]).at(-1)!;
      expect([last.year, last.assets, last.liabilities], c.key).toEqual([2024, v(c, 'total_assets'), v(c, 'total_liabilities')]);
      expect(v(c, 'roe'), c.key).toBeCloseTo(last.net_profit! / (last.assets! - last.liabilities!), 3);
    }
  });

  it('spans two years of trading before today, and no payment is dated after today', () => {
    const orderDates = all(demo, 'sales_order').map((o) => v(o, 'order_date') as string).sort();
    expect(orderDates[0]! >= shiftDays(TODAY, -730)).toBe(true);
    expect(orderDates[0]! <= shiftDays(TODAY, -600)).toBe(true);
    expect(orderDates.at(-1)! <= TODAY).toBe(true);
    expect(all(demo, 'sales_order').length).toBeGreaterThan(1500);
    expect(payments.every((p) => (v(p, 'paid_on') as string) <= TODAY)).toBe(true);
  });

  it('leaves receivables due in 7 and 3 days and overdue in every tier, some partly paid', () => {
    const open = ledger.filter((r) => r.status === 'open');
    const dueIn = new Set(open.map((r) => r.days_to_due));
    expect([dueIn.has(7), dueIn.has(3)]).toEqual([true, true]);
    const tier = (min: number, max: number) => open.filter((r) => (r.days_overdue as number) >= min && (r.days_overdue as number) <= max).length;
    expect(tier(1, 7)).toBeGreaterThan(0);
    expect(tier(8, 30)).toBeGreaterThan(3);
    expect(tier(31, 10_000)).toBeGreaterThan(3);
    expect(open.filter((r) => (r.paid_amount as number) > 0).length).toBeGreaterThan(5);
  });

  it('writes off the oldest receivable of each blacklisted customer as bad debt, unpaid: a bad-debt rate above 0 (about 0.1%) and below DOMAIN.md’s 1–3%', () => {
    const lost = ledger.filter((r) => r.status === 'bad_debt');
    const blacklisted = customers.filter((c) => v(c, 'blacklisted') === true).map((c) => c.key);
    expect(lost.map((r) => r.customer).sort()).toEqual([...blacklisted].sort());
    expect(lost.every((r) => r.bad_debt_amount === r.amount && !paymentsOf.has(r.key as string))).toBe(true);
    const rate = lost.reduce((t, r) => t + (r.bad_debt_amount as number), 0) / ledger.reduce((t, r) => t + (r.amount as number), 0);
    expect(rate).toBeGreaterThan(0);
    expect(rate).toBeLessThan(0.03);
  });

  it('grades customers over the whole scale once their payment history is rolled up', () => {
    const byCustomer = new Map<string, Record<string, unknown>[]>();
    for (const r of ledger) byCustomer.set(r.customer as string, [...(byCustomer.get(r.customer as string) ?? []), r]);
    const grades = customers.map((c) => {
      const rows = byCustomer.get(c.key) ?? [];
      const rollups = Object.fromEntries(form('customer').fields.flatMap((f) => (f.type === 'rollup' && f.from === 'receivable' ? [[f.id, rollupValue(f, rows)]] : [])).filter(([, x]) => x !== null));
      return score(stored('customer', { ...c.values, ...rollups })).grade;
    });
    const counts = Object.fromEntries(['AAA', 'AA', 'A', 'B', 'D'].map((g) => [g, grades.filter((x) => x === g).length]));
    for (const g of ['AAA', 'AA', 'A', 'B', 'D']) expect(counts[g], `${g}: ${JSON.stringify(counts)}`).toBeGreaterThanOrEqual(10);
  });
});
