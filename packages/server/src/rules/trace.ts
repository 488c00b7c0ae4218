/** @module Keeping a rule run: one row of `rule_runs` per evaluation of a rule set on a record. */
import { randomUUID } from 'node:crypto';
import type { TriggerEvent } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { json } from '../db/port.js';
import type { AppError } from '../http/app-error.js';

/** One evaluation to keep. */
export interface RuleRun {
  readonly recordId: string;
  readonly ruleSetId: string;
  readonly ruleSetVersion: number;
  readonly recordRevision: number;
  readonly trigger: TriggerEvent;
  /** 0 for the write (or the schedule) itself; n for the n-th rewrite by set_field. */
  readonly depth: number;
  readonly fired: readonly string[];
  readonly trace: readonly unknown[];
  readonly effects: readonly unknown[];
  /** Why the run was rolled back, kept apart from it (a scheduled run has no caller to tell). */
  readonly error?: AppError;
}

/**
 * Inserts one `rule_runs` row at `now` (rule runs are never updated).
 *
 * @example
 * await keepRuleRun(tx, tenantId, { recordId, ruleSetId: 'credit_risk', ruleSetVersion: 2, recordRevision: 3, trigger: { kind: 'schedule' }, depth: 0, fired: [], trace: [], effects: [] }, now);
 */
export async function keepRuleRun(tx: Queryable, tenantId: string, run: RuleRun, now: Date): Promise<void> {
  const error = run.error === undefined ? null : json({ code: run.error.code, message: run.error.message, messageZh: run.error.messageZh ?? null, problems: run.error.problems });
  await tx.query(
    `INSERT INTO rule_runs (tenant_id, id, record_id, rule_set_id, rule_set_version, record_revision, trigger, depth, fired, trace, effects, error, ran_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9::text[], $10::jsonb, $11::jsonb, $12::jsonb, $13)`,
    [tenantId, randomUUID(), run.recordId, run.ruleSetId, run.ruleSetVersion, run.recordRevision, json(run.trigger), run.depth,
      [...run.fired], json(run.trace), json(run.effects), error, now],
  );
}
