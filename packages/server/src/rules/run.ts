/** @module Running a form's rule sets after a record write or on a schedule, in one transaction per record, set_field rewrites (of the record and of the records it references) included. */
import { evaluateRuleSet, triggerMatches } from '@heng/engine';
import type { Effect, ReferenceField, TriggerEvent } from '@heng/engine';
import type { FlowStarter } from '../approvals/types.js';
import type { Queryable } from '../db/port.js';
import { AppError } from '../http/app-error.js';
import { businessDay } from '../records/form.js';
import type { LoadedForm } from '../records/form.js';
import { rewriteRecord } from '../records/revision.js';
import type { Change, StoredRecord } from '../records/store.js';
import { applyEffect } from './effects.js';
// Mutual recursion, as rules and rollups are: a write into a referenced record settles that record (its rules run) in turn.
import { MAX_CASCADE, reviseRecord } from './rollups.js';
import type { RollupSink } from './rollups.js';
import type { AppliedEffect } from './effects.js';
import { ruleSetCache, ruleSetsOf } from './rule-sets.js';
import type { LoadedRuleSet } from './rule-sets.js';
import { scoreChanges } from './score-events.js';
import type { ScoreChange } from './score-events.js';
import { keepRuleRun } from './trace.js';

/** How many times rules may rewrite a record for one write before it is refused as a loop. */
const MAX_RULE_DEPTH = 8;

/** Who wrote the record, in which tenant, and when. */
export interface RuleWriter extends Change {
  readonly tenantId: string;
  /** How many rollup refreshes deep this write is (0 or absent: a write of its own). */
  readonly cascade?: number;
  /** Starts the flows rules' start_flow actions name; without it they are skipped. */
  readonly flows?: FlowStarter;
  /** Takes the rollup refreshes this write causes, to make them later (a bulk write); absent: made at once. */
  readonly rollups?: RollupSink;
}

/** A field a rule sets, and which rule set and rule set it. */
interface FieldWrite {
  readonly value: unknown;
  readonly ruleSet: string;
  readonly rule: string;
}

/** A field rules set in another record (set_field with `on`), written once the record they ran on has settled. */
interface LinkedWrite extends FieldWrite {
  readonly field: string;
  /** The reference field of the rules' record that points to it, and the record. */
  readonly via: string;
  readonly record: string;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Ids of the fields whose values differ between two versions of a record.
 *
 * @example
 * changedFields({ a: 1, b: 2 }, { a: 1, b: 3, c: 4 }) // ['b', 'c']
 */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return keys.filter((k) => !same(before[k], after[k])).sort();
}

function depthExceeded(chain: readonly string[]): AppError {
  const path = chain.join(' → ');
  return new AppError('rules.depth', 422, `Rules rewrote the record ${MAX_RULE_DEPTH} times and still want to change it: ${path}. Change the rule sets so one of them stops (for example, a condition that holds only before its own change).`, {
    messageZh: `规则已改写记录 ${MAX_RULE_DEPTH} 次仍要继续修改：${path}。请修改规则集，使其中之一在自身修改后不再触发。`,
    meta: { chain: path },
  });
}

function invalidSetField(
  problems: readonly { path: string; code: string; message: string; messageZh: string }[], writes: ReadonlyMap<string, FieldWrite>, other?: { formId: string; id: string },
): AppError {
  const named = problems.map((p) => {
    const w = writes.get(p.path.split('/')[1] ?? '');
    const by = w === undefined ? 'rules' : `rule "${w.rule}" of rule set "${w.ruleSet}"`;
    const byZh = w === undefined ? '规则' : `规则集 "${w.ruleSet}" 的规则 "${w.rule}"`;
    return { ...p, message: `Set by ${by}: ${p.message}`, messageZh: `由${byZh}设置：${p.messageZh}` };
  });
  const first = [...writes.entries()].find(([f]) => named.some((p) => p.path.split('/')[1] === f));
  const who = first === undefined ? 'a rule' : `rule "${first[1].rule}" of rule set "${first[1].ruleSet}" (field "${first[0]}")`;
  const record = other === undefined ? 'The record' : `The ${other.formId} record "${other.id}"`;
  const recordZh = other === undefined ? '记录' : `${other.formId} 记录 "${other.id}"`;
  return new AppError('rules.invalid_set_field', 422, `${record} would be invalid after ${who} set it: fix the rule's value, or the form's validation. Nothing was saved.`, {
    messageZh: `规则设置字段后${recordZh}将不合法：${who}。请修改规则的取值或表单校验。未保存任何内容。`,
    problems: named,
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

function recordOccurrence(event: TriggerEvent): Occurrence {
  return { event, facts: { is_new: event.kind === 'record_created', changed_fields: event.kind === 'record_updated' ? [...event.changedFields] : [] } };
}

async function evaluate(
  tx: Queryable, set: LoadedRuleSet, rec: StoredRecord, { event, facts: context, today: day }: Occurrence, depth: number, by: RuleWriter, flowsToStart: string[],
): Promise<Effect[]> {
  const today = day ?? businessDay(by.now);
  const facts = { ...rec.data, ...context, today };
  const result = await evaluateRuleSet(set.compiled, facts, { today });
  const scope = { tenantId: by.tenantId, recordId: rec.id, formId: rec.formId, ruleSetId: set.id, ruleSetVersion: set.version, now: by.now, ...(by.flows === undefined ? {} : { flowsToStart }) };
  const done: AppliedEffect[] = [];
  for (const effect of result.effects) done.push(await applyEffect(tx, effect, scope));
  await keepRuleRun(tx, by.tenantId, {
    recordId: rec.id, ruleSetId: set.id, ruleSetVersion: set.version, recordRevision: rec.revision, trigger: event, depth,
    fired: result.trace.filter((t) => t.fired).map((t) => t.rule), trace: result.trace, effects: done,
  }, by.now);
  return result.effects.filter((e) => e.kind === 'set_field');
}

function rewrite(tx: Queryable, form: LoadedForm, rec: StoredRecord, writes: ReadonlyMap<string, FieldWrite>, by: RuleWriter): Promise<StoredRecord> {
  return rewriteRecord(tx, form, rec, Object.fromEntries([...writes].map(([field, w]) => [field, w.value])), by, (problems) => invalidSetField(problems, writes));
}

/** The round that follows a revision: its record event and the score changes scoring just stored. */
async function roundAfter(tx: Queryable, sets: readonly LoadedRuleSet[], rec: StoredRecord, event: TriggerEvent, by: RuleWriter): Promise<Round> {
  const scored = sets.some((s) => s.compiled.trigger.kind === 'score_changed');
  return { sets, occurrences: [recordOccurrence(event), ...(scored ? await scoreChanges(tx, by.tenantId, rec.id, rec.revision) : [])] };
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
    const out = await by.flows.start(tx, { tenantId: by.tenantId, formId: rec.formId, recordId: rec.id, flowId, by: by.userId ?? 'system', now: by.now, record: rec });
    if ('started' in out) rec = out.record;
  }
  return rec;
}

function linkedTooDeep(formId: string, id: string): AppError {
  return new AppError('rules.linked_depth', 422, `Rules kept writing into referenced records ${MAX_CASCADE} records deep (last: "${id}" of form "${formId}"): a rule that writes another record must not, through that record's rules, write back in a loop. Change the rule sets so the chain ends.`, {
    messageZh: `规则对关联记录的写入已连锁 ${MAX_CASCADE} 层（最后为表单 "${formId}" 的记录 "${id}"）：写入其他记录的规则不能经由该记录的规则循环写回。请修改规则集使链条终止。`,
  });
}

/**
 * Writes what rules set in referenced records, one revision per record (later rules win on a
 * field), each checked against its form's latest version and settled in turn: scored, its own
 * rules run, rollups over it refreshed. Counts as one level of the cascade rollups count.
 */
async function writeLinked(tx: Queryable, form: LoadedForm, linked: readonly LinkedWrite[], by: RuleWriter): Promise<void> {
  const cascade = (by.cascade ?? 0) + 1;
  const byRecord = new Map<string, { formId: string; id: string; writes: Map<string, FieldWrite> }>();
  for (const w of linked) {
    const via = form.compiled.definition.fields.find((f): f is ReferenceField => f.id === w.via && f.type === 'reference');
    const formId = via?.target;
    if (formId === undefined) continue;
    const key = JSON.stringify([formId, w.record]);
    const entry = byRecord.get(key) ?? { formId, id: w.record, writes: new Map<string, FieldWrite>() };
    entry.writes.set(w.field, { value: w.value, ruleSet: w.ruleSet, rule: w.rule });
    byRecord.set(key, entry);
  }
  for (const { formId, id, writes } of byRecord.values()) {
    if (cascade > MAX_CASCADE) throw linkedTooDeep(formId, id);
    const fields = Object.fromEntries([...writes].map(([field, w]) => [field, w.value]));
    await reviseRecord(tx, formId, id, fields, { ...by, cascade }, undefined, (problems) => invalidSetField(problems, writes, { formId, id }));
  }
}

/**
 * Runs `first`, then every round the fields its rules set cause, until no field changes or the
 * depth limit; then starts the flows rules named, and writes what they set in referenced records.
 */
async function settle(tx: Queryable, form: LoadedForm, stored: StoredRecord, sets: readonly LoadedRuleSet[], first: Round, by: RuleWriter): Promise<StoredRecord> {
  const flowsToStart: string[] = [];
  const linked: LinkedWrite[] = [];
  let rec = stored;
  let round = first;
  const chain: string[] = [];
  for (let depth = 0; ; depth++) {
    const writes = new Map<string, FieldWrite>();
    for (const set of round.sets) {
      const hit = round.occurrences.find((o) => triggerMatches(set.compiled.trigger, o.event));
      if (hit === undefined) continue;
      for (const e of await evaluate(tx, set, rec, hit, depth, by, flowsToStart)) {
        if (e.kind !== 'set_field') continue;
        const write = { value: e.value, ruleSet: set.id, rule: e.rule };
        if (e.target === undefined) writes.set(e.field, write);
        else if (e.target.record !== null) linked.push({ ...write, field: e.field, via: e.target.field, record: e.target.record });
      }
    }
    const changing = new Map([...writes].filter(([field, w]) => !same(rec.data[field] ?? null, w.value)));
    if (changing.size === 0) {
      const final = await startFlows(tx, rec, flowsToStart, by);
      if (linked.length > 0) await writeLinked(tx, form, linked, by);
      return final;
    }
    chain.push([...new Set([...changing.values()].map((w) => w.ruleSet))].join('+'));
    if (depth >= MAX_RULE_DEPTH) throw depthExceeded(chain);
    const prior = rec.data;
    rec = await rewrite(tx, form, rec, changing, by);
    round = await roundAfter(tx, sets, rec, { kind: 'record_updated', changedFields: changedFields(prior, rec.data) }, by);
  }
}

/**
 * The records module's hook after a create (`before` null) or update: every published rule set
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
  const sets = await ruleSetsOf(tx, cache, by.tenantId, stored.formId);
  if (sets.length === 0) return stored;
  const event: TriggerEvent = before === null ? { kind: 'record_created' } : { kind: 'record_updated', changedFields: changedFields(before, stored.data) };
  return settle(tx, form, stored, sets, await roundAfter(tx, sets, stored, event, by), by);
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
 * a write's: trace in `rule_runs` (trigger `{ kind: 'schedule' }`), effects applied, set_field
 * rewrites and the rounds they trigger up to the depth limit. The rules see the record with
 * its formulas computed again for `run.today` (days overdue move on with the calendar); that
 * recomputation is not stored unless a rule rewrites the record.
 *
 * @example
 * await db.withTenant(tenantId, async (tx) => runScheduledRules(tx, run, (await findRecord(tx, tenantId, formId, id, true))!, by));
 */
export async function runScheduledRules(tx: Queryable, run: ScheduledRun, rec: StoredRecord, by: RuleWriter): Promise<StoredRecord> {
  const facts = run.form.compiled.computeRecord(rec.data, { today: run.today });
  return settle(tx, run.form, rec, run.sets, { sets: [run.set], occurrences: [{ event: { kind: 'schedule' }, facts, today: run.today }] }, by);
}
