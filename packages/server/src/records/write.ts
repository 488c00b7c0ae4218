/** @module Writing a record: access by role, validation, formulas, unique values, then the new revision. */
import { randomUUID } from 'node:crypto';
import { dynamicDefaults, tidyText } from '@heng/engine';
import type { LocalizedText } from '@heng/engine';
import type { FlowStarter } from '../approvals/types.js';
import type { Queryable } from '../db/port.js';
import { AppError } from '../http/app-error.js';
import { refreshRollups, settleWrite } from '../rules/rollups.js';
import { sendScores } from '../scoring/on-write.js';
import { scorecardCache, scorecardsOf } from '../scoring/scorecards.js';
import { businessDay } from './form.js';
import type { LoadedForm } from './form.js';
import { referenceProblems } from './references.js';
import { referringForms, stillReferenced } from './referrers.js';
import { checkedData, merged, patched, storeRevision } from './revision.js';
import { creatorDefaults, outOfReach, reachableRecord } from './row-access.js';
import { numbered } from './serial.js';
import { created, insertRecord, writeRevision } from './store.js';
import type { Change, RecordLock, StoredRecord } from './store.js';
import { userProblems } from './user-values.js';

/** Who writes, with which roles, in which tenant, and when. */
export interface Writer extends Change {
  readonly tenantId: string;
  readonly roles: readonly string[];
  /**
   * Starts approval flows, so creating a record submits its form's `on_create` flows and rules
   * can start flows. Given by the routes; without it no flow starts.
   */
  readonly flows?: FlowStarter;
}

/** 409: the record moved on since the caller loaded it. */
function staleRecord(sent: number, current: number): AppError {
  return new AppError('stale_revision', 409, `The record is at revision ${current}, not ${sent}: someone changed it since you loaded it. Reload it and apply your change again.`, {
    messageZh: `记录当前为第 ${current} 版，而非第 ${sent} 版：加载后已有人修改。请重新加载并再次修改。`,
    meta: { current: String(current) },
  });
}

/**
 * The data a user's write of `input` stores: also refused for the fields they may not write, the
 * records they would not reach, references to records that are not there or not theirs to see,
 * and user fields naming no active user of the company.
 */
async function checked(tx: Queryable, form: LoadedForm, before: Record<string, unknown>, input: Record<string, unknown>, recordId: string, by: Writer, creating: boolean): Promise<Record<string, unknown>> {
  const { compiled } = form;
  const [references, users] = await Promise.all([referenceProblems(tx, compiled.definition, before, input, by, creating), userProblems(tx, by.tenantId, compiled.definition, before, input, creating)]);
  return checkedData(tx, form, recordId, input, by, {
    ...(creating ? {} : { before }),
    problems: (filled, today) => [
      ...compiled.checkWrite(before, input, by.roles), ...compiled.validateRecord(filled, { role: by.roles, today }), ...outOfReach(compiled.definition, filled, by), ...references, ...users,
    ],
  });
}

/**
 * Creates a record from the form's defaults (a date's `"today"` the writer's business day, a user
 * field's `"me"` the writer) and `body` (a writer held to row rules is the default
 * of their rules' fields, and may not create a record out of their reach): fields the writer may
 * not write (a serial number among them) are refused, text tidied (`tidyText`), the rest validated, formulas computed, unique values checked,
 * serial numbers taken, revision 1 kept; then
 * scored, its rules run, and its form's `on_create` approval flows submitted. Its id is a new
 * UUID unless given (an import that resolves references first).
 *
 * @example
 * const rec = await createRecord(tx, form, 'customer', { company_name: 'Acme' }, writer);
 */
export async function createRecord(tx: Queryable, form: LoadedForm, formId: string, body: Record<string, unknown>, by: Writer, id: string = randomUUID()): Promise<StoredRecord> {
  const def = form.compiled.definition;
  const today = businessDay(by.now);
  const before = { ...form.compiled.initialRecord(), ...dynamicDefaults(def, { today, userId: by.userId }), ...creatorDefaults(def, by) };
  const data = await numbered(tx, by.tenantId, form.compiled, await checked(tx, form, before, merged(before, tidyText(def.fields, body)), id, by, true), today);
  const rec = { id, formId, formVersion: form.version, data };
  const cards = await scorecardsOf(tx, scorecardCache, by.tenantId, formId);
  // Sent before anything else and waited for last: the record and its scores share a round trip
  // with what follows (statements run in the order sent), and a refusal of either is thrown here.
  const written = Promise.all([insertRecord(tx, by.tenantId, rec, by), sendScores(tx, by.tenantId, cards, { ...rec, revision: 1 }, by.now)]);
  written.catch(() => undefined);
  const final = await settleWrite(tx, form, created(rec, by), null, by);
  const submitted = by.flows === undefined || by.userId === null ? final : await by.flows.onCreate(tx, { tenantId: by.tenantId, formId, recordId: id, by: by.userId, roles: by.roles, now: by.now, record: final });
  await written;
  return submitted;
}

/** 409: the record waits for an approval's decision, which was asked on what it holds now. */
function inApproval(flow: { readonly id: string; readonly name: LocalizedText }): AppError {
  return new AppError('record.in_approval', 409, `The record is in approval ("${flow.name.en}"): it cannot change until the approvers decide. To change it, withdraw the approval first (its submitter can), then submit it again.`, {
    messageZh: `记录正在审批中（“${flow.name['zh-CN']}”）：审批人作出决定前不能修改。如需修改，请先由提交人撤回审批，改后重新提交。`,
    meta: { flow: flow.id },
  });
}

/** The record locked as `lock` says, at revision `ifMatch`, and not in a running approval; 404 also when it is out of the writer's reach. */
async function locked(tx: Queryable, form: LoadedForm, formId: string, id: string, ifMatch: number, by: Writer, lock: RecordLock): Promise<StoredRecord> {
  // Both asked in one round trip; out of reach (404) and stale (409) are said before in approval.
  const [current, flow] = await Promise.all([reachableRecord(tx, by, form.compiled.definition, formId, id, lock), by.flows?.running(tx, by.tenantId, id)]);
  if (current.revision !== ifMatch) throw staleRecord(ifMatch, current.revision);
  if (flow !== undefined) throw inApproval(flow);
  return current;
}

/**
 * Applies a merge patch to the record at revision `ifMatch` (409 if it moved on or waits for an approval's decision; 404 if out of
 * the writer's reach, 422 if the patch would put it out of reach), checked against the latest
 * form version, which the record then pins.
 *
 * @example
 * const next = await updateRecord(tx, form, 'customer', id, 3, { debt_ratio: 0.4 }, writer);
 */
export async function updateRecord(
  tx: Queryable, form: LoadedForm, formId: string, id: string, ifMatch: number, patch: Record<string, unknown>, by: Writer,
): Promise<StoredRecord> {
  const current = await locked(tx, form, formId, id, ifMatch, by, 'no key update');
  const data = await checked(tx, form, current.data, patched(form, current.data, patch), id, by, false);
  return settleWrite(tx, form, await storeRevision(tx, form, current, data, by), current.data, by);
}

/**
 * Soft-deletes the record at revision `ifMatch` (404 if out of the writer's reach, 409 while its approval waits for a decision
 * or while live records of any form still name it in a reference field); the deletion is kept as a revision, and rollups over it drop it.
 *
 * @example
 * await deleteRecord(tx, form, 'customer', id, 4, writer);
 */
export async function deleteRecord(tx: Queryable, form: LoadedForm, formId: string, id: string, ifMatch: number, by: Writer): Promise<StoredRecord> {
  const current = await locked(tx, form, formId, id, ifMatch, by, 'update');
  const referrers = await referringForms(tx, by.tenantId, formId, id);
  if (referrers.length > 0) throw stillReferenced(referrers);
  const deleted = await writeRevision(tx, by.tenantId, current, { formVersion: current.formVersion, data: current.data }, 'delete', by);
  await refreshRollups(tx, formId, current.data, null, by);
  return deleted;
}
