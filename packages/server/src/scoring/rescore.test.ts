import { expect, it } from 'vitest';
import { publish } from '../definitions/testing.js';
import { jsonLogger } from '../http/logger.js';
import { createJobContext } from '../jobs/context.js';
import { claimJobs } from '../jobs/lease.js';
import { fakeTimers } from '../jobs/test-backends.js';
import type { HandlerMap, Job, JobProgress } from '../jobs/types.js';
import { Worker } from '../jobs/worker.js';
import { onBothDatabases } from '../tenancy/testing.js';
import type { AuthTestApp } from '../tenancy/testing.js';
import type { RescoreJob } from './enqueue.js';
import type { ScoreExplanation } from './explain.js';
import { rescoreBatch, rescoreHandler } from './rescore.js';
import { borrower, BORROWERS, lender, riskScore, SCORING_TEST_MODULES } from './testing.js';

const LEASE = 30_000;
const handlers = { rescore: rescoreHandler({ batchSize: 2 }) } as unknown as HandlerMap;
const worker = (t: AuthTestApp, id: string): Worker =>
  new Worker({ db: t.db, clock: t.clock, handlers, id, leaseMs: LEASE, timers: fakeTimers(), logger: jsonLogger({ clock: t.clock, write: () => undefined }), concurrency: 5 });

/** Runs every due job, so a test starts with none queued (the app's database is shared by the file). */
async function drain(t: AuthTestApp): Promise<void> {
  const w = worker(t, 'drain');
  while ((await w.runOnce()).length > 0);
}

/** Version 2 of the risk scorecard: low debt earns 80 points instead of 100. */
const [debt, ...rest] = riskScore.factors;
const riskScore2 = { ...riskScore, factors: [{ ...debt!, method: { ...debt!.method, bands: [{ id: 'low', max: 0.5, points: 80 }, { id: 'high', min: 0.5, points: 0 }] } }, ...rest] };

onBothDatabases(
  (app) => {
    it('re-scores every record after a publish, resuming after a crash with each record scored exactly once', async () => {
      const t = app();
      await drain(t);
      const { admin } = await lender(t);
      const ids: string[] = [];
      for (let i = 0; i < 5; i += 1) ids.push((await borrower(admin, { company_name: `Co ${i}`, debt_ratio: 0.2, internal_rating: 8 })).id);
      await drain(t);
      const saved = await admin.call('PUT', '/api/definitions/scorecard/risk_score/draft', riskScore2, { 'If-Match': '"1"' });
      expect(saved.status).toBe(200);
      await publish(admin, riskScore, 2);
      // Written after the publish: scored with version 2 by its own write, so the job skips it.
      const late = await borrower(admin, { company_name: 'Late', debt_ratio: 0.2, internal_rating: 8 });

      const [claimed] = await claimJobs(t.db, { workerId: 'dying', kinds: ['rescore'], now: t.clock.now(), leaseMs: LEASE, limit: 1 });
      expect(claimed).toMatchObject({ kind: 'rescore', tenantId: admin.company.tenantId, payload: { scorecardId: 'risk_score', version: 2, formId: 'borrower', afterId: null } });
      const dying = createJobContext<RescoreJob>({ db: t.db, clock: t.clock, job: claimed as Job<RescoreJob>, workerId: 'dying', leaseMs: LEASE });
      await rescoreBatch(dying.ctx, { payload: dying.ctx.job.payload, done: 0, total: null }, { batchSize: 2 });
      const progress = async (): Promise<{ status: string; attempts: number; progress: JobProgress }> =>
        (await (await admin.call('GET', `/api/admin/jobs/${claimed!.id}`)).json()) as { status: string; attempts: number; progress: JobProgress };
      expect(await progress()).toMatchObject({ status: 'running', progress: { done: 2, total: 6 } });

      // The dying worker never comes back; its lease runs out and another worker takes the job.
      t.clock.advance(LEASE + 1);
      expect((await worker(t, 'heir').runOnce()).map((o) => [o.jobId, o.result, o.attempt])).toEqual([[claimed!.id, 'succeeded', 2]]);
      expect(await progress()).toMatchObject({ status: 'succeeded', attempts: 2, progress: { done: 6, total: 6 } });

      const tenantId = admin.company.tenantId;
      const byJob = await t.db.withTenant(tenantId, (tx) =>
        tx.query<{ record_id: string; n: number | string }>('SELECT record_id, count(*) AS n FROM score_history WHERE tenant_id = $1 AND job_id = $2 GROUP BY record_id', [tenantId, claimed!.id]));
      expect(byJob.map((r) => [r.record_id, Number(r.n)]).sort()).toEqual(ids.map((id) => [id, 1]).sort());
      for (const id of [...ids, late.id]) {
        const s = (await (await admin.call('GET', `${BORROWERS}/${id}/score`)).json()) as ScoreExplanation;
        expect([s.scorecardVersion, s.total]).toEqual([2, 75]);
      }
    });

    it('ends at once for a form without records, with progress 0 of 0', async () => {
      const t = app();
      await drain(t);
      const { admin } = await lender(t);
      const [job] = await t.db.withTenant(admin.company.tenantId, (tx) => tx.query<{ id: string }>("SELECT id FROM jobs WHERE tenant_id = $1 AND kind = 'rescore'", [admin.company.tenantId]));
      expect((await worker(t, 'w').runOnce()).map((o) => [o.jobId, o.result])).toEqual([[job!.id, 'succeeded']]);
      expect(await (await admin.call('GET', `/api/admin/jobs/${job!.id}`)).json()).toMatchObject({ status: 'succeeded', progress: { done: 0 } });
    });
  },
  { modules: SCORING_TEST_MODULES },
);
