import { expect, it } from 'vitest';
import { caller, create, createAndPublish, publish, saveDraft } from './testing.js';
import type { Caller } from './testing.js';
import { onBothDatabases } from '../tenancy/testing.js';
import { apply, applicantForm, APPLICANTS, creditRisk, lender, RULE_TEST_MODULES, suitScore } from '../rules/testing.js';

type Problems = { problems: { path: string; code: string; message: string; messageZh: string }[] };

const t = (en: string, zh = en) => ({ en, 'zh-CN': zh });
const text = (id: string) => ({ id, type: 'text', label: t(id) });

/** The applicant form without `field`. */
const without = (field: string) => ({
  ...applicantForm,
  fields: applicantForm.fields.filter((f) => f.id !== field),
  sections: applicantForm.sections.map((s) => ({ ...s, fields: s.fields.filter((f) => f !== field) })),
});

/** A loan form that copies its applicant's risk level. */
const loanForm = {
  kind: 'form', id: 'loan', name: t('Loan', '贷款'),
  fields: [
    { id: 'applicant', type: 'reference', label: t('Applicant'), target: 'applicant' },
    { id: 'applicant_risk', type: 'lookup', label: t('Applicant risk'), via: 'applicant', field: 'risk_level', resultType: 'text' },
  ],
  sections: [{ id: 'main', label: t('Main'), columns: 2, fields: ['applicant', 'applicant_risk'] }],
};

async function problemsOf(admin: Caller): Promise<Problems['problems']> {
  const res = await admin.call('POST', '/api/definitions/form/applicant/validate', {});
  expect(res.status, await res.clone().text()).toBe(200);
  return ((await res.json()) as Problems).problems;
}

onBothDatabases(
  (app) => {
    it('refuses a form version that drops a field its published rule set and scorecard read, naming each, and leaves the form as it was', async () => {
      const { admin } = await lender(app(), [creditRisk]);
      await createAndPublish(admin, suitScore);

      // The form's own Flip field is shown only when there is a lawsuit: that is the form's own problem, listed with the others.
      const draft = without('lawsuits_pending');
      const revision = await saveDraft(admin, { ...draft, fields: draft.fields.map((f) => (f.id === 'flip' ? { ...f, visibleWhen: { fact: 'lawsuits_pending', operator: 'equal', value: true } } : f)) });
      const problems = await problemsOf(admin);
      expect(problems.map((p) => p.code)).toEqual([expect.not.stringMatching(/in_use/), 'form.field.in_use', 'form.field.in_use']);
      expect(problems.slice(1).map((p) => [p.path, p.message])).toEqual([
        ['/fields', 'The scorecard "Suit score" (suit_score) reads the field "Lawsuits" (lawsuits_pending), which this version drops or changes: keep it, or change the scorecard first.'],
        ['/fields', 'The rule set "credit_risk" (credit_risk) reads the field "Lawsuits" (lawsuits_pending), which this version drops or changes: keep it, or change the rule set first.'],
      ]);
      expect(problems[2]?.messageZh).toBe('规则集“credit_risk”（credit_risk）使用了字段“Lawsuits”（lawsuits_pending），此版本将其删除或更改：请保留，或先修改该规则集。');

      const refused = await admin.call('POST', '/api/definitions/form/applicant/publish', {}, { 'If-Match': `"${revision}"` });
      expect(refused.status).toBe(422);
      const versions = (await (await admin.call('GET', '/api/definitions/form/applicant/versions')).json()) as { items: unknown[] };
      expect(versions.items).toHaveLength(1);
      // The rule set still runs on the form as published: a lawsuit flags the applicant.
      const saved = await apply(admin, { company_name: 'Sued Ltd', lawsuits_pending: true });
      expect(saved.status, await saved.clone().text()).toBe(201);
      const status = await admin.call('GET', `${APPLICANTS}/${((await saved.json()) as { id: string }).id}/status`);
      expect(((await status.json()) as { flags: { flag: string }[] }).flags.map((f) => f.flag)).toEqual(['high_risk']);
    });

    it('lists the readers of a field before it is removed: admins only, none for a field nothing reads, 404 for no such form', async () => {
      const { admin } = await lender(app(), [creditRisk]);
      await createAndPublish(admin, suitScore);
      await createAndPublish(admin, loanForm);
      const readers = async (path: string, who = admin) => {
        const res = await who.call('GET', path);
        return [res.status, res.status === 200 ? ((await res.json()) as { items: unknown[] }).items : undefined];
      };
      expect(await readers('/api/definitions/form/applicant/readers/lawsuits_pending')).toEqual([200, [
        { kind: 'scorecard', id: 'suit_score', name: suitScore.name },
        { kind: 'ruleset', id: 'credit_risk', name: creditRisk.name },
      ]]);
      expect(await readers('/api/definitions/form/applicant/readers/risk_level')).toEqual([200, [{ kind: 'form', id: 'loan', name: loanForm.name }]]);
      expect(await readers('/api/definitions/form/applicant/readers/flip')).toEqual([200, []]);
      expect((await readers('/api/definitions/form/nothing/readers/flip'))[0]).toBe(404);
      const sales = await caller(app(), ['salesperson'], admin.company);
      expect((await readers('/api/definitions/form/applicant/readers/flip', sales))[0]).toBe(403);
    });

    it('refuses dropping a field another form looks up; publishes a version dropping a field nothing reads, and one whose readers were changed first', async () => {
      const { admin } = await lender(app(), []);
      await createAndPublish(admin, loanForm);

      const revision = await saveDraft(admin, without('risk_level'));
      const problems = await problemsOf(admin);
      expect(problems).toMatchObject([{ path: '/fields', code: 'form.field.in_use' }]);
      expect(problems[0]?.message).toBe('The form "Loan" (loan) reads the field "risk_level" (risk_level), which this version drops or changes: keep it, or change the form first.');
      expect((await admin.call('POST', '/api/definitions/form/applicant/publish', {}, { 'If-Match': `"${revision}"` })).status).toBe(422);

      // `flip` is read by nothing: it may go.
      await publish(admin, applicantForm, await saveDraft(admin, without('flip')));
      // Once the loan form no longer copies the risk level, it may go too.
      await publish(admin, loanForm, await saveDraft(admin, { ...loanForm, fields: loanForm.fields.slice(0, 1), sections: [{ ...loanForm.sections[0]!, fields: ['applicant'] }] }));
      const both = without('risk_level');
      await publish(admin, applicantForm, await saveDraft(admin, { ...both, fields: both.fields.filter((f) => f.id !== 'flip'), sections: both.sections.map((s) => ({ ...s, fields: s.fields.filter((f) => f !== 'flip') })) }));
    });

    it('a rule set starting to read a field and a form version dropping it, published at once: 10 rounds, never both', async () => {
      const { admin } = await lender(app(), []);
      for (let round = 1; round <= 10; round += 1) {
        const form = { kind: 'form', id: `race_${round}`, name: t(`Race ${round}`), fields: [text('name'), { id: 'extra', type: 'boolean', label: t('Extra') }], sections: [{ id: 'main', label: t('Main'), columns: 1, fields: ['name', 'extra'] }] };
        await createAndPublish(admin, form);
        const reader = { kind: 'ruleset', id: `reader_${round}`, name: t('Reader'), form: form.id, trigger: { kind: 'record_saved' }, rules: [{ id: 'r', name: t('R'), conditions: { all: [{ fact: 'extra', operator: 'equal', value: true }] }, actions: [{ kind: 'add_flag', id: 'f', flag: 'extra' }] }] };
        const [readerRevision, formRevision] = [await create(admin, reader), await saveDraft(admin, { ...form, fields: form.fields.slice(0, 1), sections: [{ ...form.sections[0]!, fields: ['name'] }] })];
        const statuses = await Promise.all([
          admin.call('POST', `/api/definitions/ruleset/${reader.id}/publish`, {}, { 'If-Match': `"${readerRevision}"` }),
          admin.call('POST', `/api/definitions/form/${form.id}/publish`, {}, { 'If-Match': `"${formRevision}"` }),
        ].map(async (res) => (await res).status));
        expect(statuses.sort(), `round ${round}`).toEqual([201, 422]);
      }
    });
  },
  { modules: RULE_TEST_MODULES },
);
