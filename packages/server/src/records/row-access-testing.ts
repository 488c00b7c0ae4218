/** @module Test material for row access: a customer form whose salespeople reach only their own customers, and a sales team. */
import { expect } from 'vitest';
import { approvalRoutes } from '../approvals/routes.js';
import { caller, createAndPublish } from '../definitions/testing.js';
import type { Caller } from '../definitions/testing.js';
import { ruleRoutes } from '../rules/routes.js';
import { scoringRoutes } from '../scoring/routes.js';
import type { AuthTestApp } from '../tenancy/testing.js';
import { created, customerForm, member, RECORD_TEST_MODULES, RECORDS } from './testing.js';
import type { Member } from './testing.js';

/** Every module with a route on a record: records, score, rule runs and status, approvals. */
export const ROW_TEST_MODULES = [...RECORD_TEST_MODULES, scoringRoutes(), ruleRoutes(), approvalRoutes()];

const t = (en: string, zh = en) => ({ en, 'zh-CN': zh });

/** The records tests' customer form, plus who is in charge of each customer (read-only for salespeople); salespeople reach their own. */
export const ownedCustomerForm = {
  ...customerForm,
  fields: [...customerForm.fields, { id: 'sales_owner', type: 'user', label: t('Salesperson in charge', '负责业务员'), access: { salesperson: 'read' } }],
  sections: [{ ...customerForm.sections[0]!, fields: [...customerForm.sections[0]!.fields, 'sales_owner'] }],
  rowAccess: [{ role: 'salesperson', field: 'sales_owner' }],
};

/** A scorecard of the customer form, so every customer has a score to explain. */
const salesScore = {
  kind: 'scorecard',
  id: 'sales_score',
  name: t('Sales score'),
  form: 'customer',
  precision: 1,
  factors: [
    { id: 'sales', name: t('Sales'), weight: 10000, method: { kind: 'bands', field: 'annual_sales', bands: [{ id: 'small', max: 1000, points: 20 }, { id: 'big', min: 1000, points: 100 }] }, missing: { policy: 'points', points: 0 } },
  ],
  grades: [
    { id: 'a', grade: 'A', label: t('A'), color: '#2e7d32', min: 60, max: 100 },
    { id: 'd', grade: 'D', label: t('D'), color: '#c62828', min: 0, max: 59.9 },
  ],
};

/** A company with the owned customer form and its scorecard published, and its sales team. */
export interface Team {
  readonly admin: Caller;
  readonly ann: Member;
  readonly bob: Member;
  readonly manager: Member;
  /** Adds a user with `roles` and returns a caller acting as them. */
  hire(name: string, roles: readonly string[]): Promise<Member>;
}

/**
 * A new company with `ownedCustomerForm` and `salesScore` published; two salespeople (Ann, Bob)
 * and a sales manager.
 *
 * @example
 * const { ann, bob, manager } = await team(app());
 */
export async function team(app: AuthTestApp): Promise<Team> {
  const admin = await caller(app, ['admin']);
  await createAndPublish(admin, ownedCustomerForm);
  await createAndPublish(admin, salesScore);
  const hire = (name: string, roles: readonly string[]): Promise<Member> => member(app, admin.company, name, roles);
  return { admin, hire, ann: await hire('ann', ['salesperson']), bob: await hire('bob', ['salesperson']), manager: await hire('mia', ['sales_manager']) };
}

/** Creates a customer as `c` and returns its id and data; fails the test otherwise. */
export async function customer(c: Caller, data: Record<string, unknown>): Promise<{ id: string; data: Record<string, unknown> }> {
  return (await created(c, data)).body as { id: string; data: Record<string, unknown> };
}

/** Every id a caller lists with `query`, page by page (`limit` per page). */
export async function listAll(c: Caller, query: string, limit: number): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const url = `${RECORDS}?${query}&limit=${limit}${cursor === null ? '' : `&cursor=${cursor}`}`;
    const res = await c.call('GET', url);
    const page = (await res.json()) as { items: { id: string }[]; nextCursor: string | null };
    expect(res.status, JSON.stringify(page)).toBe(200);
    expect(page.items.length).toBeLessThanOrEqual(limit);
    ids.push(...page.items.map((r) => r.id));
    cursor = page.nextCursor;
  } while (cursor !== null);
  return ids;
}
