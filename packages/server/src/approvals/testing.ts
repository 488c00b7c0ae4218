/** @module Test material for approvals: a credit application form, DOMAIN.md's credit approval flow on it, and a staffed company. */
import { creditApproval } from '@heng/engine';
import { expect } from 'vitest';
import { caller, createAndPublish } from '../definitions/testing.js';
import type { Caller } from '../definitions/testing.js';
import { member, RECORD_TEST_MODULES } from '../records/testing.js';
import type { Member } from '../records/testing.js';
import type { AuthTestApp } from '../tenancy/testing.js';
import { createRole } from '../tenancy/roles.js';
import { approvalRoutes } from './routes.js';
import type { InstanceView } from './views.js';

/** The modules the approvals tests run: records (which start flows) and the approvals routes. */
export const APPROVAL_TEST_MODULES = [...RECORD_TEST_MODULES, approvalRoutes()];

const t = (en: string, zh = en) => ({ en, 'zh-CN': zh });
const STATUSES = ['running', 'returned', 'approved', 'rejected', 'withdrawn'];

/** 授信申请: the customer, its grade, the amount asked, the amount granted, the salesperson, the approval status. */
export const applicationForm = {
  kind: 'form',
  id: 'credit_application',
  name: t('Credit application', '授信申请'),
  fields: [
    { id: 'customer', type: 'text', label: t('Customer', '客户'), required: true },
    { id: 'grade', type: 'single_select', label: t('Grade', '等级'), options: ['A', 'B', 'C', 'D'].map((g) => ({ id: g, label: t(g) })) },
    { id: 'amount', type: 'money', label: t('Amount', '申请金额'), required: true },
    { id: 'approved_amount', type: 'money', label: t('Approved amount', '批准金额'), rules: { min: 0 } },
    { id: 'salesperson', type: 'user', label: t('Salesperson', '业务员') },
    { id: 'approval_status', type: 'single_select', label: t('Approval status', '审批状态'), options: STATUSES.map((s) => ({ id: s, label: t(s) })) },
  ],
  sections: [{ id: 'main', label: t('Main'), columns: 2, fields: ['customer', 'grade', 'amount', 'approved_amount', 'salesperson', 'approval_status'] }],
};

/** DOMAIN.md's credit approval, keeping its status on the application. */
export const approvalFlow = { ...creditApproval, statusField: 'approval_status' };

/** Where applications are created. */
export const APPLICATIONS = '/api/forms/credit_application/records';

/** A company with the form and flow published and one user per role that decides. */
export interface Office {
  readonly admin: Caller;
  readonly sales: Member;
  readonly director: Member;
  readonly risk: Member;
  readonly finance: Member;
  readonly boss: Member;
  /** Adds a user with `roles` and returns a caller acting as them. */
  hire(name: string, roles: readonly string[]): Promise<Member>;
}

/**
 * A new company with the application form and `flow` published, and staff: a salesperson,
 * a sales director, a risk officer, a finance director and the boss.
 *
 * @example
 * const { sales, director } = await office(app());
 */
export async function office(app: AuthTestApp, flow: object = approvalFlow): Promise<Office> {
  const admin = await caller(app, ['admin']);
  // The flow asks the boss, a role companies add themselves (the built-in admin stands for it otherwise).
  await createRole(app.db, admin.company.tenantId, { id: 'boss', nameZh: '老板', nameEn: 'Boss' }, app.clock.now());
  await createAndPublish(admin, applicationForm);
  await createAndPublish(admin, flow as { kind: string; id: string });
  const hire = (name: string, roles: readonly string[]): Promise<Member> => member(app, admin.company, name, roles);
  return {
    admin, hire,
    sales: await hire('li', ['salesperson']),
    director: await hire('wang', ['sales_director']),
    risk: await hire('zhao', ['risk_officer']),
    finance: await hire('qian', ['finance_director']),
    boss: await hire('chen', ['boss']),
  };
}

/**
 * Creates an application as `who` and returns its id and the approval it started.
 *
 * @example
 * const { recordId, approval } = await apply(sales, { customer: 'Acme', grade: 'C', amount: 800000 });
 */
export async function apply(who: Caller, data: Record<string, unknown>): Promise<{ recordId: string; approval: InstanceView }> {
  const res = await who.call('POST', APPLICATIONS, data);
  expect(res.status).toBe(201);
  const { id } = (await res.json()) as { id: string };
  const list = await who.call('GET', `${APPLICATIONS}/${id}/approvals`);
  expect(list.status).toBe(200);
  const { items } = (await list.json()) as { items: InstanceView[] };
  expect(items).toHaveLength(1);
  return { recordId: id, approval: items[0]! };
}

/**
 * Sends a command to an approval and returns the response (its JSON read once).
 *
 * @example
 * const { status, body } = await act(director, approval.id, { type: 'approve', version: approval.version });
 */
export async function act(who: Caller, instanceId: string, command: Record<string, unknown>): Promise<{ status: number; body: InstanceView & { code?: string; detailZh?: string } }> {
  const res = await who.call('POST', `/api/approvals/${instanceId}/commands`, command);
  return { status: res.status, body: (await res.json()) as InstanceView & { code?: string; detailZh?: string } };
}
