/** @module Writing an approval's outcome back to its record: approvers' edits and the status field, as one revision. */
import type { Queryable } from '../db/port.js';
import { validationFailed } from '../http/app-error.js';
import { businessDay, latestForm } from '../records/form.js';
import { findRecord, writeRevision } from '../records/store.js';
import { uniqueProblems } from '../records/unique.js';
import { runRules } from '../rules/run.js';
import { formCache } from './flows.js';
import { afterWrite } from '../scoring/on-write.js';
import type { FlowStarter } from './types.js';

/** What to write, to which record, on whose behalf (null: the flow itself, e.g. a timeout). */
export interface WriteBackRequest {
  readonly tenantId: string;
  readonly formId: string;
  readonly recordId: string;
  readonly fields: Readonly<Record<string, unknown>>;
  readonly userId: string | null;
  readonly now: Date;
  readonly flows: FlowStarter;
}

/**
 * Writes `fields` into the record as a new revision checked against the latest published form
 * (a value that breaks its validation is a 422 that rolls the whole approval step back), then
 * scores it and runs its rules like any write. Nothing is written when no value changes, or
 * when the record was deleted meanwhile (the approval's history keeps what was decided).
 *
 * @example
 * await writeBack(tx, { tenantId, formId, recordId, fields: { approved_amount: 300000, approval_status: 'approved' }, userId, now, flows });
 */
export async function writeBack(tx: Queryable, req: WriteBackRequest): Promise<void> {
  const current = await findRecord(tx, req.tenantId, req.formId, req.recordId, true);
  if (current === undefined) return;
  const changing = Object.entries(req.fields).filter(([k, v]) => JSON.stringify(current.data[k] ?? null) !== JSON.stringify(v ?? null));
  if (changing.length === 0) return;
  const form = await latestForm(tx, formCache, req.tenantId, req.formId);
  const today = businessDay(req.now);
  const input: Record<string, unknown> = { ...current.data };
  for (const f of form.compiled.definition.fields) if (f.type === 'formula') delete input[f.id];
  for (const [k, v] of changing) {
    if (v === null) delete input[k];
    else input[k] = v;
  }
  const problems = form.compiled.validateRecord(input, { today });
  if (problems.length > 0) throw validationFailed(problems);
  const data = form.compiled.computeRecord(input, { today });
  const taken = await uniqueProblems(tx, req.tenantId, req.formId, form.compiled, data, req.recordId);
  if (taken.length > 0) throw validationFailed(taken);
  const by = { tenantId: req.tenantId, userId: req.userId, now: req.now, flows: req.flows };
  const stored = await writeRevision(tx, req.tenantId, current, { formVersion: form.version, data }, 'update', by);
  await afterWrite(tx, req.tenantId, stored, req.now);
  await runRules(tx, form, stored, current.data, by);
}
