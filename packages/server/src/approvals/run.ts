/** @module Starting a flow on a record and acting on a running approval: the engine's transition, stored with its effects. */
import { randomUUID } from 'node:crypto';
import { initialSnapshot, recordLabel, transition } from '@heng/engine';
import type { CompiledForm, FlowCommand, FlowSnapshot, TransitionResult } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { compiledDefinitions, compiledVersion } from '../definitions/index.js';
import type { AppError} from '../http/app-error.js';
import { notFound } from '../http/app-error.js';
import { findRecord } from '../records/store.js';
import type { StoredRecord } from '../records/store.js';
import { reviseRecord } from '../rules/rollups.js';
import { loadDirectory } from './directory.js';
import { applyFlowEffects } from './effects.js';
import { flowScoreOf } from './flow-score.js';
import { loadFlow } from './flows.js';
import type { LoadedFlow } from './flows.js';
import { refusalError } from './refusals.js';
import { appendAudit, findInstance, insertInstance, saveSnapshot } from './store.js';
import type { FlowStarter, NotStarted, StartOutcome, StartRequest, StoredInstance } from './types.js';

const notStarted = (reason: NotStarted['reason'], message: string, messageZh: string): StartOutcome => ({ skipped: { reason, message, messageZh } });

/** Who acts (null for the flow itself: a timeout), in which tenant, when. */
export interface Actor {
  readonly tenantId: string;
  readonly userId: string | null;
  /** The actor's roles, as the rules the write-back sets off see them (`changed_by_roles`); none for the system. */
  readonly roles: readonly string[];
  readonly now: Date;
}

/** The instance a transition belongs to, as its writes need it (known before its row is stored). */
type InstanceOf = Pick<StoredInstance, 'id' | 'formId' | 'recordId' | 'subject'>;

/**
 * Keeps what a transition did: its audit entries and effects sent together, then the record's
 * write-back (its status and approvers' edits) as one revision, checked against the latest
 * published form (a value that breaks its validation is a 422 that rolls the whole step back)
 * and settled like any write. Nothing is written when no value changes, or when the record was
 * deleted meanwhile (the approval's history keeps what was decided). `held`: the record as this
 * transaction last wrote or locked it. Returns the record as it then stands; undefined when the
 * transition has nothing to write back or the record is gone.
 */
async function record(
  tx: Queryable, inst: InstanceOf, flow: LoadedFlow, before: FlowSnapshot, r: Extract<TransitionResult, { ok: true }>, by: Actor, flows: FlowStarter, held?: StoredRecord,
): Promise<StoredRecord | undefined> {
  const def = flow.compiled.definition;
  // The actor's opinion, which a return or a decision's notice passes on.
  const opinion = r.snapshot.history.slice(before.history.length).find((e) => e.by === by.userId && e.comment !== undefined && e.comment.trim() !== '')?.comment?.trim() ?? null;
  const [, back] = await Promise.all([
    appendAudit(tx, by.tenantId, inst.id, r.snapshot.history, before.history.length),
    applyFlowEffects(tx, r.effects, { tenantId: by.tenantId, instanceId: inst.id, flowName: def.name, subject: inst.subject, opinion, submitter: r.snapshot.submitter, now: by.now }, before.status === 'returned'),
  ]);
  const fields: Record<string, unknown> = { ...back.edits };
  if (def.statusField !== undefined && r.snapshot.status !== before.status) fields[def.statusField] = r.snapshot.status;
  if (Object.keys(fields).length === 0) return undefined;
  return reviseRecord(tx, inst.formId, inst.recordId, fields, { tenantId: by.tenantId, userId: by.userId, roles: by.roles, now: by.now, flows }, held);
}

/**
 * The record's name, as an approval's subject: by the form version it was written with (compiled
 * when it was written, so usually read from the cache); null when it has none.
 */
async function subjectOf(tx: Queryable, tenantId: string, rec: StoredRecord): Promise<string | null> {
  const form = await compiledVersion<CompiledForm>(tx, compiledDefinitions, tenantId, 'form', rec.formId, rec.formVersion);
  return form === undefined ? null : (recordLabel(form.compiled.definition, rec.data) ?? null);
}

/** The open instance of the flow on the record, if any: a second one is refused. */
async function openInstance(tx: Queryable, req: StartRequest): Promise<string | undefined> {
  const [open] = await tx.query<{ id: string }>(
    `SELECT id FROM approval_instances WHERE tenant_id = $1 AND record_id = $2 AND flow_id = $3 AND status IN ('running', 'returned')`,
    [req.tenantId, req.recordId, req.flowId],
  );
  return open?.id;
}

/**
 * Submits a new instance of the latest published version of a flow on a record, in `tx`, with
 * the record's stored score when the flow reads one: tasks created, notices sent, the status written back. Skipped (with the reason) when the flow
 * is not published, runs on another form, the record is gone, or the flow already runs on it.
 * The reads it needs go in one round trip (the record's form is then usually cached), and the
 * instance with all it writes in the next.
 *
 * @example
 * const out = await startFlow(tx, { tenantId, formId: 'credit_application', recordId, flowId: 'credit_approval', by: userId, now }, flows);
 */
export async function startFlow(tx: Queryable, req: StartRequest, flows: FlowStarter): Promise<StartOutcome> {
  const flow = await loadFlow(tx, req.tenantId, req.flowId);
  if (flow === undefined) return notStarted('no_flow', `No published flow "${req.flowId}" exists: publish it first, or check its id.`, `不存在已发布的审批流 "${req.flowId}"：请先发布，或检查其 ID。`);
  const form = flow.compiled.definition.form;
  if (form !== req.formId) return notStarted('other_form', `Flow "${req.flowId}" runs on form "${form}", not "${req.formId}": pick a flow of this form.`, `审批流 "${req.flowId}" 用于表单 "${form}"，而非 "${req.formId}"：请选择本表单的审批流。`);
  // Locked before the open instance is looked for: a second start of the flow on the record waits, then finds the first.
  const [rec, open, directory, score] = await Promise.all([
    req.record ?? findRecord(tx, req.tenantId, req.formId, req.recordId, 'no key update'), openInstance(tx, req), loadDirectory(tx, req.tenantId), flowScoreOf(tx, req.tenantId, flow.compiled.definition, req.recordId),
  ]);
  if (rec === undefined) return notStarted('no_record', `No record "${req.recordId}" exists in form "${req.formId}".`, `表单 "${req.formId}" 中不存在记录 "${req.recordId}"。`);
  if (open !== undefined) return notStarted('running', `Flow "${req.flowId}" already runs on this record (approval ${open}): act on that one, or withdraw it first.`, `该记录已有进行中的审批流 "${req.flowId}"（审批 ${open}）：请处理该审批，或先撤回。`);
  const before = initialSnapshot(flow.compiled);
  const r = transition(flow.compiled, before, { type: 'submit', by: req.by, record: rec.data, directory, ...(score === undefined ? {} : { score }) }, req.now.toISOString());
  if (!r.ok) throw refusalError(r, false);
  const inst: InstanceOf = { id: randomUUID(), formId: req.formId, recordId: req.recordId, subject: await subjectOf(tx, req.tenantId, rec) };
  // The instance is sent first: its audit entries and tasks refer to it.
  const [started, written] = await Promise.all([
    insertInstance(tx, req.tenantId, { ...inst, flowId: flow.id, flowVersion: flow.version, snapshot: r.snapshot }, req.now),
    record(tx, inst, flow, before, r, { tenantId: req.tenantId, userId: req.by, roles: req.roles, now: req.now }, flows, rec),
  ]);
  return { started, record: written ?? rec };
}

/** 404 for an approval that does not exist here. */
export const noInstance = (id: string): AppError => notFound('approval', id);

/**
 * Applies one command to an approval, in `tx`, with the instance row locked so two people
 * acting at once queue and exactly one transition wins; the other gets the engine's refusal
 * (409 when it is a conflict). A resubmit takes the record and its score as they are now, and a fresh directory.
 *
 * @example
 * const next = await actOn(tx, { tenantId, userId, now }, instanceId, { type: 'approve', by: userId, version: 3 }, flows);
 */
export async function actOn(tx: Queryable, by: Actor, instanceId: string, command: FlowCommand, flows: FlowStarter): Promise<StoredInstance> {
  const inst = await findInstance(tx, by.tenantId, instanceId, true);
  if (inst === undefined) throw noInstance(instanceId);
  const flow = await loadFlow(tx, by.tenantId, inst.flowId, inst.flowVersion);
  if (flow === undefined) throw noInstance(instanceId);
  let cmd = command;
  let held: StoredRecord | undefined;
  if (cmd.type === 'resubmit') {
    // Locked now, as the write-back would lock it, so it is read once; then filled again as a save
    // would fill it, so the route weighs what its lookups read now (a returned order's credit
    // figures, the customer's as of the resubmit), not what they read when it was last saved.
    const found = await findRecord(tx, by.tenantId, inst.formId, inst.recordId, 'no key update');
    held = found === undefined ? undefined : ((await reviseRecord(tx, inst.formId, inst.recordId, {}, { ...by, flows }, found)) ?? found);
    const score = held === undefined ? undefined : await flowScoreOf(tx, by.tenantId, flow.compiled.definition, inst.recordId);
    cmd = { ...cmd, directory: await loadDirectory(tx, by.tenantId), ...(held === undefined ? {} : { record: held.data }), ...(score === undefined ? {} : { score }) };
  }
  const r = transition(flow.compiled, inst.snapshot, cmd, by.now.toISOString());
  if (!r.ok) {
    const held = by.userId !== null && (await tx.query('SELECT 1 FROM approval_tasks WHERE tenant_id = $1 AND instance_id = $2 AND assignee = $3 LIMIT 1', [by.tenantId, inst.id, by.userId])).length > 0;
    throw refusalError(r, held);
  }
  // A resubmit names the record as it is now (its customer may have changed meanwhile).
  const subject = held === undefined ? inst.subject : await subjectOf(tx, by.tenantId, held);
  const saved = await saveSnapshot(tx, by.tenantId, inst.id, r.snapshot, by.now, subject);
  if (saved === undefined) throw refusalError({ ok: false, code: 'stale_version', message: 'The approval changed while you acted: reload it and try again.', messageZh: '处理期间该审批已被更新：请刷新后重试。' }, true);
  await record(tx, saved, flow, inst.snapshot, r, by, flows, held);
  return saved;
}
