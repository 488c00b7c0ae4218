import { describe, expect, it } from 'vitest';
import { caller, createAndPublish, publish, saveDraft, statusAndCode } from '../definitions/testing.js';
import { created } from '../records/testing.js';
import { onBothDatabases } from '../tenancy/testing.js';
import type { ScoreExplanation } from './explain.js';
import { borrower, borrowerForm, BORROWERS, lender, riskScore, SCORING_TEST_MODULES } from './testing.js';

onBothDatabases(
  (app) => {
    describe('GET …/records/:id/score', () => {
      it('explains the score: factors, weights, contributions, bands, grade and the scorecard version', async () => {
        const { admin } = await lender(app());
        const { id } = await borrower(admin, { company_name: 'Acme', debt_ratio: 0.6, internal_rating: 3 });
        const res = await admin.call('GET', `${BORROWERS}/${id}/score?scorecard=risk_score`);
        expect(res.status).toBe(200);
        const s = (await res.json()) as ScoreExplanation & { scorecards: string[] };
        expect(s).toMatchObject({ scorecard: 'risk_score', scorecardVersion: 1, total: 17, grade: 'D', bandGrade: 'D', color: '#c62828', overrides: [], flags: [], outputs: {}, scorecards: ['risk_score'] });
        expect(s.factors.map((f) => [f.id, f.name?.en, f.raw, f.rawHidden, f.points, f.contribution, f.band, f.missing])).toEqual([
          ['debt', 'Debt', 0.6, false, 0, 0, 'high', null],
          ['suits', 'Suits', null, false, 50, 15, null, 'empty'],
          ['internal', 'Internal', 3, false, 10, 2, 'poor', null],
        ]);
      });

      it('blanks the raw value of a field hidden from the reader, keeping its points', async () => {
        const { admin, sales } = await lender(app());
        const { id } = await borrower(admin, { company_name: 'Acme', debt_ratio: 0.3, internal_rating: 9 });
        const res = await sales.call('GET', `${BORROWERS}/${id}/score`);
        expect(res.status).toBe(200);
        const body = await res.text();
        const internal = (JSON.parse(body) as ScoreExplanation).factors.find((f) => f.id === 'internal')!;
        expect([internal.raw, internal.rawHidden, internal.points]).toEqual([null, true, 100]);
        expect(body).not.toContain('"raw":9');
      });

      it('answers 404 for an unknown scorecard, record or form and for another company\'s record; 400 for a bad scorecard id', async () => {
        const t = app();
        const { admin } = await lender(t);
        const { id } = await borrower(admin, { company_name: 'Acme', internal_rating: 9 });
        expect(await statusAndCode(await admin.call('GET', `${BORROWERS}/${id}/score?scorecard=nope`))).toEqual([404, 'not_found']);
        expect(await statusAndCode(await admin.call('GET', `${BORROWERS}/${id}/score?scorecard=1bad`))).toEqual([400, 'bad_request']);
        expect(await statusAndCode(await admin.call('GET', `${BORROWERS}/missing/score`))).toEqual([404, 'not_found']);
        expect(await statusAndCode(await admin.call('GET', `/api/forms/nope/records/${id}/score`))).toEqual([404, 'not_found']);
        const stranger = await caller(t, ['admin']);
        expect(await statusAndCode(await stranger.call('GET', `${BORROWERS}/${id}/score`))).toEqual([404, 'not_found']);
        const rival = await lender(t);
        expect(await statusAndCode(await rival.admin.call('GET', `${BORROWERS}/${id}/score`))).toEqual([404, 'not_found']);
      });

      it('is documented in OpenAPI', async () => {
        const doc = app().registry.document({ title: 't', version: '1' }) as { paths: Record<string, Record<string, { operationId: string }>> };
        expect(doc.paths['/api/forms/{formId}/records/{id}/score']?.get?.operationId).toBe('getRecordScore');
      });
    });

    describe('GET …/records/:id/scores', () => {
      const scorecardsOf = async (res: Response) => ((await res.json()) as { items: { scorecard: string; scorecardVersion: number }[] }).items.map((s) => [s.scorecard, s.scorecardVersion]);

      it('lists the scorecards that scored a record, even one since moved to another form, and none for a record never scored', async () => {
        const { admin } = await lender(app());
        const { id } = await borrower(admin, { company_name: 'Acme', internal_rating: 9 });
        expect(await scorecardsOf(await admin.call('GET', `${BORROWERS}/${id}/scores`))).toEqual([['risk_score', 1]]);
        // The risk score moves to an applicant form: the borrower keeps the score it gave.
        await createAndPublish(admin, { ...borrowerForm, id: 'applicant' });
        await publish(admin, riskScore, await saveDraft(admin, { ...riskScore, form: 'applicant' }));
        const applicant = await created(admin, { company_name: 'Beta', internal_rating: 9 }, '/api/forms/applicant/records');
        expect(await scorecardsOf(await admin.call('GET', `${BORROWERS}/${id}/scores`))).toEqual([['risk_score', 1]]);
        const later = await borrower(admin, { company_name: 'Gamma', internal_rating: 9 });
        const res = await admin.call('GET', `${BORROWERS}/${later.id}/scores`);
        expect(res.status).toBe(200);
        expect(await scorecardsOf(res)).toEqual([]);
        expect(await scorecardsOf(await admin.call('GET', `/api/forms/applicant/records/${applicant.id}/scores`))).toEqual([['risk_score', 2]]);
      });

      it('answers 404 for a record out of reach', async () => {
        const t = app();
        const { admin } = await lender(t);
        const { id } = await borrower(admin, { company_name: 'Acme', internal_rating: 9 });
        expect(await statusAndCode(await admin.call('GET', `${BORROWERS}/missing/scores`))).toEqual([404, 'not_found']);
        const rival = await lender(t);
        expect(await statusAndCode(await rival.admin.call('GET', `${BORROWERS}/${id}/scores`))).toEqual([404, 'not_found']);
      });
    });
  },
  { modules: SCORING_TEST_MODULES },
);
