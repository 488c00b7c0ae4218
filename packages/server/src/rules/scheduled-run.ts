/** @module The `rules.scheduled` job: a scheduled rule set over every live record of its form, one transaction per record, resumable. */
import type { FlowStarter } from '../approvals/types.js';
import type { CompiledRuleSet } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { compiledDefinitions, compiledVersion } from '../definitions/compiled-cache.js';
import type { CompiledCache } from '../definitions/compiled-cache.js';
import { AppError } from '../http/app-error.js';
import { PermanentJobError } from '../jobs/errors.js';
import type { JobContext, JobHandler } from '../jobs/types.js';
import { latestForm } from '../records/form.js';
import { rewriteRecord } from '../records/revision.js';
import { countLive, findRecord } from '../records/store.js';
import type { StoredRecord } from '../records/store.js';
import { DEFAULT_TIMEZONE } from '../schedules/cron.js';
import { loadedRuleSet, ruleSetCache, ruleSetsOf } from './rule-sets.js';
import { refreshRollups } from './rollups.js';
import { runScheduledRules } from './run.js';
import type { RuleWriter, ScheduledRun } from './run.js';
import type { ScheduledRulesJob } from './schedule-sync.js';
import { keepRuleRun } from './trace.js';

/** Records listed per batch unless told; each still runs in its own transaction. */
export const SCHEDULED_BATCH = 200;

/** How a scheduled run job runs. */
export interface ScheduledRunOptions {
  /** Starts the flows the rules' start_flow actions name; without it they are skipped. */
  readonly flows?: FlowStarter;
  readonly cache?: CompiledCache;
  readonly batchSize?: number;
}

/** Where a scheduled run stands: the payload to resume from, and the records counted so far. */
export interface ScheduledStep {
  readonly payload: ScheduledRulesJob;
  readonly done: number;
  readonly total: number | null;
}

/**
 * The calendar day at `now` in an IANA time zone.
 *
 * @example
 * dayIn('Asia/Shanghai', new Date('2025-01-01T17:00:00Z')) // '2025-01-02'
 */
export function dayIn(timezone: string, now: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * The job's first step: pins the rule set version published now and "today" in its schedule's
 * time zone, with the number of records, so a resumed job goes on exactly as it began (a job
 * that already pinned them just resumes). Undefined when the latest version has no schedule
 * trigger any more: nothing to run.
 *
 * @example
 * const step = await startScheduledRun(ctx); // { payload: { ruleSetId, version: 3, today: '2025-01-01', ... }, done: 0, total: 120 }
 */
export async function startScheduledRun(ctx: JobContext<ScheduledRulesJob>, cache: CompiledCache = ruleSetCache): Promise<ScheduledStep | undefined> {
  const p = ctx.job.payload;
  if (p.version !== null && p.today !== null) return { payload: p, done: ctx.job.progress.done, total: ctx.job.progress.total };
  return ctx.inTenant(async (tx) => {
    const latest = await compiledVersion<CompiledRuleSet>(tx, cache, ctx.job.tenantId, 'ruleset', p.ruleSetId);
    const trigger = latest?.compiled.trigger;
    if (latest === undefined || trigger?.kind !== 'schedule') return undefined;
    const payload: ScheduledRulesJob = { ...p, version: latest.version, today: dayIn(trigger.timezone ?? DEFAULT_TIMEZONE, ctx.now()) };
    const total = await countLive(tx, ctx.job.tenantId, latest.compiled.form);
    await ctx.checkpoint(tx, { payload, done: 0, total });
    return { payload, done: 0, total };
  });
}

/** The next records to run and what running them needs; undefined when none is left. */
async function nextBatch(ctx: JobContext<ScheduledRulesJob>, p: ScheduledRulesJob, o: ScheduledRunOptions): Promise<{ ids: string[]; run: ScheduledRun } | undefined> {
  const { tenantId } = ctx.job;
  const cache = o.cache ?? ruleSetCache;
  const { version, today } = p;
  if (version === null || today === null) throw new Error('A scheduled run goes on only after startScheduledRun pinned its version and day.');
  return ctx.inTenant(async (tx) => {
    const set = await compiledVersion<CompiledRuleSet>(tx, cache, tenantId, 'ruleset', p.ruleSetId, version);
    if (set === undefined) throw new PermanentJobError(`Rule set "${p.ruleSetId}" has no version ${version}: nothing to run.`);
    const formId = set.compiled.form;
    const rows = await tx.query<{ id: string }>(
      'SELECT id FROM records WHERE tenant_id = $1 AND form_id = $2 AND deleted_at IS NULL AND ($3::text IS NULL OR id > $3) ORDER BY id LIMIT $4',
      [tenantId, formId, p.afterId, o.batchSize ?? SCHEDULED_BATCH],
    );
    if (rows.length === 0) return undefined;
    const form = await latestForm(tx, compiledDefinitions, tenantId, formId);
    const sets = await ruleSetsOf(tx, cache, tenantId, formId);
    return { ids: rows.map((r) => r.id), run: { form, set: loadedRuleSet(p.ruleSetId, set), sets, today } };
  });
}

/**
 * The record stored with its formulas computed for today, when that changes them: formulas that
 * read TODAY() (days overdue, an aging bucket) move with the calendar, and lists, dashboards and
 * rollups read the stored values. A record the latest form no longer accepts is left as it was.
 */
async function withToday(tx: Queryable, run: ScheduledRun, rec: StoredRecord, by: RuleWriter): Promise<StoredRecord> {
  try {
    return await rewriteRecord(tx, run.form, rec, {}, by);
  } catch (error) {
    if (error instanceof AppError && error.code === 'validation_failed') return rec;
    throw error;
  }
}

/**
 * Runs the rule set on one record in its own fenced transaction (the record locked, its
 * effects applied, its trace kept when a rule fired) that also saves the record as done, so a
 * crash keeps both or neither. A run the rules or rollups refuse (`rules.*`: the depth limit, an
 * invalid set_field; `rollups.*`: a record it rolls up into left invalid) is rolled back and kept
 * in `rule_runs` with its error; the job goes on.
 */
async function runOne(ctx: JobContext<ScheduledRulesJob>, run: ScheduledRun, id: string, from: ScheduledStep, flows: FlowStarter | undefined): Promise<ScheduledStep> {
  const { tenantId } = ctx.job;
  const by: RuleWriter = { tenantId, userId: `ruleset:${run.set.id}`, roles: [], now: ctx.now(), ...(flows === undefined ? {} : { flows }) };
  const formId = run.set.compiled.form;
  const stepWith = (failed: number): ScheduledStep & { readonly total: number } => {
    const done = from.done + 1;
    return { payload: { ...from.payload, afterId: id, failed }, done, total: Math.max(from.total ?? done, done) };
  };
  try {
    const step = stepWith(from.payload.failed);
    await ctx.inTenant(async (tx) => {
      const rec = await findRecord(tx, tenantId, formId, id, 'no key update');
      if (rec !== undefined) {
        const ruled = await runScheduledRules(tx, run, rec, by);
        const after = ruled === rec ? await withToday(tx, run, rec, by) : ruled;
        // A record left as it was changes no rollup over it.
        if (after !== rec) await refreshRollups(tx, formId, rec.data, after.data, by);
      }
      await ctx.checkpoint(tx, step);
    });
    return step;
  } catch (error) {
    if (!(error instanceof AppError) || !(error.code.startsWith('rules.') || error.code.startsWith('rollups.'))) throw error;
    const step = stepWith(from.payload.failed + 1);
    await ctx.inTenant(async (tx) => {
      const rec = await findRecord(tx, tenantId, formId, id);
      const trigger = { kind: 'schedule' } as const;
      if (rec !== undefined) {
        await keepRuleRun(tx, tenantId, { recordId: id, ruleSetId: run.set.id, ruleSetVersion: run.set.version, recordRevision: rec.revision, trigger, depth: 0, fired: [], trace: [], effects: [], error }, by.now);
      }
      await ctx.checkpoint(tx, step);
    });
    return step;
  }
}

/**
 * Runs the next batch of records after `from.payload.afterId`; the step it ends at, or
 * undefined when no record was left.
 *
 * @example
 * const next = await scheduledBatch(ctx, { payload: ctx.job.payload, done: 0, total: null });
 */
export async function scheduledBatch(ctx: JobContext<ScheduledRulesJob>, from: ScheduledStep, options: ScheduledRunOptions = {}): Promise<ScheduledStep | undefined> {
  const batch = await nextBatch(ctx, from.payload, options);
  if (batch === undefined) return undefined;
  let at = from;
  for (const id of batch.ids) {
    ctx.signal.throwIfAborted();
    at = await runOne(ctx, batch.run, id, at, options.flows);
  }
  return at;
}

/**
 * The `rules.scheduled` job handler, queued by a rule set's schedule: pins the version and
 * today, runs every live record of the form in id order, then ends. After a crash it resumes
 * after the last record done, never running a finished record again.
 *
 * @example
 * const handlers = { 'rules.scheduled': scheduledRulesHandler() };
 */
export function scheduledRulesHandler(options: ScheduledRunOptions = {}): JobHandler<ScheduledRulesJob> {
  return {
    async run(ctx) {
      let at = await startScheduledRun(ctx, options.cache);
      while (at !== undefined) {
        ctx.signal.throwIfAborted();
        at = await scheduledBatch(ctx, at, options);
      }
      await ctx.inTenant(async () => undefined, { final: true });
    },
  };
}
