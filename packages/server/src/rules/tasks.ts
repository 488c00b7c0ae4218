/** @module The tasks rules give people (follow up a customer, start legal collection): a person's list, and marking one done. */
import type { CompiledForm, FilledText, LocalizedText } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { compiledDefinitions, compiledVersion } from '../definitions/compiled-cache.js';
import { ADMIN_ROLE } from '../auth/principal.js';
import { AppError } from '../http/app-error.js';
import { reaches } from '../records/row-access.js';
import { textReader } from './shown-texts.js';

/** One task in a person's list, with the record it is about; its title (and why a rule closed it) without the values of fields hidden from them. */
export interface TaskItem {
  readonly id: string;
  readonly formId: string;
  readonly recordId: string;
  readonly title: LocalizedText;
  readonly dueDate: string;
  readonly status: 'open' | 'done';
  readonly assigneeUser: string | null;
  readonly assigneeRole: string | null;
  readonly ruleSet: string;
  readonly createdAt: string;
  readonly doneBy: string | null;
  readonly doneAt: string | null;
  /** Why a rule closed it (close_tasks; `doneBy` is then null); null while open or when a person closed it. */
  readonly closeReason: LocalizedText | null;
}

/** A task as kept: its texts as filled, before they are shown to one reader. */
type Stored = Omit<TaskItem, 'title' | 'closeReason'> & { readonly title: FilledText; readonly closeReason: FilledText | null };

/** A kept task as `show` shows its texts to one reader. */
const shownTask = async ({ title, closeReason, ...task }: Stored, show: (text: FilledText) => Promise<LocalizedText>): Promise<TaskItem> => ({
  ...task,
  title: await show(title),
  closeReason: closeReason === null ? null : await show(closeReason),
});

/** Who asks: a user and the roles they act in; an admin may close anyone's task. */
export interface TaskReader {
  readonly tenantId: string;
  readonly userId: string;
  readonly roles: readonly string[];
}

const COLUMNS = `t.id, r.form_id AS "formId", t.record_id AS "recordId", t.title, t.due_date::text AS "dueDate", t.status,
  t.assignee_user AS "assigneeUser", t.assignee_role AS "assigneeRole", t.rule_set_id AS "ruleSet", t.created_at AS "createdAt", t.done_by AS "doneBy", t.done_at AS "doneAt",
  t.close_reason AS "closeReason"`;

/**
 * The tasks given to `me` or to one of their roles, on records still there (a role's task only
 * when they reach its record): open ones by due date, or the done ones most recently done
 * first; at most `limit`.
 *
 * @example
 * const open = await myTasks(tx, { tenantId, userId, roles: ['legal'] }, 'open', 50);
 */
export async function myTasks(tx: Queryable, me: TaskReader, which: 'open' | 'done', limit: number): Promise<TaskItem[]> {
  const rows = await tx.query<Stored & { data: Record<string, unknown> }>(
    `SELECT ${COLUMNS}, r.data FROM tasks t JOIN records r ON r.tenant_id = t.tenant_id AND r.id = t.record_id AND r.deleted_at IS NULL
     WHERE t.tenant_id = $1 AND (t.assignee_user = $2 OR t.assignee_role = ANY($3::text[])) AND t.status = $4
     ORDER BY ${which === 'open' ? 't.due_date, t.created_at' : 't.done_at DESC NULLS LAST'}, t.id LIMIT $5`,
    [me.tenantId, me.userId, me.roles, which, limit],
  );
  const show = textReader(tx, me.tenantId, me.roles);
  const out: TaskItem[] = [];
  for (const { data, ...task } of rows) if (task.assigneeUser !== null || (await reachesRecordOf(tx, me, task.formId, data))) out.push(await shownTask(task, show));
  return out;
}

/**
 * Whether `me` reaches a record of form `formId` holding `data` (the form's row rules): a task
 * given to a role is theirs only then. A form no longer published has no rules to hold to.
 */
async function reachesRecordOf(tx: Queryable, me: TaskReader, formId: string, data: Record<string, unknown>): Promise<boolean> {
  const form = await compiledVersion<CompiledForm>(tx, compiledDefinitions, me.tenantId, 'form', formId);
  return form === undefined || reaches(form.compiled.definition, data, me);
}

/** 404: no task of that id is `me`'s to close (the same answer whether it exists or not). */
export const noTask = (id: string): AppError =>
  new AppError('not_found', 404, `No task "${id}" is yours to close: it does not exist, or it was given to someone else.`, { messageZh: `没有您可以处理的待办 "${id}"：它不存在，或已分配给他人。` });

/**
 * Marks a task done by `me`: its assignee, someone in its role who reaches its record, or an
 * admin. 404 for a task that is not theirs (or not there), 409 for one already done.
 *
 * @example
 * const done = await completeTask(tx, me, taskId, clock.now());
 */
export async function completeTask(tx: Queryable, me: TaskReader, id: string, now: Date): Promise<TaskItem> {
  const admin = me.roles.includes(ADMIN_ROLE);
  const [task] = await tx.query<{ status: string; assigneeUser: string | null; formId: string; data: Record<string, unknown> }>(
    `SELECT t.status, t.assignee_user AS "assigneeUser", r.form_id AS "formId", r.data FROM tasks t JOIN records r ON r.tenant_id = t.tenant_id AND r.id = t.record_id
     WHERE t.tenant_id = $1 AND t.id = $2 AND ($3::boolean OR t.assignee_user = $4 OR t.assignee_role = ANY($5::text[])) FOR UPDATE OF t`,
    [me.tenantId, id, admin, me.userId, me.roles],
  );
  if (task === undefined || (!admin && task.assigneeUser === null && !(await reachesRecordOf(tx, me, task.formId, task.data)))) throw noTask(id);
  if (task.status === 'done') throw new AppError('conflict', 409, 'This task is already done.', { messageZh: '该待办已处理。' });
  const [done] = await tx.query<Stored>(
    `WITH t AS (UPDATE tasks SET status = 'done', done_by = $3, done_at = $4 WHERE tenant_id = $1 AND id = $2 RETURNING *)
     SELECT ${COLUMNS} FROM t JOIN records r ON r.tenant_id = t.tenant_id AND r.id = t.record_id`,
    [me.tenantId, id, me.userId, now],
  );
  if (done === undefined) throw noTask(id);
  return shownTask(done, textReader(tx, me.tenantId, me.roles));
}
