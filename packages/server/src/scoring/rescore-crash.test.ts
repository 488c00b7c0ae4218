import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caller, create, createAndPublish } from '../definitions/testing.js';
import { jsonLogger } from '../http/logger.js';
import { fakeTimers } from '../jobs/test-backends.js';
import { getJob } from '../jobs/queue.js';
import type { HandlerMap, Job } from '../jobs/types.js';
import { Worker } from '../jobs/worker.js';
import { createAuthTestApp } from '../tenancy/testing.js';
import type { AuthTestApp } from '../tenancy/testing.js';
import { createTestPostgres } from '../test-support/databases.js';
import type { TestDatabase } from '../test-support/databases.js';
import type { RescoreJob } from './enqueue.js';
import { rescoreHandler } from './rescore.js';
import { borrowerForm, riskScore, SCORING_TEST_MODULES } from './testing.js';

const RECORDS = 3_000;
const BATCH = 50;
const LEASE = 4_000;
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./rescore-crash-worker.ts', import.meta.url));

/** Polls `check` every 20 ms until it gives a value, for at most `ms`. */
async function until<T>(what: () => string, ms: number, check: () => Promise<T | undefined>): Promise<T> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 20))) {
    const value = await check();
    if (value !== undefined) return value;
  }
  throw new Error(`Waited ${ms} ms for ${what()}.`);
}

describe('a re-score job on PostgreSQL whose worker process is killed', () => {
  let pg: TestDatabase;
  let t: AuthTestApp;
  let child: ChildProcess | undefined;
  beforeAll(async () => {
    pg = await createTestPostgres();
    t = await createAuthTestApp({ db: pg.db, modules: SCORING_TEST_MODULES });
    // The worker process reads the system clock: the app's times are real ones too.
    t.clock.set(new Date());
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await pg.drop();
  });

  it('resumes from its checkpoint in another worker and finishes with every record scored exactly once', { timeout: 60_000 }, async () => {
    const admin = await caller(t, ['admin']);
    const tenantId = admin.company.tenantId;
    await createAndPublish(admin, borrowerForm);
    await pg.db.query(
      `INSERT INTO records (tenant_id, form_id, id, form_version, data, revision, created_at, updated_at)
       SELECT $1, 'borrower', 'b' || lpad(i::text, 5, '0'), 1,
         jsonb_build_object('company_name', 'Co ' || i, 'debt_ratio', (i % 100) / 100.0, 'internal_rating', i % 10), 1, $2, $2
       FROM generate_series(1, $3::int) AS i`,
      [tenantId, t.clock.now(), RECORDS],
    );
    await create(admin, riskScore);
    const published = await admin.call('POST', '/api/definitions/scorecard/risk_score/publish', {}, { 'If-Match': '"1"' });
    const { rescoreJobId: jobId } = (await published.json()) as { rescoreJobId: string };
    const job = async (): Promise<Job<RescoreJob>> => (await getJob(pg.db, tenantId, jobId)) as Job<RescoreJob>;

    let stderr = '';
    child = spawn(process.execPath, ['--import', 'tsx', CHILD], { cwd: ROOT, env: { ...process.env, HENG_CRASH_DATABASE_URL: pg.url, HENG_CRASH_BATCH: String(BATCH), HENG_CRASH_LEASE_MS: String(LEASE) }, stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child!.once('exit', (_code, signal) => resolve(signal)));
    await until(() => `the worker process to score ${RECORDS / 5} records (its stderr: ${stderr})`, 40_000, async () => ((await job()).progress.done >= RECORDS / 5 ? true : undefined));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    // A COMMIT sent just before the kill may still be running: wait until no other session is busy.
    await until(() => 'the killed worker sessions to end', 10_000, async () => {
      const [busy] = await pg.db.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state <> 'idle'");
      return busy!.n === 0 ? true : undefined;
    });

    // What the dead worker left: whole batches, each committed with its checkpoint, nothing after it.
    const left = await job();
    expect(left).toMatchObject({ status: 'running', attempts: 1 });
    expect(left.progress.done).toBeLessThan(RECORDS);
    expect(left.progress.done % BATCH).toBe(0);
    const checkpoint = left.payload.afterId!;
    const [before] = await pg.db.query<{ n: number; beyond: number }>(
      'SELECT count(*)::int AS n, count(*) FILTER (WHERE record_id > $2)::int AS beyond FROM score_history WHERE job_id = $1',
      [jobId, checkpoint],
    );
    expect(before).toEqual({ n: left.progress.done, beyond: 0 });

    // Another worker takes the job once the lease has run out, and starts after the checkpoint.
    t.clock.set(new Date(Date.now() + LEASE + 1_000));
    const heirTime = t.clock.now().toISOString();
    const heir = new Worker({ db: pg.db, clock: t.clock, handlers: { rescore: rescoreHandler() } as unknown as HandlerMap, id: 'heir', timers: fakeTimers(), logger: jsonLogger({ write: () => undefined }) });
    expect((await heir.runOnce()).map((o) => [o.jobId, o.result, o.attempt])).toEqual([[jobId, 'succeeded', 2]]);
    // Resumed, not restarted: a restart would have counted the records before the checkpoint again.
    expect(await job()).toMatchObject({ status: 'succeeded', attempts: 2, progress: { done: RECORDS, total: RECORDS } });

    const [history] = await pg.db.query<{ rows: number; records: number; byHeir: number; heirBefore: number }>(
      `SELECT count(*)::int AS rows, count(DISTINCT record_id)::int AS records,
         count(*) FILTER (WHERE scored_at = $3)::int AS "byHeir", count(*) FILTER (WHERE scored_at = $3 AND record_id <= $2)::int AS "heirBefore"
       FROM score_history WHERE job_id = $1`,
      [jobId, checkpoint, heirTime],
    );
    expect(history).toEqual({ rows: RECORDS, records: RECORDS, byHeir: RECORDS - left.progress.done, heirBefore: 0 });
    const [scores] = await pg.db.query<{ n: number; v1: number }>(
      "SELECT count(*)::int AS n, count(*) FILTER (WHERE scorecard_version = 1 AND job_id = $2)::int AS v1 FROM scores WHERE tenant_id = $1 AND scorecard_id = 'risk_score'",
      [tenantId, jobId],
    );
    expect(scores).toEqual({ n: RECORDS, v1: RECORDS });
  });
});
