import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/port.js';
import { jsonLogger } from '../http/logger.js';
import { manualClock } from '../test-support/manual-clock.js';
import type { ManualClock } from '../test-support/manual-clock.js';
import { newTenant } from '../test-support/store-fixtures.js';
import { PermanentJobError } from './errors.js';
import { claimJobs } from './lease.js';
import { PURGE_BATCH } from './purge.js';
import { getJob, insertJobs } from './queue.js';
import { backends, deferred, fakeTimers } from './test-backends.js';
import type { FakeTimers, OpenBackend } from './test-backends.js';
import type { HandlerMap, JobHandler } from './types.js';
import { Worker } from './worker.js';

const LEASE = 30_000;
const BEAT = LEASE / 3;

describe.each(backends)('worker on $name', (backend) => {
  let b: OpenBackend;
  beforeAll(async () => {
    b = await backend.open();
    await b.db.exec('CREATE TABLE worker_effects (tenant_id text, job_id text, step int, worker text)');
  });
  afterAll(() => b.dispose());

  let clock: ManualClock;
  let timers: FakeTimers;
  let logs: Record<string, unknown>[];
  const worker = (handlers: HandlerMap, id = 'w1', db: Db = b.db): Worker => {
    logs = [];
    const logger = jsonLogger({ clock, write: (line) => logs.push(JSON.parse(line) as Record<string, unknown>) });
    return new Worker({ db, clock, handlers, id, leaseMs: LEASE, timers, logger, concurrency: 5 });
  };
  const queue = async (kind: string, payload: object = {}, options: { maxAttempts?: number } = {}) => {
    const tenantId = await newTenant(b.db);
    const [job] = await insertJobs(b.db, [{ tenantId, kind, payload, ...options }], clock.now());
    return job!;
  };
  const fresh = (): void => {
    clock = manualClock('2025-03-01T08:00:00.000Z');
    timers = fakeTimers();
  };

  it('runs a due job once and records it succeeded', async () => {
    fresh();
    const seen: string[] = [];
    const w = worker({ 'w.ok': { run: async (ctx) => void seen.push(ctx.job.id) } });
    const job = await queue('w.ok');
    expect(await w.runOnce()).toEqual([{ jobId: job.id, tenantId: job.tenantId, kind: 'w.ok', attempt: 1, result: 'succeeded' }]);
    expect(await w.runOnce()).toEqual([]);
    expect(seen).toEqual([job.id]);
    expect(await getJob(b.db, job.tenantId, job.id)).toMatchObject({ status: 'succeeded', attempts: 1, finishedAt: clock.now().toISOString() });
  });

  it('deletes jobs that succeeded over 30 days ago as it claims, at most once an hour', async () => {
    fresh();
    const w = worker({ 'w.kept': { run: async () => {} } });
    const first = await queue('w.kept');
    await w.runOnce();
    clock.advance(31 * 86_400_000);
    await w.runOnce();
    expect(await getJob(b.db, first.tenantId, first.id)).toBeUndefined();
    expect(logs).toContainEqual(expect.objectContaining({ level: 'info', msg: 'old finished jobs deleted' }));
    const second = await queue('w.kept');
    await w.runOnce();
    await b.db.query('UPDATE jobs SET finished_at = $3 WHERE tenant_id = $1 AND id = $2', [second.tenantId, second.id, new Date(clock.now().getTime() - 40 * 86_400_000)]);
    clock.advance(59 * 60_000);
    await w.runOnce();
    expect(await getJob(b.db, second.tenantId, second.id)).toMatchObject({ status: 'succeeded' });
    clock.advance(60_000);
    await w.runOnce();
    expect(await getJob(b.db, second.tenantId, second.id)).toBeUndefined();
    // More than one purge's batch: the next hourly purge takes them all, batch after batch.
    const old = await insertJobs(b.db, Array.from({ length: PURGE_BATCH + 1 }, () => ({ tenantId: second.tenantId, kind: 'w.kept', payload: {} })), clock.now());
    await b.db.query("UPDATE jobs SET status = 'succeeded', finished_at = $2 WHERE id = ANY($1::text[])", [old.map((j) => j.id), new Date(clock.now().getTime() - 40 * 86_400_000)]);
    clock.advance(3_600_000);
    await w.runOnce();
    expect(await b.db.query('SELECT id FROM jobs WHERE id = ANY($1::text[])', [old.map((j) => j.id)])).toEqual([]);
  });

  it('vacuums an embedded database five minutes after it starts, then analyzes it hourly and vacuums it daily; PostgreSQL is left to autovacuum', async () => {
    fresh();
    const w = worker({});
    await b.db.exec('CREATE TABLE upkeep_probe (n int); INSERT INTO upkeep_probe SELECT generate_series(1, 500)');
    const counted = async () => (await b.db.query<{ n: number }>("SELECT reltuples::int AS n FROM pg_class WHERE relname = 'upkeep_probe'"))[0]?.n;
    const vacuumed = () => logs.filter((l) => l.msg === 'embedded database vacuumed').length;
    const embedded = backend.name === 'PGlite';
    await w.runOnce();
    clock.advance(299_000);
    await w.runOnce();
    // Never analyzed yet: the planner has no count of the rows (PostgreSQL's autovacuum may count them any time).
    if (embedded) expect(await counted()).toBe(-1);
    clock.advance(1_000);
    await w.runOnce();
    if (embedded) expect(await counted()).toBe(500);
    expect(vacuumed()).toBe(embedded ? 1 : 0);
    // Hourly after that, analyzed; vacuumed again a day after the first.
    await b.db.exec('INSERT INTO upkeep_probe SELECT generate_series(1, 100)');
    clock.advance(3_600_000);
    await w.runOnce();
    if (embedded) expect(await counted()).toBe(600);
    clock.advance(22 * 3_600_000);
    await w.runOnce();
    expect(vacuumed()).toBe(embedded ? 1 : 0);
    clock.advance(3_600_000);
    await w.runOnce();
    expect(vacuumed()).toBe(embedded ? 2 : 0);
    await b.db.exec('DROP TABLE upkeep_probe');
  });

  it('retries a failing job after 10 s, then 20 s, exactly, and then succeeds', async () => {
    fresh();
    let calls = 0;
    const w = worker({ 'w.flaky': { run: async () => { calls += 1; if (calls < 3) throw new Error(`flake ${calls}`); } } });
    const job = await queue('w.flaky');
    const result = async () => (await w.runOnce()).map((o) => o.result);
    expect(await result()).toEqual(['failed']);
    expect(await getJob(b.db, job.tenantId, job.id)).toMatchObject({ status: 'failed', runAt: '2025-03-01T08:00:10.000Z', lastError: 'Error: flake 1', attempts: 1 });
    clock.advance(9_999);
    expect(await result()).toEqual([]);
    clock.advance(1);
    expect(await result()).toEqual(['failed']);
    expect(await getJob(b.db, job.tenantId, job.id)).toMatchObject({ runAt: '2025-03-01T08:00:30.000Z', lastError: 'Error: flake 2', attempts: 2 });
    clock.advance(19_999);
    expect(await result()).toEqual([]);
    clock.advance(1);
    expect(await result()).toEqual(['succeeded']);
    expect(await getJob(b.db, job.tenantId, job.id)).toMatchObject({ status: 'succeeded', attempts: 3 });
    expect(logs.filter((l) => l.msg === 'job attempt failed').map((l) => l.retryAt)).toEqual(['2025-03-01T08:00:10.000Z', '2025-03-01T08:00:30.000Z']);
  });

  it("takes a handler's own retry delays", async () => {
    fresh();
    const handler: JobHandler<unknown> = { run: async () => { throw new Error('no'); }, retryDelayMs: (n) => n * 1_000 };
    const w = worker({ 'w.delay': handler });
    const job = await queue('w.delay');
    await w.runOnce();
    expect((await getJob(b.db, job.tenantId, job.id))!.runAt).toBe('2025-03-01T08:00:01.000Z');
  });

  it('sends a job to the dead letters after its last attempt, or at once when retrying cannot help', async () => {
    fresh();
    const w = worker({
      'w.always': { run: async () => { throw new Error('still broken'); } },
      'w.permanent': { run: async () => { throw new PermanentJobError('the customer was deleted'); } },
    });
    const always = await queue('w.always', {}, { maxAttempts: 2 });
    const permanent = await queue('w.permanent');
    expect((await w.runOnce()).map((o) => [o.kind, o.result]).sort()).toEqual([['w.always', 'failed'], ['w.permanent', 'dead']]);
    clock.advance(10_000);
    expect((await w.runOnce()).map((o) => [o.kind, o.result])).toEqual([['w.always', 'dead']]);
    clock.advance(3_600_000);
    expect(await w.runOnce()).toEqual([]);
    expect(await getJob(b.db, always.tenantId, always.id)).toMatchObject({ status: 'dead', attempts: 2, lastError: 'Error: still broken' });
    expect(await getJob(b.db, permanent.tenantId, permanent.id)).toMatchObject({ status: 'dead', attempts: 1, lastError: 'PermanentJobError: the customer was deleted' });
    expect(logs.find((l) => l.msg === 'job dead' && l.jobId === always.id)).toMatchObject({ level: 'error', attempt: 2, maxAttempts: 2 });
  });

  it('sends a job whose handler went missing to the dead letters', async () => {
    fresh();
    const handlers: Record<string, JobHandler<unknown>> = { 'w.gone': { run: async () => {} } };
    const w = worker(handlers);
    delete handlers['w.gone'];
    const job = await queue('w.gone');
    expect((await w.runOnce()).map((o) => o.result)).toEqual(['dead']);
    expect(await getJob(b.db, job.tenantId, job.id)).toMatchObject({ status: 'dead', lastError: 'PermanentJobError: No handler for jobs of kind "w.gone".' });
  });

  it('resumes a job from its last checkpoint after its worker died, and fences the old worker off', async () => {
    fresh();
    const hang = deferred();
    const frozen = deferred();
    const stepper = (stopAt?: number): JobHandler<{ next: number }> => ({
      run: async (ctx) => {
        for (let step = ctx.job.payload.next; step < 5; step += 1) {
          await ctx.inTenant(async (tx) => {
            await tx.query('INSERT INTO worker_effects VALUES ($1, $2, $3, $4)', [ctx.job.tenantId, ctx.job.id, step, ctx.job.lockedBy]);
            await ctx.checkpoint(tx, { payload: { next: step + 1 }, done: step + 1, total: 5 });
          });
          if (step === stopAt) {
            frozen.resolve();
            await hang.promise;
          }
        }
      },
    });
    const job = await queue('w.resume', { next: 0 });
    const dying = worker({ 'w.resume': stepper(1) as JobHandler<unknown> }, 'dying');
    const zombie = dying.runOnce();
    // The dying worker has done steps 0 and 1 and hangs (a process that froze or died).
    await frozen.promise;
    expect((await getJob(b.db, job.tenantId, job.id))!.progress).toEqual({ done: 2, total: 5 });
    const heir = worker({ 'w.resume': stepper() as JobHandler<unknown> }, 'heir');
    expect(await heir.runOnce()).toEqual([]);
    clock.advance(LEASE);
    expect((await heir.runOnce()).map((o) => [o.result, o.attempt])).toEqual([['succeeded', 2]]);
    hang.resolve();
    expect((await zombie).map((o) => o.result)).toEqual(['lost']);
    const steps = await b.db.query<{ step: number; worker: string }>('SELECT step, worker FROM worker_effects WHERE job_id = $1 ORDER BY step', [job.id]);
    expect(steps).toEqual([0, 1, 2, 3, 4].map((step) => ({ step, worker: step < 2 ? 'dying' : 'heir' })));
    expect(await getJob(b.db, job.tenantId, job.id)).toMatchObject({ status: 'succeeded', progress: { done: 5, total: 5 }, payload: { next: 5 } });
  });

  it('renews the lease on a heartbeat while the handler runs, and aborts the handler once it is lost', async () => {
    fresh();
    const started = deferred();
    const w = worker({
      'w.beat': {
        run: (ctx) => {
          started.resolve();
          return new Promise((_, reject) => ctx.signal.addEventListener('abort', () => reject(ctx.signal.reason)));
        },
      },
    });
    const job = await queue('w.beat');
    const outcome = w.runOnce();
    await started.promise;
    clock.advance(BEAT);
    await timers.fire(BEAT);
    expect((await getJob(b.db, job.tenantId, job.id))!.leaseUntil).toBe('2025-03-01T08:00:40.000Z');
    clock.advance(LEASE);
    await claimJobs(b.db, { workerId: 'thief', kinds: ['w.beat'], now: clock.now(), leaseMs: LEASE, limit: 1 });
    await timers.fire(BEAT);
    expect((await outcome).map((o) => o.result)).toEqual(['lost']);
    expect(timers.pending(BEAT)).toBe(0);
    expect(await getJob(b.db, job.tenantId, job.id)).toMatchObject({ status: 'running', lockedBy: 'thief' });
  });

  it('polls once started, and on stop puts an interrupted job back without counting the attempt', async () => {
    fresh();
    const ran = deferred();
    const blocking = deferred();
    let count = 0;
    const w = worker({
      'w.poll': { run: async () => { count += 1; if (count === 3) ran.resolve(); } },
      'w.block': {
        run: async (ctx) => {
          blocking.resolve();
          await new Promise((resolve) => ctx.signal.addEventListener('abort', resolve));
          throw new Error('interrupted');
        },
      },
    });
    const jobs = await Promise.all([queue('w.poll'), queue('w.poll'), queue('w.poll'), queue('w.block')]);
    w.start();
    await Promise.all([ran.promise, blocking.promise]);
    await w.stop();
    const rows = await Promise.all(jobs.map((j) => getJob(b.db, j.tenantId, j.id)));
    expect(rows.map((r) => [r!.kind, r!.status, r!.attempts])).toEqual([
      ['w.poll', 'succeeded', 1], ['w.poll', 'succeeded', 1], ['w.poll', 'succeeded', 1], ['w.block', 'queued', 0],
    ]);
  });

  it('runs each of 200 jobs exactly once when two workers race for them', async () => {
    fresh();
    const handler: JobHandler<unknown> = {
      run: (ctx) => ctx.inTenant((tx) => tx.query('INSERT INTO worker_effects VALUES ($1, $2, 0, $3)', [ctx.job.tenantId, ctx.job.id, ctx.job.lockedBy]), { final: true }).then(() => undefined),
    };
    const tenants = [await newTenant(b.db), await newTenant(b.db), await newTenant(b.db)];
    const queued = await insertJobs(b.db, Array.from({ length: 200 }, (_, i) => ({ tenantId: tenants[i % 3]!, kind: 'w.race', payload: { i } })), clock.now());
    const drain = async (w: Worker): Promise<number> => {
      let ran = 0;
      for (let batch = await w.runOnce(); batch.length > 0; batch = await w.runOnce()) ran += batch.filter((o) => o.result === 'succeeded').length;
      return ran;
    };
    const [one, two] = await Promise.all([drain(worker({ 'w.race': handler }, 'one')), drain(worker({ 'w.race': handler }, 'two', await b.another()))]);
    expect(one + two).toBe(200);
    if (backend.name === 'PostgreSQL') expect(Math.min(one, two)).toBeGreaterThan(0);
    const runs = await b.db.query<{ job_id: string; n: number }>(
      "SELECT e.job_id, count(*)::int AS n FROM worker_effects e JOIN jobs j ON j.id = e.job_id WHERE j.kind = 'w.race' GROUP BY e.job_id",
    );
    expect(runs).toHaveLength(200);
    expect(runs.every((r) => r.n === 1)).toBe(true);
    const [states] = await b.db.query<{ succeeded: number; first: number }>(
      "SELECT count(*) FILTER (WHERE status = 'succeeded')::int AS succeeded, count(*) FILTER (WHERE attempts = 1)::int AS first FROM jobs WHERE id = ANY($1::text[])",
      [queued.map((j) => j.id)],
    );
    expect(states).toEqual({ succeeded: 200, first: 200 });
  });
});
