/** @module The re-score job: every live record of a form, by one scorecard version, in resumable batches. */
import type { Queryable } from '../db/port.js';
import { PermanentJobError } from '../jobs/errors.js';
import type { JobContext, JobHandler } from '../jobs/types.js';
import { countLive, RECORD_COLUMNS } from '../records/store.js';
import type { StoredRecord } from '../records/store.js';
import type { CompiledCache } from '../definitions/compiled-cache.js';
import type { RescoreJob } from './enqueue.js';
import { scoreOf } from './on-write.js';
import { saveScores } from './store.js';
import { loadScorecard, scorecardCache } from './scorecards.js';
import type { LoadedScorecard } from './scorecards.js';

/** Records per batch (and per transaction) unless told. */
export const RESCORE_BATCH = 500;

/** Called with each batch a re-score scored, in the batch's transaction. */
export type AfterRescore = (tx: Queryable, tenantId: string, formId: string, scored: readonly StoredRecord[], now: Date) => Promise<void>;

/** How a re-score job runs. */
export interface RescoreOptions {
  readonly cache?: CompiledCache;
  readonly batchSize?: number;
  /**
   * Runs, in each batch's transaction, on the records it scored: the rules module's
   * `scoreRulesAfterRescore` (given by the job registry, since rules depend on scoring).
   */
  readonly afterScored?: AfterRescore;
}

type Row = StoredRecord & { readonly scoredVersion: number | null };

// The score is found by record alone, so only the primary key (tenant_id, record_id,
// scorecard_id) can serve it. With the scorecard in the condition, a planner that saw `scores`
// empty at its last ANALYZE may walk scores_scorecard_idx instead and read every score of the
// scorecard for each record: a first re-score of 10,000 records then took seconds. The keyset
// starts after '' (below every id) rather than testing for null, so a generic plan still seeks
// to the last id instead of filtering every record before it.
const BATCH = `SELECT ${RECORD_COLUMNS},
    (SELECT max(s.scorecard_version) FILTER (WHERE s.scorecard_id = $3) FROM scores s
     WHERE s.tenant_id = records.tenant_id AND s.record_id = records.id) AS "scoredVersion"
  FROM records WHERE tenant_id = $1 AND form_id = $2 AND deleted_at IS NULL AND id > $4
  ORDER BY id LIMIT $5 FOR SHARE`;

/**
 * The next `size` live records of the form after `afterId` (from the first when null), in id
 * order, share-locked, each with the scorecard version its current score has (null: none).
 *
 * @example
 * const rows = await batchAfter(tx, tenantId, { formId: 'customer', scorecardId: 'credit_score', afterId: null }, 500);
 */
export function batchAfter(tx: Queryable, tenantId: string, p: Pick<RescoreJob, 'formId' | 'scorecardId' | 'afterId'>, size: number): Promise<Row[]> {
  return tx.query<Row>(BATCH, [tenantId, p.formId, p.scorecardId, p.afterId ?? '', size]);
}

async function card(tx: Queryable, cache: CompiledCache, tenantId: string, p: RescoreJob): Promise<LoadedScorecard> {
  const found = await loadScorecard(tx, cache, tenantId, p.scorecardId, p.version);
  if (found === undefined) throw new PermanentJobError(`Scorecard "${p.scorecardId}" has no version ${p.version}: nothing to re-score with.`);
  return found;
}

/** Where a re-score job stands: the payload to resume from, and the records counted so far. */
export interface RescoreStep {
  readonly payload: RescoreJob;
  readonly done: number;
  /** The live records counted by the first batch; null before it. */
  readonly total: number | null;
}

/**
 * Scores the next batch of the form's live records after `from.payload.afterId` (in id order)
 * and saves the last id and the progress in the same fenced transaction, so a crash keeps
 * either the whole batch with its checkpoint or neither. A record already scored with this
 * version or a newer one (by its own write since the publish) is counted, not scored again.
 * The batch's records are share-locked until it commits, so a writer changing one meanwhile
 * waits and then scores its new revision itself, rather than the job scoring an old one.
 * Returns where the job then stands, or undefined when no record was left.
 *
 * @example
 * const next = await rescoreBatch(ctx, { payload: ctx.job.payload, done: ctx.job.progress.done, total: ctx.job.progress.total });
 */
export async function rescoreBatch(ctx: JobContext<RescoreJob>, from: RescoreStep, options: RescoreOptions = {}): Promise<RescoreStep | undefined> {
  const cache = options.cache ?? scorecardCache;
  const size = options.batchSize ?? RESCORE_BATCH;
  const { tenantId } = ctx.job;
  const p = from.payload;
  return ctx.inTenant(async (tx) => {
    const scorer = await card(tx, cache, tenantId, p);
    const rows = await batchAfter(tx, tenantId, p, size);
    if (rows.length === 0) return undefined;
    const now = ctx.now();
    const stale = rows.filter((rec) => rec.scoredVersion === null || rec.scoredVersion < p.version);
    await saveScores(tx, tenantId, stale.map((rec) => scoreOf(scorer, rec, now, ctx.job.id)));
    await options.afterScored?.(tx, tenantId, p.formId, stale, now);
    const payload: RescoreJob = { ...p, afterId: rows[rows.length - 1]!.id };
    const done = from.done + rows.length;
    // Records created while the job runs may push the count past the first total.
    const total = Math.max(from.total ?? (await countLive(tx, tenantId, p.formId)), done);
    await ctx.checkpoint(tx, { payload, done, total });
    return { payload, done, total };
  });
}

/**
 * The `rescore` job handler: batches until no record is left, then ends the job in its own
 * fenced transaction. Resumes from the payload's `afterId` after a crash.
 *
 * @example
 * const handlers = { rescore: rescoreHandler() };
 */
export function rescoreHandler(options: RescoreOptions = {}): JobHandler<RescoreJob> {
  return {
    async run(ctx) {
      let at: RescoreStep | undefined = { payload: ctx.job.payload, done: ctx.job.progress.done, total: ctx.job.progress.total };
      while (at !== undefined) {
        ctx.signal.throwIfAborted();
        at = await rescoreBatch(ctx, at, options);
      }
      await ctx.inTenant(async () => undefined, { final: true });
    },
  };
}
