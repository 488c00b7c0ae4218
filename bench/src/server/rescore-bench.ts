/** @module Bench: re-scoring 100,000 stored customers after a scorecard publish, against the raw floor. */
import { performance } from 'node:perf_hooks';
import { creditScorecard, customerCreditProfile } from '@heng/engine';
import type { ScorecardDefinition } from '@heng/engine';
import { authenticate } from '@heng/server/src/auth/authenticate.js';
import type { Db } from '@heng/server/src/db/port.js';
import { definitionRoutes } from '@heng/server/src/definitions/routes.js';
import { createApp } from '@heng/server/src/http/app.js';
import { systemClock } from '@heng/server/src/http/clock.js';
import { jsonLogger } from '@heng/server/src/http/logger.js';
import { createJobHandlers } from '@heng/server/src/jobs/registry.js';
import { Worker } from '@heng/server/src/jobs/worker.js';
import { RESCORE_BATCH } from '@heng/server/src/scoring/rescore.js';
import { apiClient, publishDefinition } from './api.js';
import { bulkLoad } from './bulk-load.js';
import { createCompany } from './company.js';
import { generateCreditCustomers } from './credit-customers.js';
import type { BenchCluster } from './database.js';
import { openMigrated } from './database.js';
import { rawFloor } from './floor.js';
import type { FloorTiming } from './floor.js';
import { check, fmt, ms, step } from '../report.js';

const TARGET_RATIO = 2;
const ROUNDS = 2;

/** Version 2 of the credit scorecard: a week late now earns 75 points, not 80. */
const creditScorecardV2: ScorecardDefinition = {
  ...creditScorecard,
  factors: creditScorecard.factors.map((f) =>
    f.method.kind === 'bands' && f.id === 'payment' ? { ...f, method: { ...f.method, bands: f.method.bands.map((b) => (b.id === 'week' ? { ...b, points: 75 } : b)) } } : f,
  ),
};

/** Runs the one due re-score job to its end with the server's own worker and handlers; its wall time in ms. */
async function runRescoreJob(worker: Worker, db: Db, tenantId: string, count: number): Promise<number> {
  const t0 = performance.now();
  const outcomes = await worker.runOnce();
  const took = performance.now() - t0;
  const [outcome] = outcomes;
  if (outcomes.length !== 1 || outcome?.kind !== 'rescore' || outcome.result !== 'succeeded') throw new Error(`Expected one re-score job to succeed, got ${JSON.stringify(outcomes)}`);
  const [written] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM score_history WHERE tenant_id = $1 AND job_id = $2', [tenantId, outcome.jobId]);
  const [current] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM scores WHERE tenant_id = $1 AND job_id = $2', [tenantId, outcome.jobId]);
  if (current?.n !== count) throw new Error(`The re-score job left ${current?.n} current scores, not ${count}.`);
  if (written?.n !== count) throw new Error(`The re-score job wrote ${written?.n} scores, not ${count}.`);
  return took;
}

/**
 * In a fresh database: publishes the customer form and the credit scorecard, loads `count`
 * customers with their scores, then in each round times the raw floor, publishes the next
 * version of the scorecard and times the server's re-score job. Prints the results; false when
 * the target is missed.
 *
 * @example
 * const ok = await rescoreBench(cluster, 100_000);
 */
export async function rescoreBench(cluster: BenchCluster, count: number): Promise<boolean> {
  const db = await openMigrated(await cluster.createDatabase('heng_bench_rescore'));
  try {
    const quiet = jsonLogger({ level: 'error' });
    const co = await createCompany(db, 'bench-rescore');
    const app = createApp({ db, clock: systemClock, logger: quiet, apiMiddleware: [authenticate()] }, [definitionRoutes()]);
    const api = apiClient(async (path, init) => app.request(path, init), co.adminToken);
    const formVersion = await publishDefinition(api, customerCreditProfile);
    const worker = new Worker({ db, clock: systemClock, handlers: createJobHandlers({ db, clock: systemClock }), logger: quiet, concurrency: 1 });
    // Published before any customer exists: its job finds none, and each customer is scored by its own write.
    const v1 = await publishDefinition(api, creditScorecard);
    await runRescoreJob(worker, db, co.tenantId, 0);
    const loaded = await step(`Loading ${fmt(count)} customer credit profiles with their credit_score v1 scores`, async () =>
      bulkLoad(
        db,
        { tenantId: co.tenantId, form: customerCreditProfile, formVersion, userId: co.adminId, now: new Date(), scorecard: { definition: creditScorecard, version: v1 } },
        generateCreditCustomers(count, 20_250_630),
      ),
    );
    // Each round times the floor, then publishes the next version and times its job; a busy
    // machine only ever adds time, so each side's best round is the one compared.
    const floors: FloorTiming[] = [];
    const jobs: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const next = round % 2 === 0 ? creditScorecardV2 : creditScorecard;
      await db.exec('VACUUM ANALYZE');
      floors.push(await step(`Round ${round + 1}: raw floor (one SELECT, the engine in a loop, one bulk UPDATE)`, () => rawFloor(db, co.tenantId, next, customerCreditProfile)));
      await db.exec('VACUUM ANALYZE');
      const version = await publishDefinition(api, next);
      jobs.push(await step(`Round ${round + 1}: re-score job after publishing credit_score v${version}`, () => runRescoreJob(worker, db, co.tenantId, count)));
    }
    const floor = floors.reduce((a, b) => (b.total < a.total ? b : a));
    const real = Math.min(...jobs);
    if (floor.rows !== count) throw new Error(`The floor read ${floor.rows} records, not ${count}.`);

    const batches = Math.ceil(count / RESCORE_BATCH);
    console.log(`Re-score after a publish: ${fmt(count)} customers on ${cluster.version}, best of ${ROUNDS} rounds (wall-clock)`);
    console.log(`  record data ≈ ${fmt(loaded)} B of JSON, a score's result ≈ ${fmt(floor.resultBytes)} B (stored in scores and in score_history)`);
    console.log(`  ${'raw floor (SELECT + JS + UPDATE)'.padEnd(44)}${ms(floor.total).padStart(10)}   select ${ms(floor.select)}, compute ${ms(floor.compute)}, update ${ms(floor.update)}`);
    console.log(`  ${'re-score job (Worker + rescore handler)'.padEnd(44)}${ms(real).padStart(10)}   ${fmt(batches)} batches of ${RESCORE_BATCH}, ${ms(real / batches)} each`);
    return check(`re-score job / raw floor = ${(real / floor.total).toFixed(2)}×`, real / floor.total <= TARGET_RATIO, `≤ ${TARGET_RATIO}×`);
  } finally {
    await db.close();
  }
}
