/** @module What the API shows of an approval: status, where it waits, its history, tasks, and what the caller may do. */
import { SUBMITTER } from '@heng/engine';
import type { ActiveNode, AuditEntry, CompiledForm, LocalizedText } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { compiledDefinitions, compiledVersion } from '../definitions/compiled-cache.js';
import { flowScoreView } from './flow-score.js';
import type { FlowScoreView } from './flow-score.js';
import { nodeNameOf } from './flows.js';
import type { LoadedFlow } from './flows.js';
import type { StoredInstance } from './types.js';

/** One task of an approval, open or closed. */
export interface TaskView {
  readonly id: string;
  readonly nodeId: string;
  readonly assignee: string;
  readonly status: 'open' | 'completed' | 'cancelled';
  readonly outcome: string | null;
  readonly deadline: string | null;
  readonly createdAt: string;
  readonly closedAt: string | null;
}

/** An approval as one caller sees it. */
export interface InstanceView extends Omit<StoredInstance, 'snapshot'> {
  readonly flowName: LocalizedText;
  readonly current: (ActiveNode & { readonly nodeName: LocalizedText }) | null;
  readonly history: readonly AuditEntry[];
  readonly tasks: readonly TaskView[];
  /** The caller's open task, with the fields they may change when approving. */
  readonly myTask: { readonly taskId: string; readonly nodeId: string; readonly editableFields: readonly string[] } | null;
  /** Where the current node may return it: the submitter, or an approver node passed before. */
  readonly returnTargets: readonly { readonly id: string; readonly name: LocalizedText | null }[];
  /** Display names of every user the view names. */
  readonly people: Readonly<Record<string, string>>;
  /** The score its branches were decided on, when its flow reads a scorecard (null score and grade: the record had none). */
  readonly score: FlowScoreView | null;
}

const TASK_COLUMNS = `id, node_id AS "nodeId", assignee, status, outcome, deadline, created_at AS "createdAt", closed_at AS "closedAt"`;

/**
 * Display names of users, by id (unknown ids are left out).
 *
 * @example
 * await displayNames(tx, tenantId, ['u1']) // { u1: '林芳' }
 */
export async function displayNames(tx: Queryable, tenantId: string, ids: Iterable<string>): Promise<Record<string, string>> {
  const list = [...new Set(ids)];
  if (list.length === 0) return {};
  const rows = await tx.query<{ id: string; display_name: string }>('SELECT id, display_name FROM users WHERE tenant_id = $1 AND id = ANY($2::text[])', [tenantId, list]);
  return Object.fromEntries(rows.map((r) => [r.id, r.display_name]));
}

/** History entries with approvers' edits cut to the fields the caller's roles may read. */
function readableHistory(history: readonly AuditEntry[], form: CompiledForm | undefined, roles: readonly string[]): AuditEntry[] {
  return history.map((e) => (e.edits === undefined || form === undefined ? e : { ...e, edits: form.readableRecord(e.edits, roles) }));
}

/**
 * The view of an approval for a caller with `roles`.
 *
 * @example
 * return c.json(await instanceView(tx, tenantId, inst, flow, me.userId, me.roles));
 */
export async function instanceView(tx: Queryable, tenantId: string, inst: StoredInstance, flow: LoadedFlow, userId: string, roles: readonly string[]): Promise<InstanceView> {
  const { snapshot, ...rest } = inst;
  const nameOf = (id: string): LocalizedText | null => flow.compiled.nodes.get(id)?.node.name ?? null;
  const tasks = await tx.query<TaskView>(`SELECT ${TASK_COLUMNS} FROM approval_tasks WHERE tenant_id = $1 AND instance_id = $2 ORDER BY created_at, id`, [tenantId, inst.id]);
  const form = (await compiledVersion<CompiledForm>(tx, compiledDefinitions, tenantId, 'form', inst.formId))?.compiled;
  const mine = tasks.find((t) => t.status === 'open' && t.assignee === userId);
  const node = mine === undefined ? undefined : flow.compiled.nodes.get(mine.nodeId)?.node;
  const cur = snapshot.current;
  const users = [...tasks.map((t) => t.assignee), ...snapshot.history.flatMap((e) => [e.by ?? '', ...(e.users ?? [])]), snapshot.submitter ?? ''].filter((u) => u !== '');
  return {
    ...rest,
    flowName: flow.compiled.definition.name,
    current: cur === null ? null : { ...cur, nodeName: nodeNameOf(flow, cur.nodeId) },
    history: readableHistory(snapshot.history, form, roles),
    tasks,
    myTask: mine === undefined ? null : { taskId: mine.id, nodeId: mine.nodeId, editableFields: node?.kind === 'approver' ? (node.editableFields ?? []) : [] },
    returnTargets: cur === null ? [] : [{ id: SUBMITTER, name: null }, ...snapshot.route.filter((id) => id !== cur.nodeId).map((id) => ({ id, name: nameOf(id) }))],
    people: await displayNames(tx, tenantId, users),
    score: await flowScoreView(tx, tenantId, snapshot.score),
  };
}
