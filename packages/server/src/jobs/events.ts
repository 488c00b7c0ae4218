/** @module A job's progress as server-sent events: the jobs table read on an interval until the job ends or the client goes. */
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { SSEStreamingApi } from 'hono/streaming';
import type { Db } from '../db/port.js';
import type { Logger } from '../http/logger.js';
import { errorFields } from '../http/logger.js';
import { getJob } from './queue.js';
import type { Job, JobStatus } from './types.js';

/** How a job's event stream runs. */
export interface JobEventOptions {
  /** How often the job is read again; 1 s unless given. */
  readonly pollMs?: number;
  /** How long the stream may stay silent before a comment line keeps proxies from closing it; 15 s unless given. */
  readonly heartbeatMs?: number;
}

/** The statuses a job does not leave by itself: `failed` waits for a retry, so it is not one. */
const ENDED: readonly JobStatus[] = ['succeeded', 'dead'];

/** What a follower sees change: the attempt, the status and the progress. */
const stateOf = (job: Job): string => JSON.stringify([job.status, job.attempts, job.progress, job.lastError]);

/** What a stream that failed after it started says, as its last event. */
const STREAM_FAILED = {
  code: 'stream_failed',
  message: "The job's progress could not be read: open the stream again, or read GET /api/admin/jobs/{jobId}.",
  messageZh: '无法读取任务进度：请重新打开事件流，或读取 GET /api/admin/jobs/{jobId}。',
};

/** A sleep the client's leaving cuts short, so a closed stream stops reading the database at once. */
function napper(stream: SSEStreamingApi): (ms: number) => Promise<void> {
  const sleepers = new Set<() => void>();
  stream.onAbort(() => {
    for (const wake of sleepers) wake();
  });
  return (ms) =>
    new Promise<void>((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      sleepers.add(wake);
    });
}

/**
 * Streams `job` as `text/event-stream`: an `event: progress` with the job (as GET
 * /api/admin/jobs/:jobId shows it) now and whenever its status, attempt or progress changes,
 * then an `event: end` with the job once it has succeeded or is dead, and the stream closes.
 * While nothing changes a `: heartbeat` comment goes out every `heartbeatMs`. The job is read
 * in the tenant's transaction (row-level security applies); reading stops when the client
 * disconnects.
 *
 * @example
 * return streamJobEvents(c, { db, logger, tenantId, job }, { pollMs: 1_000 });
 */
export function streamJobEvents(c: Context, deps: { db: Db; logger: Logger; tenantId: string; job: Job }, options: JobEventOptions = {}): Response {
  const pollMs = options.pollMs ?? 1_000;
  const quietPolls = Math.max(1, Math.round((options.heartbeatMs ?? 15_000) / pollMs));
  const { db, tenantId } = deps;
  const follow = async (stream: SSEStreamingApi): Promise<void> => {
    const nap = napper(stream);
    let job: Job | undefined = deps.job;
    let sent = '';
    let quiet = 0;
    while (job !== undefined && !stream.aborted) {
      const ended = ENDED.includes(job.status);
      if (stateOf(job) !== sent || ended) {
        await stream.writeSSE({ event: ended ? 'end' : 'progress', data: JSON.stringify(job) });
        [sent, quiet] = [stateOf(job), 0];
      } else if ((quiet += 1) >= quietPolls) {
        await stream.write(': heartbeat\n\n');
        quiet = 0;
      }
      if (ended) return;
      await nap(pollMs);
      if (stream.aborted) return;
      const id: string = job.id;
      job = await db.withTenant(tenantId, (tx) => getJob(tx, tenantId, id));
    }
  };
  return streamSSE(c, async (stream) => {
    try {
      await follow(stream);
    } catch (error) {
      // The 200 and its headers are gone: the problem can only be told in the stream.
      deps.logger.log('error', 'job event stream failed', { requestId: c.get('requestId'), jobId: deps.job.id, ...errorFields(error) });
      await stream.writeSSE({ event: 'error', data: JSON.stringify(STREAM_FAILED) });
    }
  });
}
