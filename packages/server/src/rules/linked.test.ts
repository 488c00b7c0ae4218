import { describe, expect, it } from 'vitest';
import { caller, createAndPublish } from '../definitions/testing.js';
import type { Caller } from '../definitions/testing.js';
import { onBothDatabases } from '../tenancy/testing.js';
import type { RuleRunView } from './routes.js';
import { RULE_TEST_MODULES } from './testing.js';

const t = (en: string) => ({ en, 'zh-CN': en });
const formOf = <F extends { id: string }>(id: string, fields: readonly F[]) => ({ kind: 'form', id, name: t(id), fields, sections: [{ id: 'main', label: t('Main'), columns: 2, fields: fields.map((f) => f.id) }] });
const ruleSet = (id: string, form: string, trigger: object, rules: object[]) => ({ kind: 'ruleset', id, name: t(id), form, trigger, rules });

const customer = formOf('customer', [
  { id: 'company_name', type: 'text', label: t('Company'), required: true },
  { id: 'credit_limit', type: 'money', label: t('Limit'), rules: { max: 5_000_000 } },
  { id: 'limit_note', type: 'text', label: t('Note') },
  { id: 'last_status', type: 'text', label: t('Last application status') },
]);
const application = formOf('application', [
  { id: 'customer', type: 'reference', target: 'customer', label: t('Customer') },
  { id: 'amount', type: 'money', label: t('Amount'), required: true },
  { id: 'status', type: 'single_select', label: t('Status'), options: ['draft', 'running', 'returned', 'approved', 'rejected', 'withdrawn'].map((id) => ({ id, label: t(id) })) },
]);

/** Approved: the customer's limit becomes the amount applied for. */
const outcome = ruleSet('outcome', 'application', { kind: 'record_updated', fields: ['status'] }, [
  {
    id: 'approved', name: t('Approved'), conditions: { all: [{ fact: 'status', operator: 'equal', value: 'approved' }] },
    actions: [{ kind: 'set_field', id: 'grant', on: 'customer', field: 'credit_limit', formula: 'amount' }],
  },
]);
/** The customer's own rules run on the write: a changed limit is noted. */
const noteLimit = ruleSet('note_limit', 'customer', { kind: 'record_updated', fields: ['credit_limit'] }, [
  { id: 'note', name: t('Note'), conditions: { all: [{ fact: 'credit_limit', operator: 'greaterThan', value: 0 }] }, actions: [{ kind: 'set_field', id: 'note', field: 'limit_note', value: 'granted' }] },
]);

type Rec = { id: string; revision: number; data: Record<string, unknown> };
const body = async <T>(res: Response, status = 200): Promise<T> => {
  expect(res.status, await res.clone().text()).toBe(status);
  return (await res.json()) as T;
};
const read = async (who: Caller, form: string, id: string) => body<Rec>(await who.call('GET', `/api/forms/${form}/records/${id}`));
const approve = (who: Caller, rec: Rec) => who.call('PATCH', `/api/forms/application/records/${rec.id}`, { status: 'approved' }, { 'If-Match': `"${rec.revision}"` });

/** Two records that reference each other; the echo rule bumps the partner's count while it is below `stop`. */
const peer = formOf('peer', [
  { id: 'name', type: 'text', label: t('Name') },
  { id: 'partner', type: 'reference', target: 'peer', label: t('Partner') },
  { id: 'count', type: 'number', label: t('Count') },
]);
const echo = (stop: number) => ruleSet('echo', 'peer', { kind: 'record_updated', fields: ['count'] }, [
  {
    id: 'echo', name: t('Echo'), conditions: { all: [{ fact: 'count', operator: 'greaterThan', value: 0 }, { fact: 'count', operator: 'lessThan', value: stop }] },
    actions: [{ kind: 'set_field', id: 'bump', on: 'partner', field: 'count', formula: 'count + 1' }],
  },
]);
async function pair(admin: Caller): Promise<[Rec, Rec]> {
  const a = await body<Rec>(await admin.call('POST', '/api/forms/peer/records', { name: 'a', count: 0 }), 201);
  const b = await body<Rec>(await admin.call('POST', '/api/forms/peer/records', { name: 'b', partner: a.id, count: 0 }), 201);
  return [await body<Rec>(await admin.call('PATCH', `/api/forms/peer/records/${a.id}`, { partner: b.id }, { 'If-Match': `"${a.revision}"` })), b];
}

async function company(app: Parameters<typeof caller>[0], sets: readonly object[]): Promise<Caller> {
  const admin = await caller(app, ['admin']);
  for (const def of [customer, application, ...sets]) await createAndPublish(admin, def as { kind: string; id: string });
  return admin;
}

onBothDatabases(
  (app) => {
    describe('set_field on a referenced record', () => {
      it('writes the referenced record in the same write, as a revision its own rules run on', async () => {
        const admin = await company(app(), [outcome, noteLimit]);
        const c = await body<Rec>(await admin.call('POST', '/api/forms/customer/records', { company_name: 'Acme', credit_limit: 100_000 }), 201);
        const a = await body<Rec>(await admin.call('POST', '/api/forms/application/records', { customer: c.id, amount: 800_000, status: 'draft' }), 201);
        expect((await read(admin, 'customer', c.id)).data['credit_limit']).toBe(100_000);

        await body<Rec>(await approve(admin, a));
        const after = await read(admin, 'customer', c.id);
        expect(after.data).toMatchObject({ credit_limit: 800_000, limit_note: 'granted' });
        // The grant, then the customer's own rule: two revisions, written by the system.
        expect(after.revision).toBe(3);
        const runs = await body<RuleRunView[]>(await admin.call('GET', `/api/forms/application/records/${a.id}/rule-runs`));
        const effects = runs.flatMap((r) => r.effects as { effect: { action: string; target?: unknown }; status: string; note?: string }[]);
        expect(effects).toEqual([expect.objectContaining({ effect: expect.objectContaining({ action: 'grant', target: { field: 'customer', record: c.id, form: 'customer' } }), status: 'applied' })]);
        const customerRuns = await body<RuleRunView[]>(await admin.call('GET', `/api/forms/customer/records/${c.id}/rule-runs`));
        expect(customerRuns.map((r) => [r.ruleSet, r.fired])).toEqual([['note_limit', ['note']]]);
        // The customer's history names the rule behind each of those revisions: the application's, then its own.
        const history = await body<{ items: { changedVia: unknown }[] }>(await admin.call('GET', `/api/forms/customer/records/${c.id}/revisions`));
        expect(history.items.map((r) => r.changedVia)).toEqual([null, [{ ruleSet: 'outcome', rule: 'approved' }], [{ ruleSet: 'note_limit', rule: 'note' }]]);
      });

      it('merges what several rules set in one record into one revision', async () => {
        const both = ruleSet('both', 'application', { kind: 'record_updated', fields: ['status'] }, [
          { id: 'limit', name: t('Limit'), conditions: { all: [{ fact: 'status', operator: 'equal', value: 'approved' }] }, actions: [{ kind: 'set_field', id: 'grant', on: 'customer', field: 'credit_limit', formula: 'amount' }] },
          { id: 'note', name: t('Note'), conditions: { all: [{ fact: 'status', operator: 'equal', value: 'approved' }] }, actions: [{ kind: 'set_field', id: 'note', on: 'customer', field: 'limit_note', value: 'by application' }] },
        ]);
        const admin = await company(app(), [both]);
        const c = await body<Rec>(await admin.call('POST', '/api/forms/customer/records', { company_name: 'Acme' }), 201);
        const a = await body<Rec>(await admin.call('POST', '/api/forms/application/records', { customer: c.id, amount: 500_000, status: 'draft' }), 201);
        await body<Rec>(await approve(admin, a));
        const after = await read(admin, 'customer', c.id);
        expect([after.revision, after.data['credit_limit'], after.data['limit_note']]).toEqual([2, 500_000, 'by application']);
      });

      it('skips a record that was deleted, saying so in the trace', async () => {
        const admin = await company(app(), [outcome]);
        const c = await body<Rec>(await admin.call('POST', '/api/forms/customer/records', { company_name: 'Acme', credit_limit: 100_000 }), 201);
        const a = await body<Rec>(await admin.call('POST', '/api/forms/application/records', { customer: c.id, amount: 800_000, status: 'draft' }), 201);
        // The application names it, so it is not deleted through the API; one deleted before deletes
        // were refused so (or while the application was being created) is gone all the same.
        expect((await admin.call('DELETE', `/api/forms/customer/records/${c.id}`, undefined, { 'If-Match': `"${c.revision}"` })).status).toBe(409);
        await app().db.withTenant(admin.company.tenantId, (tx) => tx.query('UPDATE records SET deleted_at = now() WHERE tenant_id = $1 AND id = $2', [admin.company.tenantId, c.id]));
        expect((await body<Rec>(await approve(admin, a))).data['status']).toBe('approved');
        const runs = await body<RuleRunView[]>(await admin.call('GET', `/api/forms/application/records/${a.id}/rule-runs`));
        expect(runs.flatMap((r) => r.effects)).toEqual([expect.objectContaining({ status: 'skipped', note: `No live record "${c.id}" of form "customer": nothing is written.` })]);
      });

      it('writes before the flows rules start, so the record a flow writes back is the last word', async () => {
        const review = { kind: 'flow', id: 'review', name: t('Review'), form: 'application', start: 'manual', statusField: 'status', nodes: [{ id: 'check', kind: 'approver', name: t('Check'), approvers: [{ kind: 'role', role: 'admin' }], mode: 'or', whenEmpty: 'admin' }] };
        const mirror = ruleSet('mirror', 'application', { kind: 'record_saved' }, [
          {
            id: 'mirror', name: t('Mirror'), conditions: { all: [{ fact: 'amount', operator: 'greaterThan', value: 0 }] },
            actions: [{ kind: 'set_field', id: 'copy', on: 'customer', field: 'last_status', formula: 'status' }, { kind: 'start_flow', id: 'start', flow: 'review' }],
          },
        ]);
        const admin = await caller(app(), ['admin']);
        for (const def of [customer, application, review, mirror]) await createAndPublish(admin, def as { kind: string; id: string });
        const c = await body<Rec>(await admin.call('POST', '/api/forms/customer/records', { company_name: 'Acme' }), 201);
        const a = await body<Rec>(await admin.call('POST', '/api/forms/application/records', { customer: c.id, amount: 1_000, status: 'draft' }), 201);
        expect(a.data['status']).toBe('running');
        expect((await read(admin, 'customer', c.id)).data['last_status']).toBe('running');
      });

      it('answers with the record as it stands when the referenced record\'s rules wrote back into it', async () => {
        const admin = await caller(app(), ['admin']);
        await createAndPublish(admin, peer);
        await createAndPublish(admin, echo(3));
        const [a, b] = await pair(admin);
        const answered = await body<Rec>(await admin.call('PATCH', `/api/forms/peer/records/${a.id}`, { count: 1 }, { 'If-Match': `"${a.revision}"` }));
        // a = 1 → b = 2 → a = 3, where the echo stops.
        const stored = await read(admin, 'peer', a.id);
        expect([answered.revision, answered.data['count']]).toEqual([stored.revision, 3]);
        expect((await read(admin, 'peer', b.id)).data['count']).toBe(2);
      });

      it('skips the write when the reference is empty', async () => {
        const admin = await company(app(), [outcome]);
        const a = await body<Rec>(await admin.call('POST', '/api/forms/application/records', { amount: 800_000, status: 'draft' }), 201);
        const approved = await body<Rec>(await approve(admin, a));
        expect(approved.data['status']).toBe('approved');
        const runs = await body<RuleRunView[]>(await admin.call('GET', `/api/forms/application/records/${a.id}/rule-runs`));
        expect(runs.flatMap((r) => r.effects)).toEqual([expect.objectContaining({ status: 'skipped', note: 'The reference field is empty.' })]);
      });

      it('refuses a value the referenced form does not allow, naming the record and the rule, and saves nothing', async () => {
        const admin = await company(app(), [outcome]);
        const c = await body<Rec>(await admin.call('POST', '/api/forms/customer/records', { company_name: 'Acme', credit_limit: 100_000 }), 201);
        const a = await body<Rec>(await admin.call('POST', '/api/forms/application/records', { customer: c.id, amount: 9_000_000, status: 'draft' }), 201);
        const problem = await body<{ code: string; detail: string; problems: { path: string }[] }>(await approve(admin, a), 422);
        expect(problem.code).toBe('rules.invalid_set_field');
        expect(problem.detail).toContain(`The customer record "${c.id}" would be invalid after rule "approved" of rule set "outcome" (field "credit_limit")`);
        expect(problem.problems.map((p) => p.path)).toEqual(['/credit_limit']);
        expect((await read(admin, 'application', a.id)).data['status']).toBe('draft');
        expect((await read(admin, 'customer', c.id)).data['credit_limit']).toBe(100_000);
      });

      it('stops two records that keep writing each other at the cascade limit, and saves nothing', async () => {
        const admin = await caller(app(), ['admin']);
        await createAndPublish(admin, peer);
        await createAndPublish(admin, echo(1_000));
        const [a, b] = await pair(admin);
        const problem = await body<{ code: string }>(await admin.call('PATCH', `/api/forms/peer/records/${a.id}`, { count: 1 }, { 'If-Match': `"${a.revision}"` }), 422);
        expect(problem.code).toBe('rules.linked_depth');
        expect([(await read(admin, 'peer', a.id)).data['count'], (await read(admin, 'peer', b.id)).data['count']]).toEqual([0, 0]);
      });
    });
  },
  { modules: RULE_TEST_MODULES },
);
