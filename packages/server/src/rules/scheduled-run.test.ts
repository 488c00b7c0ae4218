import { describe, expect, it } from 'vitest';
import { publish } from '../definitions/testing.js';
import type { Caller } from '../definitions/testing.js';
import { createJobContext } from '../jobs/context.js';
import { claimJobs } from '../jobs/lease.js';
import { enqueue, getJob } from '../jobs/queue.js';
import type { HandlerMap, Job } from '../jobs/types.js';
import { Scheduler } from '../schedules/scheduler.js';
import { listSchedules } from '../schedules/store.js';
import type { Schedule } from '../schedules/store.js';
import { onBothDatabases } from '../tenancy/testing.js';
import type { AuthTestApp } from '../tenancy/testing.js';
import type { RecordStatus, RuleRunView } from './routes.js';
import type { ScheduledRulesJob } from './schedule-sync.js';
import { dayIn, scheduledBatch, scheduledRulesHandler, startScheduledRun } from './scheduled-run.js';
import { apply, APPLICANTS, lender, nightlyBoost, nightlyReview, RULE_TEST_MODULES, toReview } from './testing.js';
import { drain, ruleWorker } from './testing-jobs.js';

const LEASE = 30_000;

const body = async <T>(res: Response, status = 200): Promise<T> => {
  expect(res.status, await res.clone().text()).toBe(status);
  return (await res.json()) as T;
};

const created = async (c: Caller, data: Record<string, unknown>): Promise<string> => (await body<{ id: string }>(await apply(c, data), 201)).id;
const statusOf = async (c: Caller, id: string): Promise<RecordStatus> => body<RecordStatus>(await c.call('GET', `${APPLICANTS}/${id}/status`));
const runsOf = async (c: Caller, id: string): Promise<RuleRunView[]> => body<RuleRunView[]>(await c.call('GET', `${APPLICANTS}/${id}/rule-runs`));
const recordOf = async (c: Caller, id: string): Promise<{ revision: number; data: Record<string, unknown> }> => body(await c.call('GET', `${APPLICANTS}/${id}`));
const flagsOf = async (c: Caller, id: string): Promise<string[]> => (await statusOf(c, id)).flags.map((f) => f.flag);

/** The tenant's rule set schedule, after moving the clock to its next run and firing it: the job queued. */
async function fireSchedule(t: AuthTestApp, tenantId: string): Promise<{ schedule: Schedule; jobId: string }> {
  const [schedule] = await t.db.withTenant(tenantId, (tx) => listSchedules(tx, tenantId));
  t.clock.set(schedule!.nextRunAt);
  const fired = (await new Scheduler({ db: t.db, clock: t.clock }).tick()).filter((f) => f.tenantId === tenantId);
  expect(fired.map((f) => f.scheduleId)).toEqual([schedule!.id]);
  return { schedule: schedule!, jobId: fired[0]!.jobId! };
}

const jobOf = (t: AuthTestApp, tenantId: string, id: string): Promise<Job | undefined> => t.db.withTenant(tenantId, (tx) => getJob(tx, tenantId, id));

describe('dayIn', () => {
  it('gives the calendar day in the time zone asked', () => {
    const at = new Date('2025-01-01T01:00:00.000Z');
    expect([dayIn('America/New_York', at), dayIn('Asia/Shanghai', at), dayIn('UTC', at)]).toEqual(['2024-12-31', '2025-01-01', '2025-01-01']);
  });
});

onBothDatabases(
  (app) => {
    it('registers a schedule on publish; at its time every live record runs, effects on the matching ones only, traced', async () => {
      const t = app();
      await drain(t);
      const { admin, officer } = await lender(t, [toReview, nightlyReview]);
      const tenantId = admin.company.tenantId;
      const [a, b, c, gone] = [
        await created(admin, { company_name: 'A', lawsuits_pending: true }),
        await created(admin, { company_name: 'B', lawsuits_pending: false }),
        await created(admin, { company_name: 'C', lawsuits_pending: true }),
        await created(admin, { company_name: 'Gone', lawsuits_pending: true }),
      ];
      expect((await admin.call('DELETE', `${APPLICANTS}/${gone}`, undefined, { 'If-Match': '"1"' })).status).toBe(204);

      const { schedule, jobId } = await fireSchedule(t, tenantId);
      // 20:00 in New York on 31 December: already 1 January in China.
      expect(schedule).toMatchObject({ id: 'ruleset:nightly_review', cron: '0 20 * * *', timezone: 'America/New_York', jobKind: 'rules.scheduled', nextRunAt: '2025-01-01T01:00:00.000Z' });
      await drain(t);
      expect(await jobOf(t, tenantId, jobId)).toMatchObject({
        status: 'succeeded', progress: { done: 3, total: 3 }, payload: { ruleSetId: 'nightly_review', version: 1, today: '2024-12-31', failed: 0 },
      });

      for (const [id, name] of [[a, 'A'], [c, 'C']] as const) {
        const status = await statusOf(admin, id);
        expect(status.flags.map((f) => [f.flag, f.ruleSet])).toEqual([['nightly', 'nightly_review']]);
        // "today" is New York's 31 December, so a task due in a day is due on 1 January.
        expect(status.tasks.map((x) => [x.assigneeRole, x.title.en, x.dueDate])).toEqual([['risk_officer', `Call ${name}`, '2025-01-01']]);
        const rec = await recordOf(admin, id);
        expect([rec.revision, rec.data['risk_level'], rec.data['stage']]).toEqual([3, 'high', 'review']);
        const runs = await runsOf(admin, id);
        expect(runs.map((r) => [r.depth, r.recordRevision, r.ruleSet, r.fired, r.trigger.kind, r.error])).toEqual([
          [0, 1, 'nightly_review', ['lawsuit'], 'schedule', null],
          [1, 2, 'to_review', ['review'], 'record_updated', null],
        ]);
      }
      expect(await flagsOf(admin, b)).toEqual([]);
      expect((await recordOf(admin, b)).revision).toBe(1);
      // A schedule keeps its runs where a rule fired only: B, run and left alone, has none.
      expect(await runsOf(admin, b)).toEqual([]);
      const notes = await t.db.withTenant(tenantId, (tx) =>
        tx.query<{ text: string }>("SELECT message->>'en' AS text FROM notifications WHERE tenant_id = $1 AND user_id = $2 ORDER BY 1", [tenantId, officer]));
      expect(notes.map((n) => n.text)).toEqual(['Check A', 'Check C']);
    });

    it('resumes after a crash without running a finished record again', async () => {
      const t = app();
      await drain(t);
      const { admin } = await lender(t, [nightlyReview]);
      const tenantId = admin.company.tenantId;
      const ids: string[] = [];
      for (let i = 0; i < 5; i += 1) ids.push(await created(admin, { company_name: `Co ${i}`, lawsuits_pending: i % 2 === 0 }));
      const { jobId } = await fireSchedule(t, tenantId);

      // Other companies' schedules may fire at the same time: the dying worker takes every job, and dies.
      const claimed = await claimJobs(t.db, { workerId: 'dying', kinds: ['rules.scheduled'], now: t.clock.now(), leaseMs: LEASE, limit: 20 });
      const mine = claimed.find((j) => j.id === jobId) as Job<ScheduledRulesJob>;
      const dying = createJobContext<ScheduledRulesJob>({ db: t.db, clock: t.clock, job: mine, workerId: 'dying', leaseMs: LEASE });
      const start = await startScheduledRun(dying.ctx);
      await scheduledBatch(dying.ctx, start!, { batchSize: 2 });
      expect(await jobOf(t, tenantId, jobId)).toMatchObject({ status: 'running', progress: { done: 2, total: 5 } });

      t.clock.advance(LEASE + 1);
      const heir = ruleWorker(t, 'heir', { 'rules.scheduled': scheduledRulesHandler({ batchSize: 2 }) } as unknown as HandlerMap);
      const outcomes = await heir.runOnce();
      expect(outcomes.filter((o) => o.jobId === jobId).map((o) => [o.result, o.attempt])).toEqual([['succeeded', 2]]);
      expect(await jobOf(t, tenantId, jobId)).toMatchObject({ progress: { done: 5, total: 5 }, payload: { today: start!.payload.today } });
      const runs = await t.db.withTenant(tenantId, (tx) =>
        tx.query<{ record_id: string; n: number }>("SELECT record_id, count(*)::int AS n FROM rule_runs WHERE tenant_id = $1 AND trigger->>'kind' = 'schedule' GROUP BY record_id", [tenantId]));
      // Each record the rule fired on was run once (the others, where nothing fired, keep no run).
      expect(runs.map((r) => [r.record_id, r.n]).sort()).toEqual(ids.filter((_, i) => i % 2 === 0).map((id) => [id, 1]).sort());
      for (const [i, id] of ids.entries()) expect(await flagsOf(admin, id)).toEqual(i % 2 === 0 ? ['nightly'] : []);
      const tasks = await t.db.withTenant(tenantId, (tx) => tx.query<{ n: number }>('SELECT count(*)::int AS n FROM tasks WHERE tenant_id = $1', [tenantId]));
      expect(tasks[0]!.n).toBe(3);
    });

    it('runs the version published when the job runs; a version without a schedule removes the schedule', async () => {
      const t = app();
      await drain(t);
      const { admin } = await lender(t, [nightlyReview]);
      const tenantId = admin.company.tenantId;
      const id = await created(admin, { company_name: 'Acme', lawsuits_pending: true });
      const { jobId } = await fireSchedule(t, tenantId);
      const rules = nightlyReview.rules as { actions: object[] }[];
      const v2 = { ...nightlyReview, rules: [{ ...rules[0]!, actions: [{ kind: 'add_flag', id: 'flag', flag: 'nightly_v2' }] }] };
      expect((await admin.call('PUT', '/api/definitions/ruleset/nightly_review/draft', v2, { 'If-Match': '"1"' })).status).toBe(200);
      await publish(admin, v2, 2);
      await drain(t);
      expect(await flagsOf(admin, id)).toEqual(['nightly_v2']);
      expect((await runsOf(admin, id)).map((r) => r.ruleSetVersion)).toEqual([2]);
      expect(await jobOf(t, tenantId, jobId)).toMatchObject({ status: 'succeeded', payload: { version: 2 } });

      const v3 = { ...v2, trigger: { kind: 'record_created' } };
      expect((await admin.call('PUT', '/api/definitions/ruleset/nightly_review/draft', v3, { 'If-Match': '"2"' })).status).toBe(200);
      await publish(admin, v3, 3);
      expect(await t.db.withTenant(tenantId, (tx) => listSchedules(tx, tenantId))).toEqual([]);
      const payload: ScheduledRulesJob = { ruleSetId: 'nightly_review', version: null, today: null, afterId: null, failed: 0 };
      const late = await t.db.withTenant(tenantId, (tx) => enqueue(tx, tenantId, { kind: 'rules.scheduled', payload }, t.clock.now()));
      await drain(t);
      expect(await jobOf(t, tenantId, late.id)).toMatchObject({ status: 'succeeded', progress: { done: 0 }, payload });
      expect(await runsOf(admin, id)).toHaveLength(1);
    });

    it('keeps a record whose run the rules refuse with its error, rolled back, and goes on with the others', async () => {
      const t = app();
      await drain(t);
      const { admin } = await lender(t, [nightlyBoost]);
      const tenantId = admin.company.tenantId;
      const bad = await created(admin, { company_name: 'Bad', lawsuits_pending: true });
      const good = await created(admin, { company_name: 'Good', lawsuits_pending: false });
      const { schedule, jobId } = await fireSchedule(t, tenantId);
      expect(schedule).toMatchObject({ id: 'ruleset:nightly_boost', timezone: 'Asia/Shanghai' });
      await drain(t);
      expect(await jobOf(t, tenantId, jobId)).toMatchObject({ status: 'succeeded', progress: { done: 2, total: 2 }, payload: { failed: 1 } });
      const [failed] = await runsOf(admin, bad);
      expect(failed).toMatchObject({ ruleSet: 'nightly_boost', recordRevision: 1, trigger: { kind: 'schedule' }, fired: [], error: { code: 'rules.invalid_set_field' } });
      expect(failed!.error!.message).toContain('rule "boost" of rule set "nightly_boost" (field "points")');
      expect([await flagsOf(admin, bad), (await recordOf(admin, bad)).revision]).toEqual([[], 1]);
      expect((await runsOf(admin, good)).map((r) => [r.fired, r.error])).toEqual([[['calm'], null]]);
      expect(await flagsOf(admin, good)).toEqual(['calm']);
    });
  },
  { modules: RULE_TEST_MODULES },
);
