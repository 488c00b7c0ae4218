/**
 * @module `pnpm bench [engine|rescore|submit]…`: the engine's scorecard against hand-written code
 * and json-rules-engine, then the server on a throw-away PostgreSQL: a re-score after a publish,
 * and submits under load. Settings: HENG_BENCH_CUSTOMERS (100000), HENG_BENCH_SECONDS (10),
 * HENG_BENCH_CONNECTIONS (50), HENG_BENCH_DATABASE_URL (a server to use instead of a new
 * cluster), HENG_BENCH_CPU_PROF (a folder for the server process's CPU profile).
 */
import { engineBench } from './engine-bench.js';
import { check, printVerdicts } from './report.js';
import { startBenchCluster } from './server/database.js';
import { rescoreBench } from './server/rescore-bench.js';
import { submitBench } from './server/submit-bench.js';

const BENCHES = ['engine', 'rescore', 'submit'] as const;
type Bench = (typeof BENCHES)[number];

const envNumber = (name: string, fallback: number): number => {
  const raw = process.env[name];
  const n = raw === undefined || raw === '' ? fallback : Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name}=${raw} must be a whole number above 0.`);
  return n;
};

/** The benches named on the command line (`pnpm bench rescore`), or all of them. */
function chosen(args: readonly string[]): Set<Bench> {
  const unknown = args.filter((a) => !(BENCHES as readonly string[]).includes(a));
  if (unknown.length > 0) throw new Error(`Unknown bench ${unknown.join(', ')}: pick from ${BENCHES.join(', ')}, or none for all.`);
  return new Set(args.length === 0 ? BENCHES : (args as Bench[]));
}

/** Runs one bench; one that throws fails with its error and lets the others run. */
async function attempt(name: Bench, bench: () => Promise<boolean>): Promise<boolean> {
  try {
    return await bench();
  } catch (error) {
    console.error(error);
    return check(`the ${name} bench ran to its end (${String((error as Error).message).split('\n')[0]})`, false, 'no error');
  }
}

async function main(): Promise<boolean> {
  const run = chosen(process.argv.slice(2).filter((a) => a !== '--'));
  let ok = true;
  if (run.has('engine')) ok = (await attempt('engine', engineBench)) && ok;
  if (!run.has('rescore') && !run.has('submit')) return ok;
  console.log('\nServer benches: starting a throw-away PostgreSQL cluster');
  const cluster = await startBenchCluster();
  try {
    if (run.has('rescore')) {
      console.log('');
      ok = (await attempt('rescore', () => rescoreBench(cluster, envNumber('HENG_BENCH_CUSTOMERS', 100_000)))) && ok;
    }
    if (run.has('submit')) {
      console.log('');
      const options = { seconds: envNumber('HENG_BENCH_SECONDS', 10), connections: envNumber('HENG_BENCH_CONNECTIONS', 50) };
      ok = (await attempt('submit', () => submitBench(cluster, options))) && ok;
    }
  } finally {
    await cluster.stop();
  }
  printVerdicts('All targets');
  return ok;
}

process.exitCode = (await main()) ? 0 : 1;
