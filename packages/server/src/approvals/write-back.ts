/** @module Writing an approval's outcome back to its record: approvers' edits and the status field, as one revision. */
import type { Queryable } from '../db/port.js';
import { latestForm } from '../records/form.js';
import { findRecord } from '../records/store.js';
import type { StoredRecord } from '../records/store.js';
import { rewriteRecord } from '../rules/rewrite.js';
import { settleWrite } from '../rules/rollups.js';
import { formCache } from './flows.js';
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
  /** The record as it stands, when this transaction wrote it (so holds its lock): then it is not read again. */
  readonly record?: StoredRecord;
}

/**
 * Writes `fields` into the record as a new revision checked against the latest published form
 * (a value that breaks its validation is a 422 that rolls the whole approval step back), then
 * runs its rules and refreshes the rollups over it, like any write. Nothing is written when no
 * value changes, or when the record was deleted meanwhile (the approval's history keeps what
 * was decided). Returns the record as it then stands; undefined when it was deleted.
 *
 * @example
 * await writeBack(tx, { tenantId, formId, recordId, fields: { approved_amount: 300000, approval_status: 'approved' }, userId, now, flows });
 */
export async function writeBack(tx: Queryable, req: WriteBackRequest): Promise<StoredRecord | undefined> {
  const current = req.record ?? (await findRecord(tx, req.tenantId, req.formId, req.recordId, true));
  if (current === undefined) return undefined;
  const form = await latestForm(tx, formCache, req.tenantId, req.formId);
  const by = { tenantId: req.tenantId, userId: req.userId, now: req.now, flows: req.flows };
  const stored = await rewriteRecord(tx, form, current, new Map(Object.entries(req.fields)), by);
  return stored === current ? current : settleWrite(tx, form, stored, current.data, by);
}
