import { expect, it } from 'vitest';
import type { Caller } from '../definitions/testing.js';
import { createAndPublish, publish } from '../definitions/testing.js';
import { jsonLogger } from '../http/logger.js';
import { fakeTimers } from '../jobs/test-backends.js';
import type { HandlerMap } from '../jobs/types.js';
import { Worker } from '../jobs/worker.js';
import { rescoreHandler } from '../scoring/rescore.js';
import { onBothDatabases } from '../tenancy/testing.js';
import type { AuthTestApp } from '../tenancy/testing.js';
import { scoreRulesAfterRescore } from './rescored.js';
import type { RecordStatus, RuleRunView } from './routes.js';
import { apply, APPLICANTS, lender, onDowngrade, RULE_TEST_MODULES, suitScore } from './testing.js';

const body = async <T>(res: Response, status = 200): Promise<T> => {
  expect(res.status, await res.clone().text()).toBe(status);
  return (await res.json()) as T;
};

/** The suit score before it was re-weighted: a pending lawsuit still scored 80 (grade A); unknown, 0. */
const lenient = {
  ...suitScore,
  factors: [{ ...suitScore.factors[0]!, method: { kind: 'lookup', field: 'lawsuits_pending', entries: [{ value: false, points: 100 }, { value: true, points: 80 }] }, missing: { policy: 'points', points: 0 } }],
};

/** Runs the queued re-score jobs to their end, as the server's worker does (rules hooked in). */
async function rescore(t: AuthTestApp): Promise<void> {
  const handlers = { rescore: rescoreHandler({ afterScored: scoreRulesAfterRescore() }) } as unknown as HandlerMap;
  const worker = new Worker({ db: t.db, clock: t.clock, handlers, id: 'w', timers: fakeTimers(), logger: jsonLogger({ write: () => undefined }), concurrency: 1 });
  while ((await worker.runOnce()).length > 0);
}

/** Saves `def` over the published version's draft and publishes it as the next version. */
async function republish(c: Caller, def: { kind: string; id: string }): Promise<void> {
  const saved = await c.call('PUT', `/api/definitions/${def.kind}/${def.id}/draft`, def, { 'If-Match': '"1"' });
  const revision = ((await body<{ revision: number }>(saved)).revision);
  await publish(c, def, revision);
}

onBothDatabases(
  (app) => {
    it('runs score_changed rule sets on the records a re-weighted scorecard re-grades, and leaves the others', async () => {
      const t = app();
      const { admin } = await lender(t, []);
      await createAndPublish(admin, lenient);
      await createAndPublish(admin, onDowngrade);
      await rescore(t);
      const sued = await body<{ id: string }>(await apply(admin, { company_name: 'Sued', lawsuits_pending: true }), 201);
      const clean = await body<{ id: string }>(await apply(admin, { company_name: 'Clean', lawsuits_pending: false }), 201);

      await republish(admin, suitScore);
      await rescore(t);

      const after = await body<{ revision: number; data: Record<string, unknown>; updatedBy: string | null }>(await admin.call('GET', `${APPLICANTS}/${sued.id}`));
      expect([after.revision, after.data['risk_level'], after.updatedBy]).toEqual([2, 'high', null]);
      const runs = await body<RuleRunView[]>(await admin.call('GET', `${APPLICANTS}/${sued.id}/rule-runs`));
      expect(runs.map((r) => [r.recordRevision, r.trigger, r.fired])).toEqual([
        [1, { kind: 'score_changed', scorecard: 'suit_score' }, []],
        [1, { kind: 'score_changed', scorecard: 'suit_score' }, ['downgraded']],
      ]);
      const status = await body<RecordStatus>(await admin.call('GET', `${APPLICANTS}/${sued.id}/status`));
      expect(status.flags.map((f) => f.flag)).toEqual(['downgraded']);

      const untouched = await body<{ revision: number }>(await admin.call('GET', `${APPLICANTS}/${clean.id}`));
      expect(untouched.revision).toBe(1);
      const cleanRuns = await body<RuleRunView[]>(await admin.call('GET', `${APPLICANTS}/${clean.id}/rule-runs`));
      // Its first score (on creation) was a change from none; the re-score changed nothing.
      expect(cleanRuns.map((r) => [r.recordRevision, r.fired])).toEqual([[1, []]]);
    });
  },
  { modules: RULE_TEST_MODULES },
);
