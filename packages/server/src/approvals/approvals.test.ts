import { describe, expect, it } from 'vitest';
import { onBothDatabases } from '../tenancy/testing.js';
import { createAndPublish } from '../definitions/testing.js';
import { act, apply, APPLICATIONS, APPROVAL_TEST_MODULES, approvalFlow, office } from './testing.js';
import type { InstanceView } from './views.js';

async function record(who: { call: (m: string, p: string) => Promise<Response> }, id: string): Promise<{ revision: number; data: Record<string, unknown> }> {
  const res = await who.call('GET', `${APPLICATIONS}/${id}`);
  expect(res.status).toBe(200);
  return (await res.json()) as { revision: number; data: Record<string, unknown> };
}

async function inboxOf(who: { call: (m: string, p: string) => Promise<Response> }, status = 'open'): Promise<{ instanceId: string; nodeName: { en: string }; submitter: { displayName: string } | null; status: string }[]> {
  const res = await who.call('GET', `/api/inbox?status=${status}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { items: never[] }).items;
}

onBothDatabases(
  (app) => {
    describe('submitting a form with an on_create flow', () => {
      it('routes grade A under 500,000 to the sales director, whose approval writes the granted amount back', async () => {
        const o = await office(app());
        const { recordId, approval } = await apply(o.sales, { customer: 'Acme', grade: 'A', amount: 400000, salesperson: o.sales.id });
        expect(approval).toMatchObject({ status: 'running', flowId: 'credit_approval', flowVersion: 1, submitter: o.sales.id, subject: 'Acme', current: { nodeId: 'director_only' } });
        expect((await record(o.sales, recordId)).data.approval_status).toBe('running');
        const [task] = await inboxOf(o.director);
        expect(task).toMatchObject({ instanceId: approval.id, nodeName: { en: 'Sales director' }, submitter: { displayName: 'li' }, status: 'open' });
        expect(await inboxOf(o.risk)).toEqual([]);

        const mine = (await (await o.director.call('GET', `/api/approvals/${approval.id}`)).json()) as InstanceView;
        expect(mine.myTask).toMatchObject({ nodeId: 'director_only', editableFields: ['approved_amount'] });
        const done = await act(o.director, approval.id, { type: 'approve', version: mine.version, comment: '同意，额度调整为 30 万', edits: { approved_amount: 300000 } });
        expect(done.status).toBe(200);
        expect(done.body.status).toBe('approved');
        expect((await record(o.sales, recordId)).data).toMatchObject({ approved_amount: 300000, approval_status: 'approved' });
        expect(await inboxOf(o.director)).toEqual([]);
        expect(await inboxOf(o.director, 'done')).toMatchObject([{ instanceId: approval.id, status: 'completed' }]);
        const approve = done.body.history.find((e) => e.action === 'approve');
        expect(approve).toMatchObject({ by: o.director.id, comment: '同意，额度调整为 30 万', edits: { approved_amount: 300000 } });
        expect(done.body.people[o.director.id]).toBe('wang');
        // The salesperson on the application submitted it: told the outcome, and not copied besides.
        const tenantId = o.admin.company.tenantId;
        const topics = async (user: string) =>
          (await app().db.withTenant(tenantId, (tx) => tx.query<{ topic: string }>('SELECT topic FROM notifications WHERE tenant_id = $1 AND user_id = $2 ORDER BY topic', [tenantId, user]))).map((n) => n.topic);
        expect(await topics(o.sales.id)).toEqual(['approval.outcome']);
        expect(await topics(o.director.id)).toEqual(['approval.task']);
        // Each notice names the application by its customer.
        const messages = (await app().db.withTenant(tenantId, (tx) => tx.query<{ message: { en: string; 'zh-CN': string } }>('SELECT message FROM notifications WHERE tenant_id = $1 AND user_id = $2 ORDER BY topic', [tenantId, o.sales.id]))).map((n) => n.message);
        expect(messages.map((m) => m.en)).toEqual(['Credit approval of “Acme”: the approval was approved. Opinion: 同意，额度调整为 30 万']);
        expect(messages[0]?.['zh-CN']).toBe('授信审批「Acme」：审批已通过。意见：同意，额度调整为 30 万');
      });

      it('needs both the risk officer and the finance director for grade C (countersign)', async () => {
        const o = await office(app());
        const { recordId, approval } = await apply(o.sales, { customer: 'Beta', grade: 'C', amount: 800000 });
        expect(approval.current?.nodeId).toBe('risk_finance');
        expect(approval.tasks.map((x) => x.assignee).sort()).toEqual([o.risk.id, o.finance.id].sort());
        const first = await act(o.risk, approval.id, { type: 'approve', comment: '风险可控' });
        expect(first.body).toMatchObject({ status: 'running', current: { nodeId: 'risk_finance' } });
        expect((await act(o.risk, approval.id, { type: 'approve' })).body.code).toBe('approval.already_decided');
        const second = await act(o.finance, approval.id, { type: 'approve', version: first.body.version });
        expect(second.body.status).toBe('approved');
        expect((await record(o.sales, recordId)).data.approval_status).toBe('approved');
      });
    });

    describe('acting on an approval', () => {
      it('returns to the submitter, who changes the record and resubmits, then withdraws', async () => {
        const o = await office(app());
        const { recordId, approval } = await apply(o.sales, { customer: 'Gamma', grade: 'C', amount: 800000 });
        const back = await act(o.risk, approval.id, { type: 'return', to: 'submitter', comment: '请补充财报' });
        expect(back.body.status).toBe('returned');
        // The submitter is told why.
        const tenantId = o.admin.company.tenantId;
        const told = await app().db.withTenant(tenantId, (tx) => tx.query<{ message: { 'zh-CN': string } }>("SELECT message FROM notifications WHERE tenant_id = $1 AND user_id = $2 AND topic = 'approval.returned'", [tenantId, o.sales.id]));
        expect(told.map((n) => n.message['zh-CN'])).toEqual(['授信审批「Gamma」：审批已退回，请修改后重新提交或撤回。意见：请补充财报']);
        expect((await record(o.sales, recordId)).data.approval_status).toBe('returned');
        expect(await inboxOf(o.finance)).toEqual([]);
        // Returned, it heads the submitter's list of what they submitted, above one still waiting.
        const waiting = await apply(o.sales, { customer: 'Waiting', grade: 'A', amount: 100000 });
        type Mine = { instanceId: string; subject: string; status: string; nodeName: { en: string } | null; returned: { by: { id: string; displayName: string } | null; comment: string | null; at: string } | null };
        const mine = async () => ((await (await o.sales.call('GET', '/api/inbox/submitted')).json()) as { items: Mine[] }).items;
        expect((await mine()).map((i) => [i.subject, i.status, i.nodeName?.en ?? null])).toEqual([['Gamma', 'returned', null], ['Waiting', 'running', 'Sales director']]);
        // Said with it: who sent it back, and why; nothing of the kind while one waits.
        const [gamma, still] = await mine();
        expect(gamma?.instanceId).toBe(approval.id);
        expect(gamma?.returned).toMatchObject({ by: { id: o.risk.id }, comment: '请补充财报' });
        expect(gamma?.returned?.by?.displayName).not.toBe(o.risk.id);
        expect(still?.returned).toBeNull();
        expect(((await (await o.risk.call('GET', '/api/inbox/submitted')).json()) as { items: unknown[] }).items).toEqual([]);
        expect((await act(o.sales, waiting.approval.id, { type: 'withdraw' })).body.status).toBe('withdrawn');
        // Decided, it stays in the list for a while, below the open ones, saying how it ended.
        expect((await mine()).map((i) => [i.subject, i.status])).toEqual([['Gamma', 'returned'], ['Waiting', 'withdrawn']]);
        app().clock.advance(31 * 86_400_000);
        expect((await mine()).map((i) => i.subject)).toEqual(['Gamma']);
        // The submitter lowers the amount and upgrades the grade: the resubmission routes anew on the record as it is now.
        const rec = await record(o.sales, recordId);
        const patch = await o.sales.call('PATCH', `${APPLICATIONS}/${recordId}`, { customer: 'Gamma Ltd', grade: 'A', amount: 100000 }, { 'If-Match': `"${rec.revision}"` });
        expect(patch.status).toBe(200);
        const again = await act(o.sales, approval.id, { type: 'resubmit' });
        // Named anew as it is resubmitted.
        expect(again.body).toMatchObject({ status: 'running', subject: 'Gamma Ltd', current: { nodeId: 'director_only' } });
        const gone = await act(o.sales, approval.id, { type: 'withdraw', comment: '客户取消' });
        expect(gone.body.status).toBe('withdrawn');
        expect(await inboxOf(o.director)).toEqual([]);
        const withdrawn = await record(o.sales, recordId);
        expect(withdrawn.data.approval_status).toBe('withdrawn');
        // Withdrawn, it may change again.
        expect((await o.sales.call('PATCH', `${APPLICATIONS}/${recordId}`, { amount: 90000 }, { 'If-Match': `"${withdrawn.revision}"` })).status).toBe(200);
      });

      it('transfers a task and adds a signer, each kept in the history', async () => {
        const o = await office(app());
        const deputy = await o.hire('deputy', ['salesperson']);
        const { approval } = await apply(o.sales, { customer: 'Delta', grade: 'A', amount: 100000 });
        expect((await act(o.director, approval.id, { type: 'transfer', to: deputy.id, comment: '出差，转交' })).status).toBe(200);
        expect(await inboxOf(o.director)).toEqual([]);
        expect(await inboxOf(deputy)).toHaveLength(1);
        const added = await act(deputy, approval.id, { type: 'addSigner', users: [o.risk.id], where: 'after', comment: '请风控复核' });
        expect(added.body.status).toBe('running');
        expect((await act(o.risk, approval.id, { type: 'approve' })).body.status).toBe('approved');
        expect(added.body.history.map((e) => e.action)).toEqual(expect.arrayContaining(['transfer', 'add_signer']));
      });

      it('refuses clearly: no opinion on a reject, not your task, a stale version, commands the server keeps to itself', async () => {
        const o = await office(app());
        const { approval } = await apply(o.sales, { customer: 'Eps', grade: 'A', amount: 100000 });
        const noOpinion = await act(o.director, approval.id, { type: 'reject', comment: ' ' });
        expect([noOpinion.status, noOpinion.body.code]).toEqual([422, 'approval.comment_required']);
        expect(noOpinion.body.detailZh).toContain('意见');
        expect((await act(o.risk, approval.id, { type: 'approve' })).status).toBe(403);
        expect((await act(o.director, approval.id, { type: 'approve', version: approval.version + 5 })).status).toBe(409);
        for (const bad of [{ type: 'timeout', nodeId: 'director_only' }, { type: 'approve', by: o.boss.id }, { type: 'approve', edits: { approved_amount: -5 } }, {}]) {
          const r = await act(o.director, approval.id, bad);
          expect(r.status, JSON.stringify(bad)).toBeGreaterThanOrEqual(400);
          expect(r.status, JSON.stringify(bad)).toBeLessThan(500);
        }
        // A rejected write-back (a negative amount breaks the form's rule) leaves the approval where it was.
        const still = (await (await o.director.call('GET', `/api/approvals/${approval.id}`)).json()) as InstanceView;
        expect([still.status, still.version]).toEqual(['running', approval.version]);
        expect((await act(o.director, approval.id, { type: 'reject', comment: '资料不全' })).body.status).toBe('rejected');
        expect((await act(o.director, approval.id, { type: 'approve' })).body.code).toBe('approval.finished');
      });

      it('keeps the audit log append-only and answers 404 for another company’s approval', async () => {
        const o = await office(app());
        const other = await office(app());
        const { approval } = await apply(o.sales, { customer: 'Zeta', grade: 'A', amount: 100000 });
        await act(o.director, approval.id, { type: 'comment', text: '已阅' });
        expect((await other.director.call('GET', `/api/approvals/${approval.id}`)).status).toBe(404);
        expect((await act(other.director, approval.id, { type: 'approve' })).status).toBe(404);
        expect(await inboxOf(other.director)).toEqual([]);
        const { recordId } = await apply(o.sales, { customer: 'Theta', grade: 'B', amount: 100 });
        const theirs = `${APPLICATIONS}/${recordId}/approvals`;
        expect((await other.sales.call('GET', theirs)).status).toBe(404);
        expect((await other.sales.call('POST', theirs, { flowId: 'credit_approval' })).status).toBe(404);
        const tenantId = o.admin.company.tenantId;
        const rows = await app().db.withTenant(tenantId, (tx) => tx.query<{ action: string }>('SELECT action FROM approval_audit WHERE tenant_id = $1 AND instance_id = $2 ORDER BY seq', [tenantId, approval.id]));
        expect(rows.map((r) => r.action)).toEqual(['submit', 'branch', 'assign', 'comment']);
        await expect(app().db.withTenant(tenantId, (tx) => tx.query("UPDATE approval_audit SET comment = 'forged' WHERE tenant_id = $1", [tenantId]))).rejects.toThrow();
      });

      it("starts a manual flow from a rule's start_flow, after the record settles, once, and holds the record until the decision", async () => {
        const review = { ...approvalFlow, id: 'big_review', start: 'manual' };
        const o = await office(app(), review);
        const bigOnes = {
          kind: 'ruleset', id: 'route_big', name: { en: 'Route big ones', 'zh-CN': '大额送审' }, form: 'credit_application', trigger: { kind: 'record_saved' },
          rules: [{ id: 'big', name: { en: 'Big', 'zh-CN': '大额' }, conditions: { all: [{ fact: 'amount', operator: 'greaterThan', value: 1000000 }] }, actions: [{ kind: 'start_flow', id: 'review', flow: 'big_review' }] }],
        };
        await createAndPublish(o.admin, bigOnes);
        const small = (await (await o.sales.call('POST', APPLICATIONS, { customer: 'Small', grade: 'A', amount: 1000 })).json()) as { id: string };
        expect(((await (await o.sales.call('GET', `${APPLICATIONS}/${small.id}/approvals`)).json()) as { items: unknown[] }).items).toEqual([]);
        const bigRes = await o.sales.call('POST', APPLICATIONS, { customer: 'Big', grade: 'A', amount: 2000000 });
        const big = (await bigRes.json()) as { id: string; revision: number; data: Record<string, unknown> };
        expect(big.data.approval_status).toBe('running');
        const { items } = (await (await o.sales.call('GET', `${APPLICATIONS}/${big.id}/approvals`)).json()) as { items: InstanceView[] };
        expect(items.map((i) => [i.flowId, i.status, i.submitter])).toEqual([['big_review', 'running', o.sales.id]]);
        // It waits for a decision: a change meanwhile is refused, and the one approval stays.
        const again = await o.sales.call('PATCH', `${APPLICATIONS}/${big.id}`, { amount: 9_000_000 }, { 'If-Match': `"${big.revision}"` });
        expect(again.status).toBe(409);
        const refused = (await again.json()) as { code: string; detail: string; detailZh: string };
        expect(refused.code).toBe('record.in_approval');
        // Named by the flow's name, not its id.
        expect([refused.detail, refused.detailZh]).toEqual([expect.stringContaining(`("${review.name.en}")`), expect.stringContaining(`（“${review.name['zh-CN']}”）`)]);
        expect((await o.sales.call('DELETE', `${APPLICATIONS}/${big.id}`, undefined, { 'If-Match': `"${big.revision}"` })).status).toBe(409);
        const still = (await (await o.sales.call('GET', `${APPLICATIONS}/${big.id}`)).json()) as { revision: number; data: Record<string, unknown> };
        expect([still.revision, still.data.amount]).toEqual([big.revision, 2_000_000]);
        expect(((await (await o.sales.call('GET', `${APPLICATIONS}/${big.id}/approvals`)).json()) as { items: unknown[] }).items).toHaveLength(1);
      });

      it('starts a manual flow on request, once', async () => {
        const o = await office(app(), { ...approvalFlow, id: 'manual_review', start: 'manual' });
        const created = await o.sales.call('POST', APPLICATIONS, { customer: 'Eta', grade: 'B', amount: 50000 });
        const { id } = (await created.json()) as { id: string };
        const none = (await (await o.sales.call('GET', `${APPLICATIONS}/${id}/approvals`)).json()) as { items: unknown[] };
        expect(none.items).toEqual([]);
        const start = await o.sales.call('POST', `${APPLICATIONS}/${id}/approvals`, { flowId: 'manual_review' });
        expect(start.status).toBe(201);
        // Answered as stored, though not read back.
        const started = (await start.json()) as { id: string };
        expect(await (await o.sales.call('GET', `/api/approvals/${started.id}`)).json()).toEqual(started);
        expect((await o.sales.call('POST', `${APPLICATIONS}/${id}/approvals`, { flowId: 'manual_review' })).status).toBe(409);
        expect((await o.sales.call('POST', `${APPLICATIONS}/${id}/approvals`, { flowId: 'no_such_flow' })).status).toBe(404);
        expect((await o.sales.call('POST', `${APPLICATIONS}/${id}/approvals`, { flowId: 'bad id!' })).status).toBe(422);
      });
    });
  },
  { modules: APPROVAL_TEST_MODULES },
);
