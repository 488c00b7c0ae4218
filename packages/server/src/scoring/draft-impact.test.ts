import type { DraftImpact } from '@heng/engine';
import { describe, expect, it } from 'vitest';
import { caller, createAndPublish, saveDraft, statusAndCode } from '../definitions/testing.js';
import { onBothDatabases } from '../tenancy/testing.js';
import { borrower, borrowerForm, BORROWERS, lender, riskScore, SCORING_TEST_MODULES } from './testing.js';

const IMPACT = '/api/definitions/scorecard/risk_score/draft/impact';


// Debt over 50% gives 60 points instead of 0: Beta (debt 0.6, rating 3) goes 17 → 47 and stays D,
// Gamma (debt 0.6, rating 9) goes 35 → 65 and moves D → A, Acme (debt 0.3) keeps 85 (A).
const softerDebt = {
  ...riskScore,
  factors: riskScore.factors.map((f) =>
    f.id === 'debt' ? { ...f, method: { kind: 'bands', field: 'debt_ratio', bands: [{ id: 'low', max: 0.5, points: 100 }, { id: 'high', min: 0.5, points: 60 }] } } : f,
  ),
};

onBothDatabases(
  (app) => {
    describe('GET /api/definitions/scorecard/:id/draft/impact', () => {
      it('scores every live record by the saved draft beside its score now, and stores nothing', async () => {
        const { admin } = await lender(app());
        await borrower(admin, { company_name: 'Acme', debt_ratio: 0.3, internal_rating: 9 });
        await borrower(admin, { company_name: 'Beta', debt_ratio: 0.6, internal_rating: 3 });
        const gamma = await borrower(admin, { company_name: 'Gamma', debt_ratio: 0.6, internal_rating: 9 });
        // Its score fails now (no internal rating) and fails by the draft: no change.
        await borrower(admin, { company_name: 'Delta', debt_ratio: 0.6 });
        const gone = await borrower(admin, { company_name: 'Gone', debt_ratio: 0.6, internal_rating: 9 });
        expect((await admin.call('DELETE', `${BORROWERS}/${gone.id}`, undefined, { 'If-Match': gone.etag })).status).toBe(204);
        const revision = await saveDraft(admin, softerDebt);

        const res = await admin.call('GET', IMPACT);
        expect(res.status, await res.clone().text()).toBe(200);
        const impact = (await res.json()) as DraftImpact;
        expect(impact).toEqual({
          revision, formId: 'borrower', records: 4, changedScores: 2, changedGrades: 1,
          moves: [{ from: 'D', to: 'A', count: 1 }],
          examples: [
            { recordId: gamma.id, label: 'Gamma', now: { total: 35, grade: 'D' }, draft: { total: 65, grade: 'A' } },
            { recordId: expect.any(String), label: 'Beta', now: { total: 17, grade: 'D' }, draft: { total: 47, grade: 'D' } },
          ],
          policies: [],
        });
        const stored = (await (await admin.call('GET', `${BORROWERS}/${gamma.id}/score`)).json()) as { total: number; grade: string; scorecardVersion: number };
        expect([stored.total, stored.grade, stored.scorecardVersion]).toEqual([35, 'D', 1]);
      });

      it('counts, policy by policy, the records whose value the draft changes, and adds up a money policy now and by the draft', async () => {
        const admin = await caller(app(), ['admin']);
        await createAndPublish(admin, borrowerForm);
        const t = (en: string) => ({ en, 'zh-CN': en });
        const limit = { id: 'limit', name: t('Limit'), type: 'money', byGrade: { A: '500000', D: '0' } };
        const terms = { id: 'terms', name: t('Terms'), type: 'days', byGrade: { A: '60', D: '0' } };
        const way = { id: 'way', name: t('Settlement'), type: 'text', byGrade: { A: '"credit"', D: '"cash"' } };
        const card = { ...riskScore, id: 'policy_score', policies: [limit, terms, way] };
        await createAndPublish(admin, card);
        await borrower(admin, { company_name: 'Acme', debt_ratio: 0.3, internal_rating: 9 });
        await borrower(admin, { company_name: 'Beta', debt_ratio: 0.6, internal_rating: 3 });
        await borrower(admin, { company_name: 'Gamma', debt_ratio: 0.6, internal_rating: 9 });
        // A raises its limit; Gamma moves D → A; the terms are dropped; settlement is as before by grade.
        await saveDraft(admin, { ...softerDebt, id: 'policy_score', policies: [{ ...limit, byGrade: { A: '600000.5', D: '0' } }, way] });
        const impact = (await (await admin.call('GET', '/api/definitions/scorecard/policy_score/draft/impact')).json()) as DraftImpact;
        expect(impact.policies).toEqual([
          // Acme 500,000 → 600,000.50; Gamma 0 → 600,000.50; Beta 0 both.
          { id: 'limit', name: t('Limit'), type: 'money', dropped: false, changed: 2, total: { now: 500_000, draft: 1_200_001 } },
          // Gamma's grade moves it from cash to credit.
          { id: 'way', name: t('Settlement'), type: 'text', dropped: false, changed: 1, total: null },
          // Named as the live version names it.
          { id: 'terms', name: t('Terms'), type: 'days', dropped: true, changed: 3, total: null },
        ]);
      });

      it('counts a record with no score yet as a move from none', async () => {
        const { admin } = await lender(app());
        const draft = { ...softerDebt, id: 'new_score', grades: riskScore.grades };
        const created = await admin.call('PUT', '/api/definitions/scorecard/new_score/draft', draft, { 'If-None-Match': '*' });
        expect(created.status).toBe(201);
        await borrower(admin, { company_name: 'Acme', debt_ratio: 0.3, internal_rating: 9 });
        const impact = (await (await admin.call('GET', '/api/definitions/scorecard/new_score/draft/impact')).json()) as DraftImpact;
        expect([impact.records, impact.changedScores, impact.changedGrades, impact.moves]).toEqual([1, 1, 1, [{ from: null, to: 'A', count: 1 }]]);
        expect(impact.examples[0]).toMatchObject({ label: 'Acme', now: { total: null, grade: null }, draft: { total: 85, grade: 'A' } });
      });

      it('names only records the caller reaches, without a label hidden from them, while counting them all', async () => {
        const admin = await caller(app(), ['admin']);
        const owned = {
          ...borrowerForm,
          fields: [...borrowerForm.fields.map((f) => (f.id === 'company_name' ? { ...f, access: { risk_officer: 'hidden' } } : f)), { id: 'owner', type: 'user', label: { en: 'Owner', 'zh-CN': 'Owner' } }],
          sections: [{ ...borrowerForm.sections[0]!, fields: [...borrowerForm.sections[0]!.fields, 'owner'] }],
          rowAccess: [{ role: 'risk_officer', field: 'owner' }],
        };
        await createAndPublish(admin, owned);
        await createAndPublish(admin, riskScore);
        const risk = await caller(app(), ['risk_officer'], admin.company);
        const mine = await borrower(admin, { company_name: 'Gamma', debt_ratio: 0.6, internal_rating: 9, owner: admin.company.adminId });
        await borrower(admin, { company_name: 'Beta', debt_ratio: 0.6, internal_rating: 3 });
        await saveDraft(admin, softerDebt);
        const res = await risk.call('GET', IMPACT);
        expect(res.status, await res.clone().text()).toBe(200);
        const impact = (await res.json()) as DraftImpact;
        expect([impact.records, impact.changedScores, impact.changedGrades]).toEqual([2, 2, 1]);
        expect(impact.examples).toEqual([{ recordId: mine.id, label: null, now: { total: 35, grade: 'D' }, draft: { total: 65, grade: 'A' } }]);
      });

      it('refuses a draft with problems as publishing would (422, with their paths), an unknown scorecard (404) and a salesperson (403)', async () => {
        const { admin, sales } = await lender(app());
        await saveDraft(admin, { ...riskScore, factors: riskScore.factors.map((f) => (f.id === 'debt' ? { ...f, method: { ...f.method, field: 'debt_ratoi' } } : f)) });
        const res = await admin.call('GET', IMPACT);
        expect(res.status).toBe(422);
        const body = (await res.json()) as { code: string; problems: { path: string }[] };
        expect(body.code).toBe('validation_failed');
        expect(body.problems.map((p) => p.path)).toContain('/factors/0/method/field');
        expect(await statusAndCode(await admin.call('GET', '/api/definitions/scorecard/nope/draft/impact'))).toEqual([404, 'not_found']);
        expect(await statusAndCode(await sales.call('GET', IMPACT))).toEqual([403, 'forbidden']);
      });

      it('is documented in OpenAPI', () => {
        const doc = app().registry.document({ title: 't', version: '1' }) as { paths: Record<string, Record<string, { operationId: string }>> };
        expect(doc.paths['/api/definitions/scorecard/{id}/draft/impact']?.get?.operationId).toBe('getScorecardDraftImpact');
      });
    });
  },
  { modules: SCORING_TEST_MODULES },
);
