/** @module Running a form's rule sets after a record write or on a schedule, in one transaction per record, set_field rewrites (of the record and of the records it references) included. */
import { evaluateRuleSet, RECORD_FACT_IDS, sameJson, triggerMatches } from '@heng/engine';
import type { Effect, TriggerEvent } from '@heng/engine';
import type { FlowStarter } from '../approvals/types.js';
import type { Queryable } from '../db/port.js';
import { AppError } from '../http/app-error.js';
import { businessDay } from '../records/form.js';
import type { LoadedForm } from '../records/form.js';
import { rewriteRecord } from '../records/revision.js';
import { findRecord } from '../records/store.js';
import type { Change, StoredRecord } from '../records/store.js';
import { applyEffect } from './effects.js';
import { linkedWrite, writeLinked } from './linked.js';
import type { LinkedWrite } from './linked.js';
// Mutual recursion, as rules and rollups are: a rule's rewrite can roll up the records it points at.
import { refreshedLookups } from './rollups.js';
import type { RollupSink } from './rollups.js';
import type { AppliedEffect, EffectScope } from './effects.js';
import { ruleSetCache, ruleSetsOf } from './rule-sets.js';
import type { LoadedRuleSet } from './rule-sets.js';
import { scoreChanges } from './score-events.js';
import type { ScoreChange } from './score-events.js';
import { invalidSetField, putWrite, rulesOf } from './set-field-writes.js';
import type { FieldWrite } from './set-field-writes.js';
import { keepRuleRun } from './trace.js';

/** How many times rules may rewrite a record for one write before it is refused as a loop. */
const MAX_RULE_DEPTH = 8;

/** Who wrote the record, in which tenant, and when. */
export interface RuleWriter extends Change {
  readonly tenantId: string;
  /** The roles of the user whose write this is (the rules' `changed_by_roles`); none for the system. */
  readonly roles: readonly string[];
  /** How many rollup refreshes deep this write is (0 or absent: a write of its own). */
  readonly cascade?: number;
  /** Starts the flows rules' start_flow actions name; without it they are skipped. */
  readonly flows?: FlowStarter;
  /** Takes the rollup refreshes this write causes, to make them later (a bulk write); absent: made at once. */
  readonly rollups?: RollupSink;
}

/**
 * Ids of the fields whose values differ between two versions of a record.
 *
 * @example
 * changedFields({ a: 1, b: 2 }, { a: 1, b: 3, c: 4 }) // ['b', 'c']
 */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.filter((k) => !sameJson(before[k], after[k])).sort();
}

function depthExceeded(chain: readonly string[]): AppError {
  const path = chain.join(' → ');
  return new AppError('rules.depth', 422, `Rules rewrote the record ${MAX_RULE_DEPTH} times and still want to change it: ${path}. Change the rule sets so one of them stops (for example, a condition that holds only before its own change).`, {
    messageZh: `规则已改写记录 ${MAX_RULE_DEPTH} 次仍要继续修改：${path}。请修改规则集，使其中之一在自身修改后不再触发。`,
    meta: { chain: path },
  });
}

/** A trigger event with the context facts it brings. */
interface Occurrence {
  readonly event: TriggerEvent;
  readonly facts: Readonly<Record<string, unknown>>;
  /** The rules' "today": the business day of the write unless given (a schedule reads its own zone's). */
  readonly today?: string;
}

/** One round of evaluations: the rule sets that may run, and what happened to the record. */
interface Round {
  readonly sets: readonly LoadedRuleSet[];
  readonly occurrences: readonly Occurrence[];
}

function recordOccurrence(event: TriggerEvent, by: RuleWriter): Occurrence {
  const facts = {
    [RECORD_FACT_IDS.isNew]: event.kind === 'record_created',
    [RECORD_FACT_IDS.changedFields]: event.kind === 'record_updated' ? [...event.changedFields] : [],
    [RECORD_FACT_IDS.changedByRoles]: [...by.roles],
  };
  return { event, facts };
}

/** What one save has done so far, across its rounds: the flows to start and the lines added. */
interface SaveSoFar {
  readonly flowsToStart: string[];
  /** The set_field appends made (rule set, rule, action, record): each adds its line once a save. */
  readonly appended: Set<string>;
}

/** The key of a set_field that adds a line, in {@link SaveSoFar.appended}; undefined for any other effect. */
function appendKey(effect: Effect, ruleSetId: string): string | undefined {
  return effect.kind === 'set_field' && effect.append === true ? JSON.stringify([ruleSetId, effect.rule, effect.action, effect.target?.record ?? null]) : undefined;
}

/**
 * Applies an effect, but skips a line its action already added this save: added, the line is a
 * change, so the rule would come up again the next round and add it again.
 */
async function applyOnce(tx: Queryable, effect: Effect, scope: EffectScope, { appended }: SaveSoFar): Promise<AppliedEffect> {
  const key = appendKey(effect, scope.ruleSetId);
  if (key !== undefined && appended.has(key)) return { effect, status: 'skipped', note: 'This action already added its line in this save.' };
  const done = await applyEffect(tx, effect, scope);
  if (key !== undefined && done.status === 'applied') appended.add(key);
  return done;
}

async function evaluate(
  tx: Queryable, set: LoadedRuleSet, rec: StoredRecord, { event, facts: context, today: day }: Occurrence, depth: number, by: RuleWriter, save: SaveSoFar,
): Promise<Extract<Effect, { kind: 'set_field' }>[]> {
  const today = day ?? businessDay(by.now);
  const facts = { ...rec.data, ...context, today };
  const result = await evaluateRuleSet(set.compiled, facts, { today });
  const scope = { tenantId: by.tenantId, recordId: rec.id, formId: rec.formId, ruleSetId: set.id, ruleSetVersion: set.version, ruleSetName: set.name, now: by.now, ...(by.flows === undefined ? {} : { flowsToStart: save.flowsToStart }) };
  const done: AppliedEffect[] = [];
  for (const effect of result.effects) done.push(await applyOnce(tx, effect, scope, save));
  const fired = result.trace.filter((t) => t.fired).map((t) => t.rule);
  // A schedule goes over every record each day: its runs are kept where a rule fired, not the many where none did.
  if (event.kind !== 'schedule' || fired.length > 0) {
    await keepRuleRun(tx, by.tenantId, { recordId: rec.id, ruleSetId: set.id, ruleSetVersion: set.version, recordRevision: rec.revision, trigger: event, depth, fired, trace: result.trace, effects: done }, by.now);
  }
  // A set_field into a referenced record that is not there was skipped, and is not written; so was a line already added.
  return done.flatMap((d) => (d.effect.kind === 'set_field' && d.status === 'applied' ? [d.effect] : []));
}

function rewrite(tx: Queryable, form: LoadedForm, rec: StoredRecord, writes: ReadonlyMap<string, FieldWrite>, by: RuleWriter): Promise<StoredRecord> {
  return rewriteRecord(tx, form, rec, Object.fromEntries([...writes].map(([field, w]) => [field, w.value])), { ...by, via: rulesOf(writes) }, (problems) => invalidSetField(problems, writes));
}

/** The round that follows a revision: its record event and the score changes scoring just stored. */
async function roundAfter(tx: Queryable, sets: readonly LoadedRuleSet[], rec: StoredRecord, event: TriggerEvent, by: RuleWriter): Promise<Round> {
  const scored = sets.some((s) => s.compiled.trigger.kind === 'score_changed');
  return { sets, occurrences: [recordOccurrence(event, by), ...(scored ? await scoreChanges(tx, by.tenantId, rec.id, rec.revision) : [])] };
}

/**
 * Starts the flows rules asked for, once the record has settled: a flow's write-back (its status
 * field) is a revision of its own, which must not race the rules' rewrites. Returns the record
 * as it is after them.
 */
async function startFlows(tx: Queryable, settled: StoredRecord, flowIds: readonly string[], by: RuleWriter): Promise<StoredRecord> {
  let rec = settled;
  if (by.flows === undefined) return rec;
  for (const flowId of new Set(flowIds)) {
    const out = await by.flows.start(tx, { tenantId: by.tenantId, formId: rec.formId, recordId: rec.id, flowId, by: by.userId ?? 'system', roles: by.roles, now: by.now, record: rec });
    if ('started' in out) rec = out.record;
  }
  return rec;
}

/**
 * Makes the rules' writes into referenced records, then reads the record again: their own rules
 * may have written back into it. Returns the record as it then stands.
 */
async function withLinked(tx: Queryable, rec: StoredRecord, linked: readonly LinkedWrite[], by: RuleWriter): Promise<StoredRecord> {
  if (linked.length === 0) return rec;
  await writeLinked(tx, linked, by);
  return (await findRecord(tx, by.tenantId, rec.formId, rec.id, 'no key update')) ?? rec;
}

/**
 * Runs `first`, then every round the fields its rules set cause, until no field changes or the
 * depth limit; then writes what they set in referenced records, and starts the flows they named
 * on the record as it then stands.
 */
async function settle(tx: Queryable, form: LoadedForm, stored: StoredRecord, sets: readonly LoadedRuleSet[], first: Round, by: RuleWriter): Promise<StoredRecord> {
  const save: SaveSoFar = { flowsToStart: [], appended: new Set() };
  const linked: LinkedWrite[] = [];
  let rec = stored;
  let round = first;
  const chain: string[] = [];
  for (let depth = 0; ; depth++) {
    const writes = new Map<string, FieldWrite>();
    for (const set of round.sets) {
      const hit = round.occurrences.find((o) => triggerMatches(set.compiled.trigger, o.event));
      if (hit === undefined) continue;
      for (const e of await evaluate(tx, set, rec, hit, depth, by, save)) {
        const other = linkedWrite(e, set.id);
        if (other !== undefined) linked.push(other);
        else if (e.target === undefined) putWrite(writes, e.field, { value: e.value, ruleSet: set.id, rule: e.rule }, e.append === true, rec.data);
      }
    }
    const changing = new Map([...writes].filter(([field, w]) => !sameJson(rec.data[field] ?? null, w.value)));
    if (changing.size === 0) return startFlows(tx, await withLinked(tx, rec, linked, by), save.flowsToStart, by);
    chain.push([...new Set([...changing.values()].map((w) => w.ruleSet))].join('+'));
    if (depth >= MAX_RULE_DEPTH) throw depthExceeded(chain);
    const prior = rec.data;
    rec = await refreshedLookups(tx, form, prior, await rewrite(tx, form, rec, changing, by), by);
    round = await roundAfter(tx, sets, rec, { kind: 'record_updated', changedFields: changedFields(prior, rec.data) }, by);
  }
}

/**
 * The records module's hook after a create (`before` null) or update: the record's `refreshWhen`
 * lookups are copied again first (see `refreshedLookups`), then every published rule set
 * of the form whose trigger matches (`score_changed` when the score scoring just stored differs
 * in total or grade from the one before) runs on the stored record, its effects applied in `tx`, a
 * trace kept in `rule_runs`. Fields rules set are written as one new revision, which triggers
 * `record_updated` again, at most {@link MAX_RULE_DEPTH} times (then 422 `rules.depth`). A
 * set_field that leaves the record invalid is a 422 that rolls the whole write back.
 * Returns the record as finally stored.
 *
 * @example
 * const stored = await insertRecord(tx, tenantId, rec, by);
 * return runRules(tx, form, stored, null, by);
 */
export async function runRules(
  tx: Queryable, form: LoadedForm, stored: StoredRecord, before: Record<string, unknown> | null, by: RuleWriter, cache = ruleSetCache,
): Promise<StoredRecord> {
  // A new record copied its lookups without locking what they read: those it keeps fresh are
  // copied again once their records are locked, so two written at once (two orders of one
  // customer) take turns, and the later one weighs the earlier one.
  const rec = await refreshedLookups(tx, form, before, stored, by);
  const sets = await ruleSetsOf(tx, cache, by.tenantId, rec.formId);
  if (sets.length === 0) return rec;
  const event: TriggerEvent = before === null ? { kind: 'record_created' } : { kind: 'record_updated', changedFields: changedFields(before, rec.data) };
  return settle(tx, form, rec, sets, await roundAfter(tx, sets, rec, event, by), by);
}

/**
 * Runs the form's `score_changed` rule sets on a record whose score was just stored without a
 * write (a re-score after a publish), for its score `changes` (from `scoreChangesOf`): set_field
 * rewrites and the rounds they trigger follow as in {@link runRules}. Returns the record as
 * finally stored (itself when no score changed).
 *
 * @example
 * const after = await runScoreRules(tx, form, rec, sets, changes, { tenantId, userId: null, now });
 */
export async function runScoreRules(
  tx: Queryable, form: LoadedForm, rec: StoredRecord, sets: readonly LoadedRuleSet[], changes: readonly ScoreChange[], by: RuleWriter,
): Promise<StoredRecord> {
  return changes.length === 0 ? rec : settle(tx, form, rec, sets, { sets, occurrences: changes }, by);
}

/** What a scheduled run of one rule set needs, loaded once per batch of records. */
export interface ScheduledRun {
  /** The latest version of the rule set's form: rewrites by set_field are checked against it. */
  readonly form: LoadedForm;
  /** The scheduled rule set, at the version the job pinned. */
  readonly set: LoadedRuleSet;
  /** Every rule set of the form, for the rounds the scheduled set's set_field writes cause. */
  readonly sets: readonly LoadedRuleSet[];
  /** "today" in the schedule's time zone. */
  readonly today: string;
}

/**
 * Runs a scheduled rule set on one record (locked by the caller) in `tx`, as `runRules` runs
 * a write's: trace in `rule_runs` when a rule fired (trigger `{ kind: 'schedule' }`), effects applied, set_field
 * rewrites and the rounds they trigger up to the depth limit. The rules see the record with
 * its formulas computed again for `run.today` (days overdue move on with the calendar); that
 * recomputation is not stored unless a rule rewrites the record.
 *
 * @example
 * await db.withTenant(tenantId, async (tx) => runScheduledRules(tx, run, (await findRecord(tx, tenantId, formId, id, 'no key update'))!, by));
 */
export async function runScheduledRules(tx: Queryable, run: ScheduledRun, rec: StoredRecord, by: RuleWriter): Promise<StoredRecord> {
  const facts = run.form.compiled.computeRecord(rec.data, { today: run.today });
  return settle(tx, run.form, rec, run.sets, { sets: [run.set], occurrences: [{ event: { kind: 'schedule' }, facts, today: run.today }] }, by);
}
