import { describe, expect, it } from 'vitest';
import { caller, createAndPublish } from '../definitions/testing.js';
import type { Caller } from '../definitions/testing.js';
import type { ProblemDocument } from '../http/problem.js';
import { APPLICANTS, applicantForm, raiseRisk, RULE_TEST_MODULES, toReview } from '../rules/testing.js';
import { onBothDatabases } from '../tenancy/testing.js';
import type { AuthTestApp } from '../tenancy/testing.js';
import { created } from './testing.js';

/** A company with the applicant form published with `permissions` (and the rule sets given), and callers by role. */
async function company(app: AuthTestApp, permissions: object, ruleSets: readonly object[] = []): Promise<{ admin: Caller; finance: Caller; sales: Caller }> {
  const admin = await caller(app, ['admin']);
  await createAndPublish(admin, { ...applicantForm, permissions });
  for (const set of ruleSets) await createAndPublish(admin, set as { kind: string; id: string });
  return { admin, finance: await caller(app, ['finance_director'], admin.company), sales: await caller(app, ['salesperson', 'legal'], admin.company) };
}

/** Every record row and revision of the company, to show a refusal wrote nothing. */
const snapshot = (app: AuthTestApp, c: Caller) => app.db.withTenant(c.company.tenantId, async (tx) => [
  await tx.query('SELECT * FROM records ORDER BY id'), await tx.query('SELECT * FROM record_revisions ORDER BY record_id, revision'),
]);

/** The refusal's problem document; fails the test unless it is a 403 record.forbidden. */
async function refused(res: Response): Promise<ProblemDocument> {
  const problem = (await res.json()) as ProblemDocument;
  expect([res.status, problem.code]).toEqual([403, 'record.forbidden']);
  return problem;
}

const ifMatch = (revision: number) => ({ 'If-Match': `"${revision}"` });
const FINANCE_ONLY = { create: ['finance_director', 'admin'], update: ['finance_director', 'admin'], delete: ['finance_director', 'admin'] };

onBothDatabases(
  (app) => {
    describe('record permissions', () => {
      it('refuse a role the form does not list each action with 403, naming the roles that may, and write nothing; a listed role may', async () => {
        const { admin, finance, sales } = await company(app(), FINANCE_ONLY);
        const rec = await created(admin, { company_name: 'Acme' }, APPLICANTS);
        const before = await snapshot(app(), admin);
        const create = await refused(await sales.call('POST', APPLICANTS, { company_name: 'Sneaky' }));
        expect(create.detail).toBe('Your role may not create records of “申请人” (Applicant): the form lets only Finance director, Admin / boss do that. Ask one of them.');
        expect(create.detailZh).toBe('您的角色不能新建“申请人”的记录：该表单只允许财务总监、管理员/老板这样做，请联系他们。');
        expect((await refused(await sales.call('PATCH', `${APPLICANTS}/${rec.id}`, { company_name: 'Renamed' }, ifMatch(1)))).detail).toContain('may not change records');
        expect((await refused(await sales.call('DELETE', `${APPLICANTS}/${rec.id}`, undefined, ifMatch(1)))).detail).toContain('may not delete records');
        // Said of the form, not of the record: an id that does not exist answers the same.
        expect((await sales.call('DELETE', `${APPLICANTS}/no-such-record`, undefined, ifMatch(1))).status).toBe(403);
        const csv = await sales.call('POST', '/api/forms/applicant/import', 'company_name\nA\nB\n', { 'Content-Type': 'text/csv' });
        expect((await refused(csv)).detail).toContain('may not create records');
        expect(await snapshot(app(), admin)).toEqual(before);

        expect((await finance.call('PATCH', `${APPLICANTS}/${rec.id}`, { company_name: 'Acme Ltd' }, ifMatch(1))).status).toBe(200);
        expect((await finance.call('POST', '/api/forms/applicant/import', 'company_name\nBeta\n', { 'Content-Type': 'text/csv' })).status).toBe(201);
        expect((await finance.call('DELETE', `${APPLICANTS}/${rec.id}`, undefined, ifMatch(2))).status).toBe(204);
        expect((await created(finance, { company_name: 'Gamma' }, APPLICANTS)).etag).toBe('"1"');
      });

      it('leave an action the form does not name open to every role, and say so when a named one lists nobody', async () => {
        const { sales } = await company(app(), { delete: [] });
        const rec = await created(sales, { company_name: 'Acme' }, APPLICANTS);
        expect((await sales.call('PATCH', `${APPLICANTS}/${rec.id}`, { company_name: 'Acme Ltd' }, ifMatch(1))).status).toBe(200);
        const problem = await refused(await sales.call('DELETE', `${APPLICANTS}/${rec.id}`, undefined, ifMatch(2)));
        expect(problem.detail).toBe('Your role may not delete records of “申请人” (Applicant): the form lets no role do that. Ask an admin to change the form’s record permissions.');
      });

      it('still let a rule’s set_field change a form nobody may change', async () => {
        const { sales } = await company(app(), { update: [] }, [raiseRisk, toReview]);
        const rec = await created(sales, { company_name: 'Acme', lawsuits_pending: true }, APPLICANTS);
        expect([rec.body['revision'], (rec.body['data'] as Record<string, unknown>)['stage']]).toEqual([3, 'review']);
        await refused(await sales.call('PATCH', `${APPLICANTS}/${rec.id}`, { stage: 'done' }, ifMatch(3)));
      });
    });
  },
  { modules: RULE_TEST_MODULES },
);
