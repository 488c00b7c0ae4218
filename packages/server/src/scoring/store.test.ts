import type { ScoreResult } from '@heng/engine';
import { expect, it } from 'vitest';
import { onBothDatabases } from '../tenancy/testing.js';
import { findScores, saveScores } from './store.js';
import type { NewScore } from './store.js';
import { borrower, lender, SCORING_TEST_MODULES } from './testing.js';

const result = (total: number): ScoreResult => ({ scorecard: 'risk_score', total, grade: 'A', label: null, color: null, bandGrade: 'A', factors: [], overrides: [], flags: [], outputs: {} });

onBothDatabases(
  (app) => {
    it('never lets an older record revision or scorecard version replace a newer score, and keeps only what it wrote', async () => {
      const t = app();
      const { admin } = await lender(t);
      const { id } = await borrower(admin, { company_name: 'Acme', internal_rating: 9 });
      const tenantId = admin.company.tenantId;
      const at = (recordRevision: number, scorecardVersion: number, total: number): NewScore => ({
        recordId: id, recordRevision, formVersion: 1, scorecardId: 'risk_score', scorecardVersion, result: result(total), scoredAt: t.clock.now(), jobId: null,
      });
      const written = await t.db.withTenant(tenantId, async (tx) => [
        await saveScores(tx, tenantId, [at(3, 2, 70)]),
        await saveScores(tx, tenantId, [at(2, 2, 60)]),
        await saveScores(tx, tenantId, [at(3, 1, 50)]),
        await saveScores(tx, tenantId, [at(3, 2, 71)]),
      ]);
      expect(written).toEqual([1, 0, 0, 1]);
      const [current] = await t.db.withTenant(tenantId, (tx) => findScores(tx, tenantId, id, 'risk_score'));
      expect([current!.recordRevision, current!.scorecardVersion, current!.result.total]).toEqual([3, 2, 71]);
      const kept = await t.db.withTenant(tenantId, (tx) => tx.query<{ n: string | number }>('SELECT count(*) AS n FROM score_history WHERE tenant_id = $1 AND record_id = $2', [tenantId, id]));
      // The record's own write scored it once (revision 1) before these.
      expect(Number(kept[0]!.n)).toBe(3);
    });

    it('keeps scores apart by tenant: another company reads none', async () => {
      const t = app();
      const { admin } = await lender(t);
      const { id } = await borrower(admin, { company_name: 'Acme', internal_rating: 9 });
      const rival = await lender(t);
      const other = rival.admin.company.tenantId;
      expect(await t.db.withTenant(other, (tx) => tx.query('SELECT 1 FROM scores WHERE record_id = $1', [id]))).toEqual([]);
      expect(await t.db.withTenant(other, (tx) => tx.query('SELECT 1 FROM score_history WHERE record_id = $1', [id]))).toEqual([]);
    });
  },
  { modules: SCORING_TEST_MODULES },
);
