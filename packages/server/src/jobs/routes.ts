/** @module Admin routes over a tenant's jobs: list by status (dead letters by default), read one, follow one as events, retry a dead one. */
import type { Context } from 'hono';
import type { Db } from '../db/port.js';
import { notFound } from '../http/app-error.js';
import type { FieldProblem } from '../http/app-error.js';
import type { RouteModule } from '../http/app.js';
import type { JsonSchema } from '../http/schema-check.js';
import type { Actor, ActorGuard } from './actor.js';
import { listJobs, retryDeadJob } from './admin.js';
import { streamJobEvents } from './events.js';
import type { JobEventOptions } from './events.js';
import { pageQuery, queryProblem } from './paging.js';
import { getJob } from './queue.js';
import { JOB_STATUSES } from './types.js';
import type { Job, JobStatus } from './types.js';

const time = { type: 'string', format: 'date-time' } as const;
const nullable = (schema: JsonSchema): JsonSchema => ({ oneOf: [schema, { type: 'null' }] });

/** A job as the API shows it. */
export const jobSchema: JsonSchema = {
  type: 'object',
  required: ['id', 'kind', 'status', 'payload', 'runAt', 'attempts', 'maxAttempts', 'lastError', 'progress', 'createdAt', 'updatedAt', 'finishedAt'],
  properties: {
    id: { type: 'string' },
    kind: { type: 'string' },
    status: { enum: [...JOB_STATUSES] },
    payload: { type: 'object' },
    priority: { type: 'integer' },
    runAt: time,
    attempts: { type: 'integer' },
    maxAttempts: { type: 'integer' },
    lastError: nullable({ type: 'string' }),
    progress: { type: 'object', required: ['done', 'total'], properties: { done: { type: 'integer' }, total: nullable({ type: 'integer' }) } },
    createdAt: time,
    updatedAt: time,
    finishedAt: nullable(time),
  },
};

const pageSchema: JsonSchema = { type: 'object', required: ['items', 'nextCursor'], properties: { items: { type: 'array', items: jobSchema }, nextCursor: nullable({ type: 'string' }) } };

function statusOf(text: string | undefined): { status: JobStatus; problems: FieldProblem[] } {
  if (text === undefined) return { status: 'dead', problems: [] };
  if ((JOB_STATUSES as readonly string[]).includes(text)) return { status: text as JobStatus, problems: [] };
  return { status: 'dead', problems: [queryProblem('status', `status must be one of ${JOB_STATUSES.join(', ')}.`, `status 应为 ${JOB_STATUSES.join('、')} 之一。`)] };
}

/** What {@link jobRoutes} needs from authentication. */
export interface JobRoutesOptions {
  /** Lets only a tenant's admins through; the tenant it returns is the one acted on. */
  readonly requireAdmin: ActorGuard;
  /** Lets anyone signed in through, with their roles: for the {@link followers} of a kind of job. */
  readonly requireUser?: ActorGuard;
  /**
   * Job kind → the roles besides admins who may read such a job and follow its progress (the
   * risk officer who published a scorecard, its re-score).
   */
  readonly followers?: Readonly<Record<string, readonly string[]>>;
  /** How a job's event stream polls and keeps alive; 1 s and 15 s unless given. */
  readonly events?: JobEventOptions;
}

/** The job `jobId` names, when the request may follow it: an admin, or one of its kind's followers; 404 when there is none. */
async function followed(c: Context, options: JobRoutesOptions, db: Db): Promise<{ readonly actor: Actor; readonly job: Job }> {
  const actor = options.requireUser === undefined ? await options.requireAdmin(c) : await options.requireUser(c);
  const id = c.req.param('jobId') ?? '';
  const job = await db.withTenant(actor.tenantId, (tx) => getJob(tx, actor.tenantId, id));
  const follows = (options.followers?.[job?.kind ?? ''] ?? []).some((r) => actor.roles?.includes(r) === true);
  // Anyone else is asked to be an admin (403) before being told whether the job exists.
  if (!follows) await options.requireAdmin(c);
  if (job === undefined) throw notFound('job', id);
  return { actor, job };
}

/**
 * The admin routes of the job queue, guarded by `requireAdmin`; a job and its events also to its kind's `followers`.
 *
 * @example
 * createApp(deps, [jobRoutes({ requireAdmin })]);
 */
export function jobRoutes(options: JobRoutesOptions): RouteModule {
  return (routes, deps) => {
    routes.add(
      {
        method: 'get',
        path: '/api/admin/jobs',
        operationId: 'listJobs',
        summary: "List the tenant's jobs in one status, dead letters unless asked otherwise",
        tags: ['jobs'],
        query: {
          status: { schema: { enum: [...JOB_STATUSES] }, description: 'dead unless given' },
          limit: { schema: { type: 'integer', minimum: 1, maximum: 200 } },
          cursor: { schema: { type: 'string' }, description: 'nextCursor of the previous page' },
        },
        responses: { 200: { description: 'A page of jobs', schema: pageSchema } },
      },
      async (c) => {
        const actor = await options.requireAdmin(c);
        const { status, problems } = statusOf(c.req.query('status'));
        const { limit, cursor } = pageQuery(c.req.query('limit'), c.req.query('cursor'), { problems });
        return c.json(await deps.db.withTenant(actor.tenantId, (tx) => listJobs(tx, actor.tenantId, { status, limit, cursor })));
      },
    );
    routes.add(
      { method: 'get', path: '/api/admin/jobs/:jobId', operationId: 'getJob', summary: 'One job, with its progress', tags: ['jobs'], responses: { 200: { description: 'The job', schema: jobSchema } } },
      async (c) => c.json((await followed(c, options, deps.db)).job),
    );
    routes.add(
      {
        method: 'get',
        path: '/api/admin/jobs/:jobId/events',
        operationId: 'followJob',
        summary: "A job's progress as server-sent events, until it ends",
        description:
          '`event: progress` carries the job now and at each change of status, attempt or progress; `event: end` carries it once it succeeded or is dead, and the stream closes. ' +
          'A `: heartbeat` comment is sent while nothing changes. Read it with EventSource and close it on `end` (EventSource reconnects otherwise).',
        tags: ['jobs'],
        responses: { 200: { description: 'The job as events, each `data` a job', contentType: 'text/event-stream', schema: { type: 'string' } } },
      },
      async (c) => {
        const { actor, job } = await followed(c, options, deps.db);
        return streamJobEvents(c, { db: deps.db, logger: deps.logger, tenantId: actor.tenantId, job }, options.events);
      },
    );
    routes.add(
      {
        method: 'post',
        path: '/api/admin/jobs/:jobId/retry',
        operationId: 'retryJob',
        summary: 'Put a dead job back in the queue with its attempts reset',
        tags: ['jobs'],
        responses: { 200: { description: 'The job, queued again', schema: jobSchema } },
      },
      async (c) => {
        const actor = await options.requireAdmin(c);
        const id = c.req.param('jobId') ?? '';
        return c.json(await deps.db.withTenant(actor.tenantId, (tx) => retryDeadJob(tx, actor.tenantId, id, deps.clock.now())));
      },
    );
  };
}
