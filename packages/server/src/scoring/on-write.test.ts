import { expect, it } from 'vitest';
import { caller, createAndPublish } from '../definitions/testing.js';
import { onBothDatabases } from '../tenancy/testing.js';
import { borrower, borrowerForm, BORROWERS, lender, SCORING_TEST_MODULES } from './testing.js';
import type { ScoreExplanation } from './explain.js';

const score = async (res: Response): Promise<ScoreExplanation> => {
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as ScoreExplanation;
};

onBothDatabases(
  (app) => {
    it('scores a created record in the same write, pinned to the scorecard version', async () => {
      const { admin } = await lender(app());
      const { id } = await borrower(admin, { company_name: 'Acme', debt_ratio: 0.3, lawsuits_pending: false, internal_rating: 7 });
      const s = await score(await admin.call('GET', `${BORROWERS}/${id}/score`));
      expect(s).toMatchObject({ recordId: id, recordRevision: 1, formVersion: 1, scorecard: 'risk_score', scorecardVersion: 1, total: 100, grade: 'A', jobId: null, problems: [] });
      expect(s.factors.map((f) => [f.id, f.raw, f.points, f.weight, f.contribution, f.band])).toEqual([
        ['debt', 0.3, 100, 5000, 50, 'low'], ['suits', false, 100, 3000, 30, null], ['internal', 7, 100, 2000, 20, 'good'],
      ]);
    });

    it('scores an update again and keeps every score in the history', async () => {
      const t = app();
      const { admin } = await lender(t);
      const { id, etag } = await borrower(admin, { company_name: 'Acme', debt_ratio: 0.3, lawsuits_pending: false, internal_rating: 7 });
      const res = await admin.call('PATCH', `${BORROWERS}/${id}`, { debt_ratio: 0.8, lawsuits_pending: true }, { 'If-Match': etag });
      expect(res.status).toBe(200);
      const s = await score(await admin.call('GET', `${BORROWERS}/${id}/score`));
      expect([s.recordRevision, s.total, s.grade]).toEqual([2, 26, 'D']);
      const history = await t.db.withTenant(admin.company.tenantId, (tx) =>
        tx.query<{ record_revision: number; total: string }>('SELECT record_revision, total FROM score_history WHERE tenant_id = $1 AND record_id = $2 ORDER BY record_revision', [admin.company.tenantId, id]));
      expect(history.map((h) => [h.record_revision, Number(h.total)])).toEqual([[1, 100], [2, 26]]);
    });

    it('stores a failed score with its problems and never refuses the write', async () => {
      const { admin } = await lender(app());
      const { id } = await borrower(admin, { company_name: 'No rating', debt_ratio: 0.3 });
      const s = await score(await admin.call('GET', `${BORROWERS}/${id}/score`));
      expect([s.total, s.grade]).toEqual([null, null]);
      expect(s.problems.map((p) => p.path)).toEqual(['/internal_rating']);
    });

    it('stores nothing when the write is refused, and nothing for a form without a published scorecard', async () => {
      const t = app();
      const { admin } = await lender(t);
      expect((await admin.call('POST', BORROWERS, { debt_ratio: 'high' })).status).toBe(422);
      const stored = await t.db.withTenant(admin.company.tenantId, (tx) => tx.query('SELECT 1 FROM scores WHERE tenant_id = $1', [admin.company.tenantId]));
      expect(stored).toEqual([]);
      const other = await caller(t, ['admin']);
      await createAndPublish(other, borrowerForm);
      const { id } = await borrower(other, { company_name: 'Unscored' });
      expect((await other.call('GET', `${BORROWERS}/${id}/score`)).status).toBe(404);
    });
  },
  { modules: SCORING_TEST_MODULES },
);
