import { expect, it } from 'vitest';
import { requireAdmin } from '../auth/guards.js';
import { caller, create } from '../definitions/testing.js';
import { jsonLogger } from '../http/logger.js';
import { jobRoutes } from '../jobs/routes.js';
import { fakeTimers } from '../jobs/test-backends.js';
import { eventBlocks } from '../jobs/test-events.js';
import type { HandlerMap } from '../jobs/types.js';
import { Worker } from '../jobs/worker.js';
import { RECORD_TEST_MODULES } from '../records/testing.js';
import { onBothDatabases } from '../tenancy/testing.js';
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
  },
  { modules: [...RECORD_TEST_MODULES, scoringRoutes(), jobRoutes({ requireAdmin, events: { pollMs: 20 } })] },
);
