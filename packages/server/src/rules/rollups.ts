/** @module Settling a record's write (its rules run, then the records its references point at rolled up again), and the system's rewrites of a stored record settled the same way. */
import { refreshesLookup } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { compiledDefinitions } from '../definitions/compiled-cache.js';
import { AppError } from '../http/app-error.js';
import type { FieldProblem } from '../http/app-error.js';
import { latestForm } from '../records/form.js';
import type { LoadedForm } from '../records/form.js';
import { rewriteRecord } from '../records/revision.js';
import { findRecord } from '../records/store.js';
import type { StoredRecord } from '../records/store.js';
import { rollupGraph, upstreamFirst } from './rollup-graph.js';
import { rollupRefused } from './rollup-refusal.js';
import { runRules } from './run.js';
import type { RuleWriter } from './run.js';

/** How many records deep one write may refresh rollups (a payment → its receivable → its customer is 2). */
export const MAX_CASCADE = 8;

/** A form with rollups over `from`, and the reference fields of `from` they go through. */
interface Target {
  readonly formId: string;
  readonly vias: readonly string[];
}

async function targetsOf(tx: Queryable, tenantId: string, from: string): Promise<Target[]> {
  const graph = await rollupGraph(tx, tenantId);
  const forms = [...graph].filter(([, sources]) => sources.has(from)).map(([formId]) => formId);
  // Upstream first, so every write through the same records locks them in one order (no deadlock).
  return upstreamFirst(graph, forms).map((formId) => ({ formId, vias: graph.get(formId)?.get(from) ?? [] }));
}

function tooDeep(formId: string): AppError {
  return new AppError('rollups.depth', 422, `Rollups kept updating each other ${MAX_CASCADE} records deep (last: form "${formId}"): a rollup must not depend, through other rollups, on itself. Change the forms so the chain ends.`, {
    messageZh: `汇总字段相互更新已达 ${MAX_CASCADE} 层（最后为表单 "${formId}"）：汇总字段不能经由其他汇总间接依赖自身。请修改表单使链条终止。`,
  });
}

/**
 * Where refreshes go instead of being made at once: a bulk write (the demo's history) collects
 * them and refreshes each record once at the end (`DeferredRollups`).
 */
export interface RollupSink {
  defer(formId: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null): void;
}

/**
 * Writes `fields` (null empties a field; none: its lookups, rollups and formulas are only filled
 * anew) into the live record `id` of `formId` as the system, checked against the latest
 * published form, and if that changes it settles the write like any other (scored, its rules
 * run, the rollups over it refreshed in turn). `held` is the record as this transaction last
 * wrote or locked it: then it is not read again. `invalid` makes the 422 of a write the record's
 * form refuses (the form's own by default). Returns the record as it then stands;
 * undefined when there is none (deleted meanwhile).
 *
 * @example
 * await reviseRecord(tx, 'customer', customerId, {}, by); // rolled up again
 * await reviseRecord(tx, 'credit_application', id, { approval_status: 'approved' }, by, held);
 */
export async function reviseRecord(
  tx: Queryable, formId: string, id: string, fields: Readonly<Record<string, unknown>>, by: RuleWriter, held?: StoredRecord,
  invalid?: (problems: readonly FieldProblem[], current: StoredRecord, form: LoadedForm) => AppError,
): Promise<StoredRecord | undefined> {
  const current = held ?? (await findRecord(tx, by.tenantId, formId, id, 'no key update'));
  if (current === undefined) return undefined;
  const form = await latestForm(tx, compiledDefinitions, by.tenantId, formId);
  const next = await rewriteRecord(tx, form, current, fields, by, invalid && ((problems) => invalid(problems, current, form)));
  // The rules that made this write wrote this revision only: the rollups and lookups it sets off are not theirs.
  const { via: _via, ...settling } = by;
  return next === current ? current : settleWrite(tx, form, next, current.data, settling);
}

/**
 * After a record of `formId` changed from `before` to `after` (null: created or deleted), rolls
 * up again every record its references point at, before and after, in forms with rollups over
 * `formId`; each one that changes is written (scored, its rules run) and cascades in turn, at
 * most {@link MAX_CASCADE} deep (then 422 `rollups.depth`). One its form's validation then refuses
 * (a receivable paid more than it is owed) refuses the write: 422 `rollups.invalid`, its problems on
 * the reference field. Each is locked before it is rolled up, so writes at once through the same
 * record take turns, and the later one is checked with the earlier one's rows. With a sink in `by.rollups`, the
 * change is handed to it instead.
 *
 * @example
 * await refreshRollups(tx, 'payment', null, payment.data, by); // the receivable's paid amount, then its customer's exposure
 */
export async function refreshRollups(tx: Queryable, formId: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, by: RuleWriter): Promise<void> {
  if (by.rollups !== undefined) {
    by.rollups.defer(formId, before, after);
    return;
  }
  const targets = await targetsOf(tx, by.tenantId, formId);
  if (targets.length === 0) return;
  const cascade = (by.cascade ?? 0) + 1;
  if (cascade > MAX_CASCADE) throw tooDeep(formId);
  const deeper = { ...by, cascade };
  for (const target of targets) {
    const vias = new Map(target.vias.flatMap((v) => [before?.[v], after?.[v]].filter((id): id is string => typeof id === 'string').map((id) => [id, v] as const)));
    for (const [id, via] of vias) {
      // The problems go on the written record's reference only where it is the one written (not a record a cascade rolled up).
      const on = cascade === 1 ? via : undefined;
      await reviseRecord(tx, target.formId, id, {}, deeper, undefined, (problems, current, form) => rollupRefused(problems, { form: form.compiled.definition, id, data: current.data, via: on }));
    }
  }
}

/**
 * `rec`, just stored from `before`, with its `refreshWhen` lookups copied again when it now meets
 * them: the records it points at are first rolled up again with it as it now stands (an order
 * sent back to its credit check no longer counts in its customer's open orders), then read from.
 * Returns the record as it then stands (itself when no lookup refreshes, or in a bulk write,
 * whose rollups wait for its end).
 *
 * @example
 * rec = await refreshedLookups(tx, form, prior, rec, by); // an order back to "pending" takes its customer's current available credit
 */
export async function refreshedLookups(tx: Queryable, form: LoadedForm, before: Record<string, unknown> | null, rec: StoredRecord, by: RuleWriter): Promise<StoredRecord> {
  // A bulk write rolls up at its end (`by.rollups`): its records keep the figures they were written with.
  if (by.rollups !== undefined || !form.compiled.definition.fields.some((f) => f.type === 'lookup' && refreshesLookup(f, rec.data))) return rec;
  await refreshRollups(tx, rec.formId, before, rec.data, by);
  // The rolled-up records' own rules may have written back into this one.
  const current = await findRecord(tx, by.tenantId, rec.formId, rec.id, 'no key update');
  return current === undefined ? rec : rewriteRecord(tx, form, current, {}, by);
}

/**
 * What follows every stored write of a record: its rules run (their rewrites and flow starts
 * included), then the rollups over it refreshed with its final values. Returns the record as
 * finally stored.
 *
 * @example
 * const final = await settleWrite(tx, form, stored, before, by);
 */
export async function settleWrite(tx: Queryable, form: LoadedForm, stored: StoredRecord, before: Record<string, unknown> | null, by: RuleWriter): Promise<StoredRecord> {
  const final = await runRules(tx, form, stored, before, by);
  await refreshRollups(tx, stored.formId, before, final.data, by);
  return final;
}
