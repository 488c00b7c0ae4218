import { describe, expect, it } from 'vitest';
import { caller, create, createAndPublish, publish, saveDraft } from '../definitions/testing.js';
import type { Caller } from '../definitions/testing.js';
import { member } from '../records/testing.js';
import { onBothDatabases } from '../tenancy/testing.js';
import { APPLICATIONS, APPROVAL_TEST_MODULES, apply, applicationForm } from './testing.js';
import type { InstanceView } from './views.js';

const t = (en: string, zh = en) => ({ en, 'zh-CN': zh });

/** The application's own scorecard: a small amount scores A, a large one C. */
const applicationScore = {
  kind: 'scorecard',
  id: 'application_score',
  name: t('Application score', '申请评分'),
  form: 'credit_application',
  precision: 0,
  factors: [{ id: 'size', name: t('Size'), weight: 10000, method: { kind: 'bands', field: 'amount', bands: [{ id: 'small', max: 500000, points: 90 }, { id: 'large', min: 500000, points: 30 }] }, missing: { policy: 'points', points: 0 } }],
  grades: [
    { id: 'a', grade: 'A', label: t('Excellent', '优'), color: '#2e7d32', min: 60, max: 100 },
    { id: 'c', grade: 'C', label: t('Average', '中'), color: '#c62828', min: 0, max: 59 },
  ],
};

/** Grade C goes to the risk officer, the rest to the sales director: by the scorecard's grade, not the form's field. */
const byGrade = {
  kind: 'flow',
  id: 'graded_approval',
  name: t('Graded approval', '按等级审批'),
  form: 'credit_application',
  scorecard: 'application_score',
  nodes: [
    {
      id: 'route',
      kind: 'branch',
      name: t('By grade', '按等级'),
      branches: [{ id: 'weak', name: t('Grade C'), when: { fact: 'grade', operator: 'equal', value: 'C' }, nodes: [{ id: 'risk', kind: 'approver', name: t('Risk'), approvers: [{ kind: 'role', role: 'risk_officer' }], mode: 'or', whenEmpty: 'auto_reject' }] }],
      otherwise: { id: 'strong', name: t('Others'), nodes: [{ id: 'director', kind: 'approver', name: t('Director'), approvers: [{ kind: 'role', role: 'sales_director' }], mode: 'or', whenEmpty: 'auto_reject' }] },
    },
  ],
};

/** The problems of a draft, as the designer is shown them before publishing. */
async function problemsOf(admin: Caller, kind: string, id: string): Promise<{ path: string; code: string; message: string }[]> {
  const res = await admin.call('POST', `/api/definitions/${kind}/${id}/validate`, {});
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as { problems: { path: string; code: string; message: string }[] }).problems;
}

onBothDatabases(
  (app) => {
    describe('a flow branching on its scorecard', () => {
      it('routes each application by the grade its record scored when submitted, keeps that score in the approval and shows it in its view', async () => {
        const admin = await caller(app(), ['admin']);
        await createAndPublish(admin, applicationForm);
        await createAndPublish(admin, applicationScore);
        await createAndPublish(admin, byGrade);
        const [sales, director, risk] = [await member(app(), admin.company, 'li', ['salesperson']), await member(app(), admin.company, 'wang', ['sales_director']), await member(app(), admin.company, 'zhao', ['risk_officer'])];

        // The form's own grade field says C: the scorecard's A wins.
        const small = await apply(sales, { customer: 'Acme', grade: 'C', amount: 400000 });
        expect(small.approval.current?.nodeId).toBe('director');
        expect(small.approval.tasks.map((x) => x.assignee)).toEqual([director.id]);
        const large = await apply(sales, { customer: 'Beta', grade: 'A', amount: 800000 });
        expect(large.approval.current?.nodeId).toBe('risk');
        expect(large.approval.tasks.map((x) => x.assignee)).toEqual([risk.id]);

        const tenantId = admin.company.tenantId;
        const kept = await app().db.withTenant(tenantId, (tx) => tx.query<{ record_id: string; snapshot: { score?: unknown } }>('SELECT record_id, snapshot FROM approval_instances WHERE tenant_id = $1', [tenantId]));
        const scoreOf = (id: string) => kept.find((k) => k.record_id === id)?.snapshot.score;
        expect(scoreOf(small.recordId)).toEqual({ scorecard: 'application_score', version: 1, score: 90, grade: 'A' });
        expect(scoreOf(large.recordId)).toEqual({ scorecard: 'application_score', version: 1, score: 30, grade: 'C' });
        // Its view shows the approver the score it came to them by, named and labelled.
        const seen = await risk.call('GET', `/api/approvals/${large.approval.id}`);
        expect(seen.status).toBe(200);
        expect(((await seen.json()) as { score: unknown }).score).toEqual({ scorecard: 'application_score', version: 1, score: 30, grade: 'C', scorecardName: applicationScore.name, gradeLabel: t('Average', '中') });
      });

      it('starts on a record with no stored score: its grade branches do not hold (the form\'s own grade is not read), the default route is taken', async () => {
        const admin = await caller(app(), ['admin']);
        await createAndPublish(admin, applicationForm);
        const [sales, director] = [await member(app(), admin.company, 'li', ['salesperson']), await member(app(), admin.company, 'wang', ['sales_director'])];
        // Saved before the form had a scorecard: nothing scored it.
        const saved = await sales.call('POST', APPLICATIONS, { customer: 'Acme', grade: 'C', amount: 800000 });
        expect(saved.status).toBe(201);
        const { id } = (await saved.json()) as { id: string };
        await createAndPublish(admin, applicationScore);
        await createAndPublish(admin, { ...byGrade, id: 'graded_by_hand', start: 'manual' });

        const started = await sales.call('POST', `${APPLICATIONS}/${id}/approvals`, { flowId: 'graded_by_hand' });
        expect(started.status, await started.clone().text()).toBe(201);
        const approval = (await started.json()) as InstanceView;
        expect(approval.current?.nodeId).toBe('director');
        expect(approval.tasks.map((x) => x.assignee)).toEqual([director.id]);
        expect(approval.score).toEqual({ scorecard: 'application_score', version: null, score: null, grade: null, scorecardName: applicationScore.name, gradeLabel: null });
      });

      it('checks the scorecard a flow names, and refuses a scorecard version dropping a grade the flow branches on', async () => {
        const admin = await caller(app(), ['admin']);
        await createAndPublish(admin, applicationForm);
        await create(admin, byGrade);
        expect((await problemsOf(admin, 'flow', 'graded_approval')).map((p) => `${p.path} ${p.code}`)).toEqual(['/scorecard flow.scorecard.unknown']);

        await createAndPublish(admin, applicationScore);
        expect(await problemsOf(admin, 'flow', 'graded_approval')).toEqual([]);
        await publish(admin, byGrade, 1);
        await saveDraft(admin, { ...applicationScore, grades: [{ ...applicationScore.grades[0], min: 0 }] });
        const [refused] = await problemsOf(admin, 'scorecard', 'application_score');
        expect(refused?.message).toBe('The approval flow "Graded approval" (graded_approval) reads the policy output "Grades" (grade), which this version drops or changes: keep it, or change the approval flow first.');
      });
    });
  },
  { modules: APPROVAL_TEST_MODULES },
);
