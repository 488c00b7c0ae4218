/**
 * @module A worker process for rescore-crash.test.ts: runs re-score jobs on the PostgreSQL at
 * HENG_CRASH_DATABASE_URL, in small batches, until the test kills it. Started with
 * `node --import tsx`, so it runs the same sources as the server, in a process of its own.
 */
import { openPostgres } from '../db/postgres.js';
import { systemClock } from '../http/clock.js';
import type { HandlerMap } from '../jobs/types.js';
import { Worker } from '../jobs/worker.js';
import { rescoreHandler } from './rescore.js';

const url = process.env.HENG_CRASH_DATABASE_URL;
if (url === undefined || url === '') throw new Error('Set HENG_CRASH_DATABASE_URL to the database the test made.');
const db = await openPostgres({ url, max: 2 });
const handlers = { rescore: rescoreHandler({ batchSize: Number(process.env.HENG_CRASH_BATCH ?? 50) }) } as unknown as HandlerMap;
const worker = new Worker({ db, clock: systemClock, handlers, id: 'doomed', concurrency: 1, leaseMs: Number(process.env.HENG_CRASH_LEASE_MS ?? 5_000), pollMs: 50 });
worker.start();
process.stdout.write('worker started\n');
