import { expect, it } from 'vitest';
import { requireAdmin, requireUser } from '../auth/guards.js';
import { caller, create } from '../definitions/testing.js';
import { jsonLogger } from '../http/logger.js';
import { jobRoutes } from '../jobs/routes.js';
import { fakeTimers } from '../jobs/test-backends.js';
import { eventBlocks } from '../jobs/test-events.js';
import type { HandlerMap } from '../jobs/types.js';
import { Worker } from '../jobs/worker.js';
import { RECORD_TEST_MODULES } from '../records/testing.js';
import { onBothDatabases } from '../tenancy/testing.js';
import { RESCORE_FOLLOWERS } from './enqueue.js';
import { rescoreHandler } from './rescore.js';
import { scoringRoutes } from './routes.js';
import { borrower, borrowerForm, riskScore } from './testing.js';

const SCORECARD = '/api/definitions/scorecard/risk_score';

onBothDatabases(
  (app) => {
    it("answers a scorecard's publish with its re-score job, which the designer follows as events to the end", async () => {
      const t = app();
      const admin = await caller(t, ['admin']);
      const formRevision = await create(admin, borrowerForm);
      const form = await admin.call('POST', '/api/definitions/form/borrower/publish', {}, { 'If-Match': `"${formRevision}"` });
      expect([form.status, Object.keys((await form.json()) as object).includes('rescoreJobId')]).toEqual([201, false]);
      for (let i = 0; i < 3; i += 1) await borrower(admin, { company_name: `Co ${i}`, debt_ratio: 0.2, internal_rating: 8 });

      await create(admin, riskScore);
      const res = await admin.call('POST', `${SCORECARD}/publish`, {}, { 'If-Match': '"1"' });
      expect(res.status).toBe(201);
      const published = (await res.json()) as { version: number; rescoreJobId: string };
      expect(published).toMatchObject({ version: 1, rescoreJobId: expect.any(String) });

      const stream = eventBlocks(await admin.call('GET', `/api/admin/jobs/${published.rescoreJobId}/events`));
      expect(await stream.event()).toMatchObject({ event: 'progress', job: { id: published.rescoreJobId, kind: 'rescore', status: 'queued' } });
      const handlers = { rescore: rescoreHandler() } as unknown as HandlerMap;
      const worker = new Worker({ db: t.db, clock: t.clock, handlers, id: 'w', timers: fakeTimers(), logger: jsonLogger({ write: () => undefined }) });
      await worker.runOnce();
      let last = await stream.event();
      while (last?.event === 'progress') last = await stream.event();
      expect(last).toMatchObject({ event: 'end', job: { status: 'succeeded', progress: { done: 3, total: 3 } } });
      expect(await stream.next()).toBeUndefined();
    });

    it('tells what a re-score changed: scores, grades and the moves between grades', async () => {
      const t = app();
      const admin = await caller(t, ['admin']);
      await admin.call('POST', '/api/definitions/form/borrower/publish', {}, { 'If-Match': `"${await create(admin, borrowerForm)}"` });
      // Debt 20% (100 × 50%), no lawsuit answer (50 × 30%), internal rating 8 (100 × 20%): 85, grade A.
      for (let i = 0; i < 3; i += 1) await borrower(admin, { company_name: `Co ${i}`, debt_ratio: 0.2, internal_rating: 8 });
      const worker = new Worker({ db: t.db, clock: t.clock, handlers: { rescore: rescoreHandler() } as unknown as HandlerMap, id: 'w', timers: fakeTimers(), logger: jsonLogger({ write: () => undefined }) });
      const publish = async (revision: number) => ((await (await admin.call('POST', `${SCORECARD}/publish`, {}, { 'If-Match': `"${revision}"` })).json()) as { rescoreJobId: string }).rescoreJobId;
      const impact = async (jobId: string) => (await admin.call('GET', `/api/admin/jobs/${jobId}/rescore-impact`)).json();

      const first = await publish(await create(admin, riskScore));
      await worker.runOnce();
      // Scored for the first time: nothing to compare with.
      expect(await impact(first)).toEqual({ scored: 3, changedScores: 0, changedGrades: 0, moves: [] });

      // Low debt now earns 80 (40) and A starts at 80: 75, grade D, for all three.
      const debt = { ...riskScore.factors[0]!, method: { kind: 'bands', field: 'debt_ratio', bands: [{ id: 'low', max: 0.5, points: 80 }, { id: 'high', min: 0.5, points: 0 }] } };
      const v2 = { ...riskScore, factors: [debt, ...riskScore.factors.slice(1)], grades: [{ ...riskScore.grades[0]!, min: 80 }, { ...riskScore.grades[1]!, max: 79.9 }] };
      const saved = await admin.call('PUT', `${SCORECARD}/draft`, v2, { 'If-Match': '"1"' });
      expect(saved.status).toBe(200);
      const second = await publish(((await saved.json()) as { revision: number }).revision);
      await worker.runOnce();
      expect(await impact(second)).toEqual({ scored: 3, changedScores: 3, changedGrades: 3, moves: [{ from: 'A', to: 'D', count: 3 }] });

      expect((await admin.call('GET', '/api/admin/jobs/00000000-0000-4000-8000-000000000000/rescore-impact')).status).toBe(404);
      const sales = await caller(t, ['salesperson'], admin.company);
      expect((await sales.call('GET', `/api/admin/jobs/${second}/rescore-impact`)).status).toBe(403);
      expect((await sales.call('GET', `/api/admin/jobs/${second}`)).status).toBe(403);
      // The risk officer, who may publish scorecards, follows the re-score and reads what it changed.
      const risk = await caller(t, ['risk_officer'], admin.company);
      expect(await (await risk.call('GET', `/api/admin/jobs/${second}`)).json()).toMatchObject({ kind: 'rescore', status: 'succeeded' });
      expect((await risk.call('GET', `/api/admin/jobs/${second}/rescore-impact`)).status).toBe(200);
      expect((await risk.call('GET', '/api/admin/jobs')).status).toBe(403);
    });
  },
  { modules: [...RECORD_TEST_MODULES, scoringRoutes(), jobRoutes({ requireAdmin, requireUser, followers: RESCORE_FOLLOWERS, events: { pollMs: 20 } })] },
);
