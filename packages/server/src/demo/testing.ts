/** @module Test material for the credit template on the server: the modules it needs, a company running it, callers per person. */
import { usccCheck } from '@heng/engine';
import { expect } from 'vitest';
import { approvalRoutes } from '../approvals/routes.js';
import { bundleRoutes } from '../bundles/routes.js';
import { dashboardRoutes } from '../dashboards/routes.js';
import { templatesIn } from '../bundles/templates.js';
import { loadConfig } from '../config.js';
import { caller } from '../definitions/testing.js';
import type { Caller } from '../definitions/testing.js';
import { RECORD_TEST_MODULES } from '../records/testing.js';
import { ruleRoutes } from '../rules/routes.js';
import { drain } from '../rules/testing-jobs.js';
import { Scheduler } from '../schedules/scheduler.js';
import { bearer, newCompany } from '../tenancy/testing.js';
import type { AuthTestApp } from '../tenancy/testing.js';
import { createUser } from '../tenancy/users.js';
import { notificationRoutes } from '../notifications/routes.js';
import { requireAdmin, requireUser } from '../auth/guards.js';

/** The repository's templates, as the server finds them by default. */
export const TEMPLATES = loadConfig({}).templatesDir;

/** The modules the template runs on: records, rules, approvals, notifications, the template gallery. */
export const TEMPLATE_TEST_MODULES = [...RECORD_TEST_MODULES, ruleRoutes(), approvalRoutes(), notificationRoutes({ requireUser, requireAdmin }), dashboardRoutes(), bundleRoutes({ templates: templatesIn(TEMPLATES) })];

/** A record as the API answers it. */
export interface Rec {
  readonly id: string;
  readonly revision: number;
  readonly data: Record<string, unknown>;
}

/** The answer's body, after checking its status (the body is shown when it is not). */
export async function body<T>(res: Response, status = 200): Promise<T> {
  expect(res.status, await res.clone().text()).toBe(status);
  return (await res.json()) as T;
}

/** A company running the credit template, with one person per role, each with a caller. */
export interface CreditCompany {
  readonly admin: Caller;
  readonly ids: Readonly<Record<string, string>>;
  readonly as: Readonly<Record<'sales' | 'manager' | 'director' | 'risk' | 'finance' | 'legal', Caller>>;
}

const PEOPLE = [
  ['sales', 'salesperson'], ['manager', 'sales_manager'], ['director', 'sales_director'], ['risk', 'risk_officer'], ['finance', 'finance_director'], ['legal', 'legal'],
] as const;

/**
 * A new company with the credit template imported from the gallery (one click, as an admin
 * does it) and a user per role, each calling with their own token.
 *
 * @example
 * const co = await creditCompany(app());
 * await co.as.sales.call('POST', '/api/forms/sales_order/records', order);
 */
export async function creditCompany(t: AuthTestApp): Promise<CreditCompany> {
  const company = await newCompany(t.db);
  const admin = await caller(t, ['admin'], company);
  await body(await admin.call('POST', '/api/templates/credit_management/import', {}), 201);
  const ids: Record<string, string> = { admin: company.adminId };
  const as: Partial<Record<string, Caller>> = {};
  for (const [who, role] of PEOPLE) {
    const user = await createUser(t.db, company.tenantId, { email: `${who}@${company.slug}.cn`, displayName: who, roles: [role] });
    ids[who] = user.id;
    const auth = await bearer(t, company.tenantId, user.id, [role]);
    as[who] = { company, call: async (method, path, b, headers = {}) => t.app.request(path, { method, headers: { ...auth, ...headers }, ...(b === undefined ? {} : { body: typeof b === 'string' ? b : JSON.stringify(b) }) }) };
  }
  return { admin, ids, as: as as CreditCompany['as'] };
}

/** Creates a record as `who`; fails the test unless it is created. */
export const create = async (who: Caller, form: string, data: object): Promise<Rec> => body<Rec>(await who.call('POST', `/api/forms/${form}/records`, data), 201);

/** A record as `who` reads it. */
export const read = async (who: Caller, form: string, id: string): Promise<Rec> => body<Rec>(await who.call('GET', `/api/forms/${form}/records/${id}`));

/** The rules that fired in each rule set run on a record, oldest first, as `[rule set, rules]`. */
export async function firedOn(who: Caller, form: string, id: string): Promise<[string, string[]][]> {
  const runs = await body<{ ruleSet: string; fired: string[] }[]>(await who.call('GET', `/api/forms/${form}/records/${id}/rule-runs`));
  return runs.filter((r) => r.fired.length > 0).map((r) => [r.ruleSet, r.fired]);
}

/** Moves the clock to `at` and runs what the scheduler and the worker would then: every schedule due, every job due. */
export async function runScheduleAt(t: AuthTestApp, at: string): Promise<void> {
  t.clock.set(at);
  await new Scheduler({ db: t.db, clock: t.clock }).tick();
  await drain(t);
}

/** A unified social credit code of its first 17 characters and their check character. */
const withCheck = (first17: string): string => first17 + usccCheck(first17)!;

/**
 * A technology company new to us (since 2025-03-01): the scorecard test's new customer, 641 points,
 * grade A, a trial limit of MIN(200,000, 60,000,000 × 10%) = 200,000. `code` ends its credit code.
 */
export const newcomer = (name: string, code: number | string, owner: string, values: object = {}) => ({
  company_name: name, credit_code: withCheck(`91310115MA1K3XK${String(code).padStart(2, '0')}`),
  enterprise_type: 'private', industry: 'technology', region: 'east', annual_sales: 60_000_000, total_assets: 50_000_000, total_liabilities: 20_000_000,
  current_ratio: 2.5, founded_on: '2021-01-01', cooperation_since: '2025-03-01', sales_owner: owner,
  contacts: [{ id: 'c1', name: '林芳', title: '财务经理', phone: '13800138000', primary: true }], ...values,
});

/** A sales order of `customer` dated 2025-06-30 (the server numbers it). */
export const order = (customer: string, amount: number, by: string) => ({ customer, salesperson: by, order_date: '2025-06-30', amount });

/** A receivable of `customer`, of the order `orderId` when given. */
export const invoice = (customer: string, no: string, amount: number, owner: string, issued: string, due: string, orderId?: string) =>
  ({ invoice_no: no, customer, salesperson: owner, amount, issued_on: issued, due_date: due, ...(orderId === undefined ? {} : { order: orderId }) });

/** A bank transfer of `customer` written off against `receivable` (the server numbers it). */
export const payment = (customer: string, receivable: string, amount: number, on: string) => ({ customer, receivable, amount, paid_on: on, method: 'bank_transfer' });
