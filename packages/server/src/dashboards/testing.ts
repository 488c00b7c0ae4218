/** @module Test material for dashboards: customers and receivables of a small sales team, and a dashboard over them. */
import { expect } from 'vitest';
import { caller, createAndPublish } from '../definitions/testing.js';
import type { Caller } from '../definitions/testing.js';
import { RECORD_TEST_MODULES } from '../records/testing.js';
import { bearer } from '../tenancy/testing.js';
import type { AuthTestApp } from '../tenancy/testing.js';
import { createUser } from '../tenancy/users.js';
import { dashboardRoutes } from './routes.js';

/** The modules the dashboards tests run. */
export const DASHBOARD_TEST_MODULES = [...RECORD_TEST_MODULES, dashboardRoutes()];

const t = (en: string, zh = en) => ({ en, 'zh-CN': zh });
const options = (...ids: [string, string, string][]) => ids.map(([id, en, zh]) => ({ id, label: t(en, zh) }));
const section = (fields: readonly { id: string }[]) => [{ id: 'main', label: t('Main', '基本'), columns: 2, fields: fields.map((f) => f.id) }];

const customerFields = [
  { id: 'company_name', type: 'text', label: t('Company', '企业名称'), required: true },
  { id: 'region', type: 'single_select', label: t('Region', '区域'), options: options(['east', 'East China', '华东'], ['south', 'South China', '华南'], ['north', 'North China', '华北']) },
  { id: 'industry', type: 'single_select', label: t('Industry', '行业'), options: options(['steel', 'Steel', '钢铁'], ['services', 'Services', '服务业']) },
  { id: 'grade', type: 'single_select', label: t('Grade', '等级'), options: options(['A', 'A', 'A'], ['B', 'B', 'B'], ['C', 'C', 'C']) },
  { id: 'credit_score', type: 'number', label: t('Credit score', '信用评分'), access: { salesperson: 'hidden' } },
  { id: 'sales_owner', type: 'user', label: t('Salesperson in charge', '负责业务员'), access: { salesperson: 'read' } },
];

/** Customers; salespeople reach their own, and do not see the credit score. */
export const customerForm = { kind: 'form', id: 'customer', name: t('Customer', '客户'), fields: customerFields, sections: section(customerFields), rowAccess: [{ role: 'salesperson', field: 'sales_owner' }] };

const receivableFields = [
  { id: 'invoice_no', type: 'text', label: t('Invoice', '发票号') },
  { id: 'customer', type: 'reference', label: t('Customer', '客户'), target: 'customer' },
  { id: 'salesperson', type: 'user', label: t('Salesperson', '业务员') },
  { id: 'amount', type: 'money', label: t('Amount', '金额') },
  { id: 'paid_amount', type: 'money', label: t('Paid', '已回款') },
  { id: 'outstanding', type: 'formula', label: t('Outstanding', '未回款'), formula: 'amount - paid_amount', resultType: 'money' },
  { id: 'issued_on', type: 'date', label: t('Issued on', '开票日期') },
  { id: 'days_overdue', type: 'number', label: t('Days overdue', '逾期天数') },
  { id: 'aging', type: 'single_select', label: t('Aging', '账龄'), options: options(['current', 'Not due', '未到期'], ['d1_30', '1-30 days', '1-30天'], ['d31_60', '31-60 days', '31-60天'], ['d60_plus', 'Over 60 days', '60天以上']) },
];

/** Receivables; salespeople reach their own. */
export const receivableForm = { kind: 'form', id: 'receivable', name: t('Receivable', '应收账款'), fields: receivableFields, sections: section(receivableFields), rowAccess: [{ role: 'salesperson', field: 'salesperson' }] };

const overdue = { all: [{ fact: 'days_overdue', operator: 'greaterThan', value: 0 }] };

/** One chart of each type, filtered by the customer's region, industry and salesperson. */
export const creditDashboard = {
  kind: 'dashboard',
  id: 'credit',
  name: t('Credit', '信用看板'),
  filters: [
    { id: 'region', field: 'region', form: 'customer' },
    { id: 'industry', field: 'industry', form: 'customer' },
    { id: 'owner', field: 'sales_owner', form: 'customer', label: t('Salesperson', '业务员') },
  ],
  charts: [
    { id: 'grades', title: t('Grades', '等级分布'), type: 'pie', form: 'customer', groupBy: { field: 'grade' }, metric: { aggregate: 'count' } },
    { id: 'scores', title: t('Scores', '评分分布'), type: 'histogram', form: 'customer', groupBy: { field: 'credit_score', bucket: { width: 10, max: 90 } }, metric: { aggregate: 'count' } },
    { id: 'aging', title: t('Aging by region', '分区域账龄'), type: 'bar', form: 'receivable', groupBy: { field: 'customer.region' }, series: { field: 'aging' }, metric: { aggregate: 'sum', field: 'outstanding' } },
    { id: 'top_overdue', title: t('Top overdue', '逾期前列客户'), type: 'table', form: 'receivable', groupBy: { field: 'customer' }, metric: { aggregate: 'sum', field: 'outstanding' }, where: overdue, sort: { by: 'value', order: 'desc' }, limit: 2 },
    { id: 'collection', title: t('Collection rate', '回款率'), type: 'bar', form: 'receivable', groupBy: { field: 'salesperson' }, metric: { ratio: [{ aggregate: 'sum', field: 'paid_amount' }, { aggregate: 'sum', field: 'amount' }] } },
    { id: 'dso', title: t('DSO', '应收账款周转天数'), type: 'line', form: 'receivable', groupBy: { field: 'issued_on', bucket: 'month' }, metric: { ratio: [{ aggregate: 'sum', field: 'outstanding' }, { aggregate: 'sum', field: 'amount' }], scale: 'bucketDays' } },
    { id: 'open', title: t('Outstanding', '未回款合计'), type: 'kpi', form: 'receivable', metric: { aggregate: 'sum', field: 'outstanding' } },
  ],
};

/** A caller acting as one user, and that user's id. */
export type Member = Caller & { readonly id: string };

/** A company with the two forms, the dashboard and its data; the ids of what it made. */
export interface Shop {
  readonly admin: Caller;
  readonly ann: Member;
  readonly bob: Member;
  readonly customers: Readonly<Record<string, string>>;
}

async function hire(app: AuthTestApp, admin: Caller, name: string, roles: readonly string[]): Promise<Member> {
  const co = admin.company;
  const user = await createUser(app.db, co.tenantId, { email: `${name}@${co.slug}.cn`, displayName: name, roles });
  const auth = await bearer(app, co.tenantId, user.id, roles);
  const call: Caller['call'] = async (method, path, body, headers = {}) =>
    app.app.request(path, { method, headers: { ...auth, ...headers }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return { company: co, call, id: user.id };
}

async function create(c: Caller, form: string, data: Record<string, unknown>): Promise<string> {
  const res = await c.call('POST', `/api/forms/${form}/records`, data);
  const body = (await res.json()) as { id: string };
  expect(res.status, JSON.stringify(body)).toBe(201);
  return body.id;
}

/**
 * A new company: salespeople Ann and Bob; five customers (Alpha east/steel/A 85 and Gamma
 * south/steel/A 91 and Eps south/steel ungraded are Ann's; Beta east/services/B 72 and Delta
 * north/services/C 55 are Bob's) and five receivables (amount / paid / issued / days overdue):
 * Alpha 100,000 / 100,000 / 2024-01-10 / 0 and 50,000 / 20,000 / 2024-02-05 / 10 (Ann);
 * Beta 80,000 / 0 / 2024-02-20 / 45 (Bob); Gamma 60,000 / 60,000 / 2024-04-01 / 0 (Ann);
 * Delta 40,000.50 / 10,000.25 / 2024-04-15 / 70 (Bob). Then the dashboard, published.
 *
 * @example
 * const { admin, ann } = await shop(app());
 */
export async function shop(app: AuthTestApp): Promise<Shop> {
  const admin = await caller(app, ['admin']);
  await createAndPublish(admin, customerForm);
  await createAndPublish(admin, receivableForm);
  const ann = await hire(app, admin, 'ann', ['salesperson']);
  const bob = await hire(app, admin, 'bob', ['salesperson']);
  const customers: Record<string, string> = {};
  const people = { ann: ann.id, bob: bob.id };
  for (const [name, region, industry, grade, score, owner] of [
    ['Alpha', 'east', 'steel', 'A', 85, 'ann'], ['Beta', 'east', 'services', 'B', 72, 'bob'], ['Gamma', 'south', 'steel', 'A', 91, 'ann'],
    ['Delta', 'north', 'services', 'C', 55, 'bob'], ['Eps', 'south', 'steel', undefined, undefined, 'ann'],
  ] as const) {
    customers[name] = await create(admin, 'customer', { company_name: name, region, industry, sales_owner: people[owner], ...(grade === undefined ? {} : { grade, credit_score: score }) });
  }
  for (const [name, amount, paid, issued, days, aging, who] of [
    ['Alpha', 100000, 100000, '2024-01-10', 0, 'current', 'ann'], ['Alpha', 50000, 20000, '2024-02-05', 10, 'd1_30', 'ann'], ['Beta', 80000, 0, '2024-02-20', 45, 'd31_60', 'bob'],
    ['Gamma', 60000, 60000, '2024-04-01', 0, 'current', 'ann'], ['Delta', 40000.5, 10000.25, '2024-04-15', 70, 'd60_plus', 'bob'],
  ] as const) {
    await create(admin, 'receivable', { customer: customers[name], amount, paid_amount: paid, issued_on: issued, days_overdue: days, aging, salesperson: people[who] });
  }
  await createAndPublish(admin, creditDashboard);
  return { admin, ann, bob, customers };
}
