/** @module Bench: credit applications submitted under load to the real server, beside a bare one-INSERT endpoint. */
import { creditApplication, creditApproval } from '@heng/designer/src/samples/credit-approval.js';
import type { Db } from '@heng/server/src/db/port.js';
import { apiClient, publishDefinition } from './api.js';
import { applicationScore, applications } from './application.js';
import { BARE_PATH, BARE_TABLE } from './bare-app.js';
import { createCompany } from './company.js';
import type { BenchCompany } from './company.js';
import type { BenchCluster } from './database.js';
import { openMigrated } from './database.js';
import { runLoad } from './load.js';
import type { Load, LoadResult } from './load.js';
import { check, fmt, step } from '../report.js';
import { startServerProcess } from './server-process.js';
import type { ServerProcess } from './server-process.js';

const SUBMIT_PATH = `/api/forms/${creditApplication.id}/records`;
const TARGET_RATIO = 0.5;
const TARGET_P99_MS = 50;
const WARM_UP_SECONDS = 2;

/** How the load is driven. */
export interface SubmitOptions {
  readonly seconds: number;
  readonly connections: number;
}

/** How many approvals the submits started in the tenant. */
async function approvalsStarted(db: Db, tenantId: string): Promise<number> {
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM approval_instances WHERE tenant_id = $1', [tenantId]);
  return row?.n ?? 0;
}

/**
 * The applications stored and scored, counted in one snapshot once the requests autocannon cut
 * off at the end of a run have had a second to commit.
 */
async function stored(db: Db, tenantId: string): Promise<{ records: number; scored: number }> {
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const [row] = await db.query<{ records: number; scored: number }>(
    `SELECT (SELECT count(*)::int FROM records WHERE tenant_id = $1 AND form_id = $2) AS records,
       (SELECT count(*)::int FROM scores WHERE tenant_id = $1 AND scorecard_id = $3) AS scored`,
    [tenantId, creditApplication.id, applicationScore.id],
  );
  return row ?? { records: 0, scored: 0 };
}

const row = (name: string, r: LoadResult): string =>
  `  ${name.padEnd(40)}${fmt(r.rps).padStart(10)}${r.p50.toFixed(1).padStart(9)}${r.p99.toFixed(1).padStart(9)}${fmt(r.ok).padStart(10)}${fmt(r.failed).padStart(8)}`;

/** The three runs, and what was stored. */
interface Measured {
  readonly bare: LoadResult;
  readonly scoredOnly: LoadResult;
  readonly submit: LoadResult;
  readonly flowVersion: number;
  readonly before: { readonly records: number };
}

/** Publishes what a submit needs, then drives the bare endpoint, the submit, and the submit with the flow published. */
async function measure(co: BenchCompany, servers: ServerProcess, db: Db, options: SubmitOptions): Promise<Measured> {
  const admin = apiClient((path, init) => fetch(`${servers.url}${path}`, init), co.adminToken);
  await publishDefinition(admin, creditApplication);
  await publishDefinition(admin, applicationScore);
  const bodies = applications(co.salesId);
  // One request each first: a broken endpoint says why here, not as a count of failures.
  const sales = (base: string) => apiClient((path, init) => fetch(`${base}${path}`, init), co.salesToken);
  await sales(servers.url).json('POST', SUBMIT_PATH, bodies[0]);
  await sales(servers.bareUrl).json('POST', BARE_PATH, bodies[0]);

  const load = (base: string, path: string, seconds: number): Load => ({ url: base, path, token: co.salesToken, bodies, seconds, connections: options.connections });
  const run = async (label: string, base: string, path: string): Promise<LoadResult> => {
    await runLoad(load(base, path, WARM_UP_SECONDS));
    // What autovacuum does within a minute of a table filling up, and a 10 s run does not wait
    // for: without statistics, each server connection keeps the plan it made for a foreign key
    // check while the table was empty (a scan), and every approval's audit entry and task then
    // reads every approval of the company, a cost that grows with the run rather than the submit.
    await db.exec('ANALYZE');
    return step(`${label}: ${WARM_UP_SECONDS} s warm-up, ${options.seconds} s measured`, () => runLoad(load(base, path, options.seconds)));
  };
  const bare = await run('Bare INSERT endpoint', servers.bareUrl, BARE_PATH);
  const scoredOnly = await run('Submit, no approval flow published', servers.url, SUBMIT_PATH);
  const flowVersion = await publishDefinition(admin, creditApproval);
  const before = await stored(db, co.tenantId);
  const submit = await run('Submit with the approval flow published', servers.url, SUBMIT_PATH);
  return { bare, scoredOnly, submit, flowVersion, before };
}

/** Prints the table and the targets; false when one is missed. */
async function report(m: Measured, db: Db, tenantId: string, options: SubmitOptions): Promise<boolean> {
  const { records, scored } = await stored(db, tenantId);
  const approvals = await approvalsStarted(db, tenantId);
  console.log(`Credit application submit under load: ${options.connections} connections, ${options.seconds} s each, autocannon on 127.0.0.1`);
  console.log(`  ${''.padEnd(40)}${'req/s'.padStart(10)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'2xx'.padStart(10)}${'failed'.padStart(8)}`);
  console.log(row('bare: auth + one INSERT', m.bare));
  console.log(row('submit: validate + score', m.scoredOnly));
  console.log(row('submit: validate + score + route', m.submit));
  console.log(`  approval flow credit_approval: published (version ${m.flowVersion})`);
  console.log(`  ${fmt(records)} applications stored, ${fmt(scored)} scored; ${fmt(records - m.before.records)} since the flow was published: ${fmt(approvals)} approvals started`);
  const failed = m.bare.failed + m.scoredOnly.failed + m.submit.failed;
  let ok = check(`no request failed (${fmt(failed)} did), every application scored`, failed === 0 && scored === records, '0 failed');
  ok = check(`submit / bare throughput = ${(m.submit.rps / m.bare.rps).toFixed(2)}×`, m.submit.rps >= TARGET_RATIO * m.bare.rps, `≥ ${TARGET_RATIO}×`) && ok;
  return check(`submit p99 = ${m.submit.p99.toFixed(1)} ms`, m.submit.p99 < TARGET_P99_MS, `< ${TARGET_P99_MS} ms`) && ok;
}

/**
 * In a fresh database: starts the real server (`start()`, PostgreSQL, 127.0.0.1, port 0) and
 * the bare app in a child process, publishes the credit application form and its scorecard,
 * and drives with autocannon (a warm-up, ANALYZE, then timed) the bare endpoint, the submit, and the
 * submit again once the credit approval flow is published: the targets are the last one's.
 * Prints the table; false when a target is missed or a request failed.
 *
 * @example
 * const ok = await submitBench(cluster, { seconds: 10, connections: 50 });
 */
export async function submitBench(cluster: BenchCluster, options: SubmitOptions): Promise<boolean> {
  const url = await cluster.createDatabase('heng_bench_submit');
  const db = await openMigrated(url, 2);
  try {
    await db.exec(BARE_TABLE);
    const co = await createCompany(db, 'bench-submit');
    const servers = await startServerProcess({ DATABASE_URL: url, HOST: '127.0.0.1', PORT: '0', HENG_LOG_LEVEL: 'info' });
    let measured: Measured;
    try {
      measured = await measure(co, servers, db, options);
    } finally {
      await servers.stop();
    }
    return await report(measured, db, co.tenantId, options);
  } finally {
    await db.close();
  }
}
