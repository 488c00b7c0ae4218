import { describe, expect, it } from 'vitest';
import type { Caller } from '../definitions/testing.js';
import { caller, createAndPublish, publish, saveDraft } from '../definitions/testing.js';
import { onBothDatabases } from '../tenancy/testing.js';
import type { AuthTestApp } from '../tenancy/testing.js';
import type { RecordStatus, RuleRunView } from './routes.js';
import { changedFields } from './run.js';
import { apply, APPLICANTS, applicantForm, creditRisk, flipper, lender, ruleSet, onDowngrade, overshoot, raiseRisk, RULE_TEST_MODULES, suitScore, toReview } from './testing.js';

const body = async <T>(res: Response, status = 200): Promise<T> => {
  expect(res.status, await res.clone().text()).toBe(status);
  return (await res.json()) as T;
};

const count = async (t: AuthTestApp, c: Caller, table: string): Promise<number> => {
  const rows = await t.db.withTenant(c.company.tenantId, (tx) => tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} WHERE tenant_id = $1`, [c.company.tenantId]));
  return rows[0]!.n;
};

describe('changedFields', () => {
  it('lists the fields added, removed or changed, deep values compared', () => {
    expect(changedFields({ a: 1, b: [1], c: 'x' }, { a: 1, b: [2], d: true })).toEqual(['b', 'c', 'd']);
    expect(changedFields({ a: { x: 1 } }, { a: { x: 1 } })).toEqual([]);
  });
});

onBothDatabases(
  (app) => {
    it('a lawsuit flags the applicant, notifies the risk officer and the owner, opens a task and freezes orders, in the write', async () => {
      const t = app();
      const { admin, officer } = await lender(t, [creditRisk]);
      const rec = await body<{ id: string; revision: number }>(await apply(admin, { company_name: 'Acme', lawsuits_pending: true, owner: admin.company.adminId }), 201);
      const status = await body<RecordStatus>(await admin.call('GET', `${APPLICANTS}/${rec.id}/status`));
      const now = t.clock.now().toISOString();
      expect(status.flags).toEqual([{ flag: 'high_risk', label: { en: 'High risk', 'zh-CN': '高风险' }, ruleSet: 'credit_risk', rule: 'lawsuit', createdAt: now }]);
      expect(status.tasks).toEqual([{ id: expect.any(String), assigneeUser: null, assigneeRole: 'risk_officer', title: { en: 'Review Acme', 'zh-CN': 'Review Acme' }, dueDate: '2025-01-04', status: 'open', ruleSet: 'credit_risk', rule: 'lawsuit', createdAt: now }]);
      expect(status.freezes).toEqual([{ scope: 'orders', reason: { en: 'Lawsuit pending', 'zh-CN': 'Lawsuit pending' }, ruleSet: 'credit_risk', rule: 'lawsuit', createdAt: now }]);
      const notes = await t.db.withTenant(admin.company.tenantId, (tx) =>
        tx.query<{ user_id: string; title: object; message: { en: string } }>('SELECT user_id, title, message FROM notifications WHERE tenant_id = $1 ORDER BY message->>\'en\'', [admin.company.tenantId]));
      expect(notes.map((n) => [n.user_id, n.message.en])).toEqual([[officer, 'Acme has a pending lawsuit'], [admin.company.adminId, 'Your applicant Acme is high risk']]);
      // Titled with the rule set's name, as an approval's notices are with the flow's, not left "Notice".
      expect(notes.map((n) => n.title)).toEqual([creditRisk.name, creditRisk.name]);

      const cleared = await admin.call('PATCH', `${APPLICANTS}/${rec.id}`, { lawsuits_pending: false }, { 'If-Match': '"1"' });
      expect(cleared.status).toBe(200);
      const after = await body<RecordStatus>(await admin.call('GET', `${APPLICANTS}/${rec.id}/status`));
      expect([after.flags, after.freezes, after.tasks.length]).toEqual([[], [], 1]);
    });

    it('tells the rules the roles of whoever made the change: risk’s own edit is not sent to risk to check, another’s is', async () => {
      const t = app();
      const othersEdits = ruleSet('others_edits', { kind: 'record_updated', fields: ['points'] }, [
        { id: 'check', name: { en: 'Check', 'zh-CN': '核实' }, conditions: { all: [{ fact: 'changed_by_roles', operator: 'doesNotContain', value: 'risk_officer' }] }, actions: [{ kind: 'set_field', id: 'set', field: 'stage', value: 'check' }] },
      ]);
      const { admin } = await lender(t, [othersEdits]);
      const risk = await caller(t, ['risk_officer'], admin.company);
      const rec = await body<{ id: string }>(await apply(admin, { company_name: 'Acme' }), 201);
      const edit = async (who: Caller, points: number, revision: number) => (await body<{ data: Record<string, unknown> }>(await who.call('PATCH', `${APPLICANTS}/${rec.id}`, { points }, { 'If-Match': `"${revision}"` }))).data['stage'];
      expect(await edit(risk, 10, 1)).toBeUndefined();
      expect(await edit(admin, 20, 2)).toBe('check');
      const runs = await body<RuleRunView[]>(await admin.call('GET', `${APPLICANTS}/${rec.id}/rule-runs`));
      expect(runs.map((r) => r.fired)).toEqual([[], ['check']]);
    });

    it('stores a rule’s text as a user’s is stored: a line of only spaces is no value', async () => {
      const t = app();
      const blank = ruleSet('blank_stage', { kind: 'record_created' }, [
        { id: 'blank', name: { en: 'Blank', 'zh-CN': '空' }, conditions: { all: [] }, actions: [{ kind: 'set_field', id: 'set', field: 'stage', value: ' \u3000 ' }, { kind: 'set_field', id: 'level', field: 'risk_level', value: ' low ' }] },
      ]);
      const { admin } = await lender(t, [blank]);
      const rec = await body<{ data: Record<string, unknown> }>(await apply(admin, { company_name: 'Acme', stage: 'new' }), 201);
      expect([rec.data['stage'], rec.data['risk_level']]).toEqual([undefined, 'low']);
    });

    it('names a flag by the label the latest published version of the rule set that raised it gives, in the status and the run', async () => {
      const t = app();
      const { admin } = await lender(t, [creditRisk]);
      const rec = await body<{ id: string }>(await apply(admin, { company_name: 'Acme', lawsuits_pending: true }), 201);
      const [run] = await body<RuleRunView[]>(await admin.call('GET', `${APPLICANTS}/${rec.id}/rule-runs`));
      expect(run!.effects.map((e) => e.effect).find((e) => e.kind === 'add_flag')).toMatchObject({ flag: 'high_risk', label: { en: 'High risk', 'zh-CN': '高风险' } });
      const relabel = (label?: object) => ({ ...creditRisk, rules: creditRisk.rules.map((r) => ({ ...r, actions: (r as { actions: { kind: string }[] }).actions.map((a) => (a.kind === 'add_flag' ? { ...a, label } : a)) })) });
      const labelNow = async () => (await body<RecordStatus>(await admin.call('GET', `${APPLICANTS}/${rec.id}/status`))).flags.map((f) => f.label);
      await publish(admin, creditRisk, await saveDraft(admin, relabel({ en: 'Lawsuit risk', 'zh-CN': '诉讼风险' })));
      expect(await labelNow()).toEqual([{ en: 'Lawsuit risk', 'zh-CN': '诉讼风险' }]);
      await publish(admin, creditRisk, await saveDraft(admin, relabel()));
      expect(await labelNow()).toEqual([null]);
    });

    it('shows a reader no value of a field hidden from them through a rule run: not what a condition saw, nor what a rule wrote', async () => {
      const t = app();
      const admin = await caller(t, ['admin']);
      // Salespeople may not see whether an applicant has a lawsuit, nor the risk level rules set from it.
      const hiding = { ...applicantForm, fields: applicantForm.fields.map((f) => (['lawsuits_pending', 'risk_level'].includes(f.id) ? { ...f, access: { salesperson: 'hidden' } } : f)) };
      await createAndPublish(admin, hiding);
      await createAndPublish(admin, raiseRisk);
      const rec = await body<{ id: string }>(await apply(admin, { company_name: 'Acme', lawsuits_pending: true }), 201);
      const sales = await caller(t, ['salesperson'], admin.company);
      const seen = async (who: Caller): Promise<[string, object[]]> => {
        const [run] = await body<RuleRunView[]>(await who.call('GET', `${APPLICANTS}/${rec.id}/rule-runs`));
        return [JSON.stringify(run!.trace), run!.effects.map((e) => e.effect)];
      };
      const [adminTrace, adminEffects] = await seen(admin);
      expect(adminTrace).toContain('"factValue":true');
      expect(adminEffects).toEqual([expect.objectContaining({ kind: 'set_field', field: 'risk_level', value: 'high' })]);
      const [salesTrace, salesEffects] = await seen(sales);
      expect(salesTrace).toContain('"fact":"lawsuits_pending"');
      expect(salesTrace).not.toContain('factValue');
      expect(salesTrace).not.toMatch(/"fact":"lawsuits_pending"[^}]*"result"/);
      expect(salesEffects.map((e) => Object.keys(e).includes('value'))).toEqual([false]);
      expect(salesEffects).toEqual([expect.objectContaining({ kind: 'set_field', field: 'risk_level' })]);
    });

    it('keeps one open task per rule action and record: firing again updates its title and assignee until it is done', async () => {
      const t = app();
      // Two task actions in one rule: one for the risk officers, one for the applicant's owner.
      const twoTasks = { ...creditRisk, id: 'two_tasks', rules: [{ id: 'lawsuit', name: { en: 'Lawsuit', 'zh-CN': '诉讼' }, conditions: { all: [{ fact: 'lawsuits_pending', operator: 'equal', value: true }] }, actions: [
        { kind: 'create_task', id: 'review', assignee: { role: 'risk_officer' }, dueInDays: 3, title: { en: 'Review {{company_name}}', 'zh-CN': '复核 {{company_name}}' } },
        { kind: 'create_task', id: 'call', assignee: { field: 'owner' }, dueInDays: 1, title: { en: 'Call {{company_name}}', 'zh-CN': '致电 {{company_name}}' } },
      ] }] };
      const { admin, officer } = await lender(t, [twoTasks]);
      const rec = await body<{ id: string }>(await apply(admin, { company_name: 'Acme', lawsuits_pending: true, owner: admin.company.adminId }), 201);
      let revision = 1;
      const edit = async (patch: Record<string, unknown>) => {
        expect((await admin.call('PATCH', `${APPLICANTS}/${rec.id}`, patch, { 'If-Match': `"${revision}"` })).status).toBe(200);
        revision += 1;
      };
      const open = async () => (await body<RecordStatus>(await admin.call('GET', `${APPLICANTS}/${rec.id}/status`))).tasks
        .map((k) => [k.title.en, k.assigneeRole ?? k.assigneeUser]).sort();
      expect(await open()).toEqual([['Call Acme', admin.company.adminId], ['Review Acme', 'risk_officer']]);

      await edit({ company_name: 'Acme Ltd' });
      expect(await open()).toEqual([['Call Acme Ltd', admin.company.adminId], ['Review Acme Ltd', 'risk_officer']]);
      const runs = await body<RuleRunView[]>(await admin.call('GET', `${APPLICANTS}/${rec.id}/rule-runs`));
      const again = runs.find((r) => r.recordRevision === 2)!;
      expect((again.effects as { note?: string }[]).map((e) => e.note)).toEqual([expect.stringContaining('still open'), expect.stringContaining('still open')]);

      // Done, the review is made anew when the rule fires again; the open call moves to the new owner, and the old one no longer has it.
      const review = (await body<RecordStatus>(await admin.call('GET', `${APPLICANTS}/${rec.id}/status`))).tasks.find((k) => k.assigneeRole === 'risk_officer')!;
      expect((await admin.call('POST', `/api/tasks/${review.id}/done`)).status).toBe(200);
      await edit({ company_name: 'Acme Group', owner: officer });
      expect(await open()).toEqual([['Call Acme Group', officer], ['Review Acme Group', 'risk_officer']]);
      const moved = (await body<RuleRunView[]>(await admin.call('GET', `${APPLICANTS}/${rec.id}/rule-runs`))).find((r) => r.recordRevision === 3)!;
      expect((moved.effects as { note?: string }[]).map((e) => e.note)).toEqual([undefined, expect.stringContaining('handed to the assignee the record now names')]);
    });

    it('closes a record\'s open rule tasks by rule: those of the named task actions, or all of them, with the reason, and says how many', async () => {
      const t = app();
      const tasks = { ...creditRisk, id: 'tasks', rules: [{ id: 'lawsuit', name: { en: 'Lawsuit', 'zh-CN': 'Lawsuit' }, conditions: { all: [{ fact: 'lawsuits_pending', operator: 'equal', value: true }] }, actions: [
        { kind: 'create_task', id: 'review', assignee: { role: 'risk_officer' }, dueInDays: 3, title: { en: 'Review {{company_name}}', 'zh-CN': 'Review {{company_name}}' } },
        { kind: 'create_task', id: 'call', assignee: { field: 'owner' }, dueInDays: 1, title: { en: 'Call {{company_name}}', 'zh-CN': 'Call {{company_name}}' } },
      ] }] };
      const closer = ruleSet('closer', { kind: 'record_updated', fields: ['lawsuits_pending', 'flip'] }, [
        { id: 'dropped', name: { en: 'Dropped', 'zh-CN': 'Dropped' }, conditions: { all: [{ fact: 'lawsuits_pending', operator: 'equal', value: false }] }, actions: [{ kind: 'close_tasks', id: 'close_review', actions: ['review'], reason: { en: 'Lawsuit dropped ({{company_name}})', 'zh-CN': '诉讼已撤（{{company_name}}）' } }] },
        { id: 'flipped', name: { en: 'Flipped', 'zh-CN': 'Flipped' }, conditions: { all: [{ fact: 'flip', operator: 'equal', value: true }] }, actions: [{ kind: 'close_tasks', id: 'close_all', reason: { en: 'Flipped', 'zh-CN': '已翻转' } }] },
      ]);
      const { admin } = await lender(t, [tasks, closer]);
      const rec = await body<{ id: string }>(await apply(admin, { company_name: 'Acme', lawsuits_pending: true, owner: admin.company.adminId }), 201);
      const open = async () => (await body<RecordStatus>(await admin.call('GET', `${APPLICANTS}/${rec.id}/status`))).tasks.map((k) => k.title.en).sort();
      const closeNotes = async (revision: number) => ((await body<RuleRunView[]>(await admin.call('GET', `${APPLICANTS}/${rec.id}/rule-runs`))).find((r) => r.ruleSet === 'closer' && r.recordRevision === revision)!.effects as { note?: string }[]).map((e) => e.note);
      expect(await open()).toEqual(['Call Acme', 'Review Acme']);

      expect((await admin.call('PATCH', `${APPLICANTS}/${rec.id}`, { lawsuits_pending: false }, { 'If-Match': '"1"' })).status).toBe(200);
      expect(await open()).toEqual(['Call Acme']);
      expect(await closeNotes(2)).toEqual(['Closed 1 open task on this record.']);
      const [closed] = await t.db.withTenant(admin.company.tenantId, (tx) => tx.query<{ done_by: string | null; closed_now: boolean; close_reason: { en: string; 'zh-CN': string } }>(
        "SELECT done_by, done_at = $2 AS closed_now, close_reason FROM tasks WHERE record_id = $1 AND action_id = 'review'", [rec.id, t.clock.now()]));
      expect(closed).toMatchObject({ done_by: null, closed_now: true, close_reason: expect.objectContaining({ en: 'Lawsuit dropped (Acme)', 'zh-CN': '诉讼已撤（Acme）' }) });

      expect((await admin.call('PATCH', `${APPLICANTS}/${rec.id}`, { flip: true }, { 'If-Match': '"2"' })).status).toBe(200);
      // Still no lawsuit, the review's close fires again and finds nothing to close; the other closes the call.
      expect(await open()).toEqual([]);
      expect(await closeNotes(3)).toEqual(['No open task on this record to close.', 'Closed 1 open task on this record.']);
    });

    it('refuses to publish a close_tasks naming a task action no published rule set on the form has, saying which it may mean', async () => {
      const t = app();
      const tasks = ruleSet('tasks', { kind: 'record_saved' }, [{ id: 'lawsuit', name: { en: 'Lawsuit', 'zh-CN': 'Lawsuit' }, conditions: { all: [{ fact: 'lawsuits_pending', operator: 'equal', value: true }] }, actions: [
        { kind: 'create_task', id: 'review', assignee: { role: 'risk_officer' }, dueInDays: 3, title: { en: 'Review', 'zh-CN': 'Review' } },
      ] }]);
      const { admin } = await lender(t, [tasks]);
      const closer = (names: string[]) => ruleSet('closer', { kind: 'record_saved' }, [
        { id: 'dropped', name: { en: 'Dropped', 'zh-CN': 'Dropped' }, conditions: { all: [{ fact: 'lawsuits_pending', operator: 'equal', value: false }] }, actions: [{ kind: 'close_tasks', id: 'close', actions: names, reason: { en: 'Dropped', 'zh-CN': '已撤' } }] },
      ]);
      const draft = await admin.call('PUT', '/api/definitions/ruleset/closer/draft', closer(['reveiw']), { 'If-None-Match': '*' });
      expect(draft.status).toBe(201);
      const refused = await admin.call('POST', '/api/definitions/ruleset/closer/publish', {}, { 'If-Match': '"1"' });
      expect(refused.status).toBe(422);
      const { problems } = (await refused.json()) as { problems: { path: string; code: string; message: string }[] };
      expect(problems).toEqual([expect.objectContaining({ path: '/rules/0/actions/0/actions/0', code: 'ruleset.close_tasks.action.unknown', message: expect.stringContaining('Did you mean "review"?') })]);
      // Named right, another rule set's task action is one to close.
      await publish(admin, closer(['review']), await saveDraft(admin, closer(['review'])));
    });

    it('keeps a trace of each evaluation: trigger, rules fired, condition trace, effects and what became of them', async () => {
      const t = app();
      const { admin } = await lender(t, [creditRisk]);
      const rec = await body<{ id: string }>(await apply(admin, { company_name: 'Acme', lawsuits_pending: true }), 201);
      const runs = await body<RuleRunView[]>(await admin.call('GET', `${APPLICANTS}/${rec.id}/rule-runs`));
      expect(runs).toHaveLength(1);
      const run = runs[0]!;
      expect(run).toMatchObject({ ruleSet: 'credit_risk', ruleSetVersion: 1, recordRevision: 1, trigger: { kind: 'record_created' }, depth: 0, fired: ['lawsuit'], ranAt: t.clock.now().toISOString() });
      expect(run.trace).toEqual([
        expect.objectContaining({ rule: 'lawsuit', fired: true }),
        expect.objectContaining({ rule: 'cleared', fired: false }),
      ]);
      const effects = run.effects as { effect: { kind: string; action: string }; status: string }[];
      expect(effects.map((e) => [e.effect.action, e.status])).toEqual([
        ['flag', 'applied'], ['tell_risk', 'applied'], ['tell_owner', 'skipped'], ['review', 'applied'], ['stop', 'applied'], ['hook', 'applied'],
      ]);
    });

    it('a set_field writes a new revision that triggers the next rule set, each run traced with its depth', async () => {
      const t = app();
      const { admin } = await lender(t, [raiseRisk, toReview]);
      const res = await apply(admin, { company_name: 'Acme', lawsuits_pending: true });
      const rec = await body<{ id: string; revision: number; data: Record<string, unknown> }>(res, 201);
      expect(res.headers.get('etag')).toBe('"3"');
      expect([rec.revision, rec.data['risk_level'], rec.data['stage']]).toEqual([3, 'high', 'review']);
      const runs = await body<RuleRunView[]>(await admin.call('GET', `${APPLICANTS}/${rec.id}/rule-runs`));
      expect(runs.map((r) => [r.depth, r.recordRevision, r.ruleSet, r.fired])).toEqual([
        [0, 1, 'raise_risk', ['raise']], [1, 2, 'raise_risk', []], [1, 2, 'to_review', ['review']], [2, 3, 'raise_risk', []],
      ]);
      // The history says which rule wrote each revision, beside the person whose write set them off.
      const history = await body<{ items: { revision: number; changedBy: string | null; changedVia: unknown }[] }>(await admin.call('GET', `${APPLICANTS}/${rec.id}/revisions`));
      expect(history.items.map((r) => [r.revision, r.changedBy, r.changedVia])).toEqual([
        [1, admin.company.adminId, null], [2, admin.company.adminId, [{ ruleSet: 'raise_risk', rule: 'raise' }]], [3, admin.company.adminId, [{ ruleSet: 'to_review', rule: 'review' }]],
      ]);
      expect(runs[2]!.trigger).toEqual({ kind: 'record_updated', changedFields: ['risk_level'] });
    });

    it('runs score_changed rule sets on the score just stored, with the previous score and grade', async () => {
      const t = app();
      const { admin } = await lender(t, [suitScore, onDowngrade]);
      const rec = await body<{ id: string }>(await apply(admin, { company_name: 'Acme', lawsuits_pending: false }), 201);
      const renamed = await admin.call('PATCH', `${APPLICANTS}/${rec.id}`, { company_name: 'Acme Ltd' }, { 'If-Match': '"1"' });
      expect(renamed.status).toBe(200);
      const res = await admin.call('PATCH', `${APPLICANTS}/${rec.id}`, { lawsuits_pending: true }, { 'If-Match': '"2"' });
      const after = await body<{ revision: number; data: Record<string, unknown> }>(res);
      expect([after.revision, after.data['risk_level']]).toEqual([4, 'high']);
      const runs = await body<RuleRunView[]>(await admin.call('GET', `${APPLICANTS}/${rec.id}/rule-runs`));
      expect(runs.map((r) => [r.recordRevision, r.fired])).toEqual([[1, []], [3, ['downgraded']]]);
      expect(runs[1]!.trigger).toEqual({ kind: 'score_changed', scorecard: 'suit_score' });
      const status = await body<RecordStatus>(await admin.call('GET', `${APPLICANTS}/${rec.id}/status`));
      expect(status.flags.map((f) => [f.flag, f.label])).toEqual([['downgraded', null]]);
    });

    it('stops a rule set that keeps flipping a field at the depth limit, naming the chain, and saves nothing', async () => {
      const t = app();
      const { admin } = await lender(t, [flipper]);
      const res = await apply(admin, { company_name: 'Loop', flip: true });
      const problem = await body<{ code: string; detail: string }>(res, 422);
      expect(problem.code).toBe('rules.depth');
      expect(problem.detail).toContain('flipper → flipper');
      const list = await body<{ items: unknown[] }>(await admin.call('GET', APPLICANTS));
      expect(list.items).toEqual([]);
      expect(await count(t, admin, 'rule_runs')).toBe(0);
    });

    it('rolls the whole write back when a set_field makes the record invalid: no change, no flag, no notification', async () => {
      const t = app();
      const { admin } = await lender(t, [overshoot]);
      const rec = await body<{ id: string }>(await apply(admin, { company_name: 'Acme', lawsuits_pending: false }), 201);
      const res = await admin.call('PATCH', `${APPLICANTS}/${rec.id}`, { lawsuits_pending: true }, { 'If-Match': '"1"' });
      const problem = await body<{ code: string; detail: string; problems: { path: string; message: string }[] }>(res, 422);
      expect(problem.code).toBe('rules.invalid_set_field');
      expect(problem.detail).toContain('rule "boost" of rule set "overshoot" (field "points")');
      expect(problem.problems.map((p) => p.path)).toEqual(['/points']);
      const now = await body<{ revision: number; data: Record<string, unknown> }>(await admin.call('GET', `${APPLICANTS}/${rec.id}`));
      expect([now.revision, now.data['lawsuits_pending'], now.data['points']]).toEqual([1, false, undefined]);
      expect([await count(t, admin, 'record_flags'), await count(t, admin, 'notifications')]).toEqual([0, 0]);
      expect(await body<RuleRunView[]>(await admin.call('GET', `${APPLICANTS}/${rec.id}/rule-runs`))).toHaveLength(1);
    });

    it('shows one tenant nothing of another tenant\'s rule runs, flags, tasks or freezes', async () => {
      const t = app();
      const { admin } = await lender(t, [creditRisk]);
      const rec = await body<{ id: string }>(await apply(admin, { company_name: 'Acme', lawsuits_pending: true }), 201);
      const other = await caller(t, ['admin']);
      await createAndPublish(other, applicantForm);
      for (const path of ['rule-runs', 'status']) {
        expect((await other.call('GET', `${APPLICANTS}/${rec.id}/${path}`)).status).toBe(404);
        expect((await admin.call('GET', `${APPLICANTS}/${rec.id}/${path}`)).status).toBe(200);
        expect((await admin.call('GET', `${APPLICANTS}/no-such/${path}`)).status).toBe(404);
      }
      for (const table of ['rule_runs', 'record_flags', 'tasks', 'freezes']) {
        const seen = await t.db.withTenant(other.company.tenantId, (tx) => tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`));
        expect([table, seen[0]!.n]).toEqual([table, 0]);
        expect(await count(t, admin, table)).toBeGreaterThan(0);
      }
    });
  },
  { modules: RULE_TEST_MODULES },
);
