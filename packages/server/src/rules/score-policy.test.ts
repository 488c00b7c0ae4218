import { expect, it } from 'vitest';
import { createAndPublish, publish, saveDraft } from '../definitions/testing.js';
import { onBothDatabases } from '../tenancy/testing.js';
import { drain } from './testing-jobs.js';
import { applicantForm, apply, APPLICANTS, lender, RULE_TEST_MODULES, ruleSet, suitScore } from './testing.js';

const body = async <T>(res: Response, status = 200): Promise<T> => {
  expect(res.status, await res.clone().text()).toBe(status);
  return (await res.json()) as T;
};

const t = (en: string) => ({ en, 'zh-CN': en });
const withPoints = (byGrade: Record<string, string>) => ({ ...suitScore, policies: [{ id: 'points', name: t('Points'), type: 'number', byGrade }] });

/** Score rules that read the scorecard's policy and which way the grade moved, naming no grade. */
const policyRules = ruleSet('policy_rules', { kind: 'score_changed', scorecard: 'suit_score' }, [
  { id: 'apply', name: t('Apply'), conditions: { all: [{ fact: 'grade_trend', operator: 'notEqual', value: 'none' }] }, actions: [{ kind: 'set_field', id: 'set', field: 'points', formula: 'policy_points' }] },
  { id: 'down', name: t('Down'), conditions: { all: [{ fact: 'grade_trend', operator: 'equal', value: 'down' }] }, actions: [{ kind: 'set_field', id: 'set', field: 'risk_level', value: 'high' }] },
  { id: 'first', name: t('First'), conditions: { all: [{ fact: 'grade_trend', operator: 'equal', value: 'first' }] }, actions: [{ kind: 'set_field', id: 'set', field: 'stage', value: 'rated' }] },
  { id: 'up', name: t('Up'), conditions: { all: [{ fact: 'grade_trend', operator: 'equal', value: 'up' }] }, actions: [{ kind: 'set_field', id: 'set', field: 'stage', value: 'upgraded' }] },
]);

type Rec = { id: string; revision: number; data: Record<string, unknown> };

/** On a downgrade, the risk officers are told what moved the score. */
const whyDown = ruleSet('why_down', { kind: 'score_changed', scorecard: 'suit_score' }, [
  { id: 'down', name: t('Down'), conditions: { all: [{ fact: 'grade_trend', operator: 'equal', value: 'down' }] }, actions: [{ kind: 'notify', id: 'tell', to: { role: 'risk_officer' }, message: { 'zh-CN': '降级：{{factor_changes}}', en: 'Down on: {{factor_changes}}' } }] },
]);

/** The messages the latest rule run on an applicant sent. */
const lastMessages = async (admin: Parameters<typeof apply>[0], id: string): Promise<unknown[]> => {
  const runs = await body<{ effects: { effect: { kind: string; message?: { en: string } } }[] }[]>(await admin.call('GET', `${APPLICANTS}/${id}/rule-runs`));
  return (runs.at(-1)?.effects ?? []).flatMap((e) => (e.effect.kind === 'notify' ? [e.effect.message?.en] : []));
};

onBothDatabases(
  (app) => {
    it('gives score rules the policy outputs of the new grade and how the grade moved, following a policy republished since', async () => {
      const { admin } = await lender(app(), []);
      await createAndPublish(admin, withPoints({ A: '90', D: '10' }));
      await createAndPublish(admin, policyRules);

      const first = await body<Rec>(await apply(admin, { company_name: 'Clean', lawsuits_pending: false }), 201);
      const rated = await body<Rec>(await admin.call('GET', `${APPLICANTS}/${first.id}`));
      expect([rated.data['points'], rated.data['stage'], rated.data['risk_level']]).toEqual([90, 'rated', undefined]);

      // The risk officer lowers grade D's points in the scorecard: the rules are not touched.
      await publish(admin, suitScore, await saveDraft(admin, withPoints({ A: '90', D: '5' })));
      const sued = await body<Rec>(await admin.call('PATCH', `${APPLICANTS}/${first.id}`, { lawsuits_pending: true }, { 'If-Match': `"${rated.revision}"` }));
      expect([sued.data['points'], sued.data['risk_level'], sued.data['stage']]).toEqual([5, 'high', 'rated']);
      const runs = await body<{ trace: { rule: string; fired: boolean }[] }[]>(await admin.call('GET', `${APPLICANTS}/${first.id}/rule-runs`));
      expect(runs.at(-1)?.trace.filter((r) => r.fired).map((r) => r.rule)).toEqual(['apply', 'down']);
    });

    it('after the grades are renamed (a switch of scale), re-scored records take the new policy but count as neither downgraded nor first rated', async () => {
      const t = app();
      const { admin } = await lender(t, []);
      await createAndPublish(admin, withPoints({ A: '90', D: '10' }));
      await createAndPublish(admin, policyRules);
      const rec = await body<Rec>(await apply(admin, { company_name: 'Clean', lawsuits_pending: false }), 201);

      // A–D becomes S–A: the clean applicant's A is now an S, which on the new scale alone would read as a rise from A.
      const renamed = { ...withPoints({ S: '80', A: '5' }), grades: [{ ...suitScore.grades[0]!, id: 's', grade: 'S' }, { ...suitScore.grades[1]!, id: 'a', grade: 'A' }] };
      await publish(admin, suitScore, await saveDraft(admin, renamed));
      await drain(t);
      const after = await body<Rec>(await admin.call('GET', `${APPLICANTS}/${rec.id}`));
      expect([after.data['points'], after.data['risk_level'], after.data['stage']]).toEqual([80, undefined, 'rated']);
      const runs = await body<{ trace: { rule: string; fired: boolean }[] }[]>(await admin.call('GET', `${APPLICANTS}/${rec.id}/rule-runs`));
      expect(runs.at(-1)?.trace.filter((r) => r.fired).map((r) => r.rule)).toEqual(['apply']);
    });

    it('tells score rules what moved the score, from the stored scores, without the values of a field some role may not see', async () => {
      const { admin } = await lender(app(), []);
      await createAndPublish(admin, suitScore);
      await createAndPublish(admin, whyDown);
      const clean = await body<Rec>(await apply(admin, { company_name: 'Clean', lawsuits_pending: false }), 201);
      await admin.call('PATCH', `${APPLICANTS}/${clean.id}`, { lawsuits_pending: true }, { 'If-Match': `"${clean.revision}"` });
      expect(await lastMessages(admin, clean.id)).toEqual(['Down on: Suits no → yes (−80 points)']);

      // Lawsuits hidden from the risk officers: the notice names the factor and its points alone.
      const hiding = { ...applicantForm, fields: applicantForm.fields.map((f) => (f.id === 'lawsuits_pending' ? { ...f, access: { risk_officer: 'hidden' } } : f)) };
      await publish(admin, applicantForm, await saveDraft(admin, hiding));
      const other = await body<Rec>(await apply(admin, { company_name: 'Other', lawsuits_pending: false }), 201);
      await admin.call('PATCH', `${APPLICANTS}/${other.id}`, { lawsuits_pending: true }, { 'If-Match': `"${other.revision}"` });
      expect(await lastMessages(admin, other.id)).toEqual(['Down on: Suits (−80 points)']);
    });

    it('refuses a scorecard version that drops a policy its published score rules read, naming the rule set', async () => {
      const { admin } = await lender(app(), []);
      await createAndPublish(admin, withPoints({ A: '90', D: '10' }));
      await createAndPublish(admin, policyRules);

      const revision = await saveDraft(admin, suitScore);
      const checked = await body<{ problems: { path: string; code: string; message: string; messageZh: string }[] }>(
        await admin.call('POST', '/api/definitions/scorecard/suit_score/validate', {}),
      );
      expect(checked.problems).toMatchObject([{ path: '/policies', code: 'scorecard.policy.in_use' }]);
      expect(checked.problems[0]?.message).toContain('"policy_rules"');
      expect(checked.problems[0]?.messageZh).toContain('policy_points');
      const refused = await admin.call('POST', '/api/definitions/scorecard/suit_score/publish', {}, { 'If-Match': `"${revision}"` });
      expect(refused.status).toBe(422);
      const versions = await body<{ items: unknown[] }>(await admin.call('GET', '/api/definitions/scorecard/suit_score/versions'));
      expect(versions.items).toHaveLength(1);

      // Once the rules no longer read it, the policy may go.
      await publish(admin, policyRules, await saveDraft(admin, { ...policyRules, rules: (policyRules.rules as { id: string }[]).filter((r) => r.id !== 'apply') }));
      await publish(admin, suitScore, revision);
    });
  },
  { modules: RULE_TEST_MODULES },
);
