/** @module Test material for the records API: a published customer form and callers per role. */
import { expect } from 'vitest';
import { authRoutes } from '../auth/auth-routes.js';
import { definitionRoutes } from '../definitions/routes.js';
import { caller, createAndPublish } from '../definitions/testing.js';
import type { Caller } from '../definitions/testing.js';
import { tenancyRoutes } from '../tenancy/tenancy-routes.js';
import { bearer, TEST_AUTH } from '../tenancy/testing.js';
import type { AuthTestApp, TestCompany } from '../tenancy/testing.js';
import { createUser } from '../tenancy/users.js';
import { recordRoutes } from './routes.js';

/** The modules the records tests run. */
export const RECORD_TEST_MODULES = [authRoutes(TEST_AUTH), tenancyRoutes(TEST_AUTH), definitionRoutes(), recordRoutes()];

const t = (en: string, zh = en) => ({ en, 'zh-CN': zh });

/** A customer form: a unique name, a select, money, a formula, a date, a read-only and a hidden field for salespeople. */
export const customerForm = {
  kind: 'form',
  id: 'customer',
  name: t('Customer', '客户'),
  fields: [
    { id: 'company_name', type: 'text', label: t('Company name', '企业名称'), required: true, rules: { unique: true } },
    { id: 'industry', type: 'single_select', label: t('Industry', '行业'), options: [{ id: 'steel', label: t('Steel') }, { id: 'services', label: t('Services') }] },
    { id: 'annual_sales', type: 'money', label: t('Annual sales', '年销售额') },
    { id: 'total_assets', type: 'money', label: t('Total assets', '总资产') },
    { id: 'total_liabilities', type: 'money', label: t('Total liabilities', '总负债') },
    { id: 'debt_ratio', type: 'formula', label: t('Debt ratio', '资产负债率'), formula: 'total_liabilities / total_assets', resultType: 'percent', decimals: 2 },
    { id: 'founded', type: 'date', label: t('Founded', '成立日期') },
    { id: 'credit_limit', type: 'money', label: t('Credit limit', '信用额度'), access: { salesperson: 'read' } },
    { id: 'risk_notes', type: 'long_text', label: t('Risk notes', '风控备注'), access: { salesperson: 'hidden' } },
  ],
  sections: [
    { id: 'main', label: t('Main'), columns: 2, fields: ['company_name', 'industry', 'annual_sales', 'total_assets', 'total_liabilities', 'debt_ratio', 'founded', 'credit_limit', 'risk_notes'] },
  ],
};

/** The records of the customer form. */
export const RECORDS = '/api/forms/customer/records';

/** A company with the customer form published: its admin and a salesperson of the same company. */
export interface Shop {
  readonly admin: Caller;
  readonly sales: Caller;
}

/**
 * A new company with the customer form published.
 *
 * @example
 * const { admin, sales } = await shop(app());
 */
export async function shop(app: AuthTestApp): Promise<Shop> {
  const admin = await caller(app, ['admin']);
  await createAndPublish(admin, customerForm);
  const sales = await caller(app, ['salesperson'], admin.company);
  return { admin, sales };
}

/** A caller acting as one user of the company, and that user's id. */
export type Member = Caller & { readonly id: string };

/**
 * A new user `name` of the company with `roles`, and a caller acting as them.
 *
 * @example
 * const ann = await member(app(), admin.company, 'ann', ['salesperson']);
 */
export async function member(app: AuthTestApp, co: TestCompany, name: string, roles: readonly string[]): Promise<Member> {
  const user = await createUser(app.db, co.tenantId, { email: `${name}@${co.slug}.cn`, displayName: name, roles });
  const auth = await bearer(app, co.tenantId, user.id, roles);
  const call: Caller['call'] = async (method, path, body, headers = {}) =>
    app.app.request(path, { method, headers: { ...auth, ...headers }, ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }) });
  return { company: co, call, id: user.id };
}

/** A created record (of the customer form unless `records` names another form's records): its body and ETag; fails the test unless it was created. */
export async function created(c: Caller, data: Record<string, unknown>, records = RECORDS): Promise<{ id: string; etag: string; body: Record<string, unknown> }> {
  const res = await c.call('POST', records, data);
  const body = (await res.json()) as Record<string, unknown>;
  expect(res.status, JSON.stringify(body)).toBe(201);
  return { id: body['id'] as string, etag: res.headers.get('etag') ?? '', body };
}
