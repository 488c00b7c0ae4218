/** @module Applying a rule's effects in the transaction of the write that fired it (set_field's writes are made by the caller). */
import { randomUUID } from 'node:crypto';
import type { Effect, LocalizedText, RecordTarget } from '@heng/engine';
import type { Queryable } from '../db/port.js';
import { json } from '../db/port.js';
import { notify } from '../notifications/notify.js';
import { findRecord } from '../records/store.js';
import { addresseeOf, usersOf } from './recipients.js';
import { textByReader } from './shown-texts.js';
import { queueWebhook } from './webhook.js';

/** Where effects land: the tenant, the record the rules ran on, the rule set, the clock's time. */
export interface EffectScope {
  readonly tenantId: string;
  readonly recordId: string;
  readonly formId: string;
  readonly ruleSetId: string;
  readonly ruleSetVersion: number;
  /** The rule set's name: a notice it sends is titled with it, as an approval's notices are with the flow's. */
  readonly ruleSetName: LocalizedText;
  readonly now: Date;
  /** Where start_flow puts the flows to start once the record has settled; absent where approvals cannot start. */
  readonly flowsToStart?: string[];
}

/** What became of one effect, as kept in the trace. */
export interface AppliedEffect {
  readonly effect: Effect;
  readonly status: 'applied' | 'skipped';
  readonly note?: string;
  /** The job an effect queued (call_webhook): its status is the effect's outcome. */
  readonly jobId?: string;
}

const targetOf = (target: RecordTarget, scope: EffectScope): string | null => ('self' in target ? scope.recordId : target.record);

type Applier = (tx: Queryable, effect: Effect, scope: EffectScope) => Promise<AppliedEffect>;

const applied = (effect: Effect): AppliedEffect => ({ effect, status: 'applied' });
const skipped = (effect: Effect, note: string): AppliedEffect => ({ effect, status: 'skipped', note });
/** Notes (whom a recipient came to mean, what became of a task) said one after another. */
const said = (...notes: readonly (string | undefined)[]): string => notes.filter((n) => n !== undefined).join(' ');
const noted = (effect: Effect, ...notes: readonly (string | undefined)[]): AppliedEffect => {
  const note = said(...notes);
  return note === '' ? applied(effect) : { effect, status: 'applied', note };
};

async function addFlag(tx: Queryable, effect: Extract<Effect, { kind: 'add_flag' }>, scope: EffectScope): Promise<AppliedEffect> {
  const record = targetOf(effect.target, scope);
  if (record === null) return skipped(effect, 'The reference field is empty.');
  await tx.query(
    `INSERT INTO record_flags (tenant_id, id, record_id, flag, rule_set_id, rule_id, created_at)
     SELECT $1, $2, r.id, $4, $5, $6, $7 FROM records r WHERE r.tenant_id = $1 AND r.id = $3
     ON CONFLICT (tenant_id, record_id, flag) DO NOTHING`,
    [scope.tenantId, randomUUID(), record, effect.flag, scope.ruleSetId, effect.rule, scope.now],
  );
  return applied(effect);
}

async function removeFlag(tx: Queryable, effect: Extract<Effect, { kind: 'remove_flag' }>, scope: EffectScope): Promise<AppliedEffect> {
  const record = targetOf(effect.target, scope);
  if (record === null) return skipped(effect, 'The reference field is empty.');
  await tx.query('DELETE FROM record_flags WHERE tenant_id = $1 AND record_id = $2 AND flag = $3', [scope.tenantId, record, effect.flag]);
  return applied(effect);
}

async function freeze(tx: Queryable, effect: Extract<Effect, { kind: 'freeze' }>, scope: EffectScope): Promise<AppliedEffect> {
  const record = targetOf(effect.target, scope);
  if (record === null) return skipped(effect, 'The reference field is empty.');
  await tx.query(
    `INSERT INTO freezes (tenant_id, id, record_id, scope, reason, rule_set_id, rule_id, created_at)
     SELECT $1, $2, r.id, $4, $5::jsonb, $6, $7, $8 FROM records r WHERE r.tenant_id = $1 AND r.id = $3
     ON CONFLICT (tenant_id, record_id, scope) DO NOTHING`,
    [scope.tenantId, randomUUID(), record, effect.scope, json(effect.reason), scope.ruleSetId, effect.rule, scope.now],
  );
  return applied(effect);
}

async function unfreeze(tx: Queryable, effect: Extract<Effect, { kind: 'unfreeze' }>, scope: EffectScope): Promise<AppliedEffect> {
  const record = targetOf(effect.target, scope);
  if (record === null) return skipped(effect, 'The reference field is empty.');
  await tx.query('DELETE FROM freezes WHERE tenant_id = $1 AND record_id = $2 AND scope = $3', [scope.tenantId, record, effect.scope]);
  return applied(effect);
}

async function sendNotice(tx: Queryable, effect: Extract<Effect, { kind: 'notify' }>, scope: EffectScope): Promise<AppliedEffect> {
  const who = await addresseeOf(tx, scope.tenantId, effect.to);
  const to = await usersOf(tx, scope.tenantId, who.to);
  if (to.length === 0) return skipped(effect, said(who.note, 'No active user to notify.'));
  const link = `/records/${scope.formId}/${scope.recordId}`;
  const data = { recordId: scope.recordId, formId: scope.formId, ruleSet: scope.ruleSetId, rule: effect.rule };
  // Each is told the message as they may read it (and emailed so): those to whom a field it
  // names is hidden get it without that value, in a notice of their own.
  for (const { text, users } of await textByReader(tx, scope.tenantId, to, effect.message)) {
    await notify(tx, scope.tenantId, { topic: 'rule.notify', to: users, title: scope.ruleSetName, message: text, link, data }, scope.now);
  }
  return noted(effect, who.note);
}

async function createTask(tx: Queryable, effect: Extract<Effect, { kind: 'create_task' }>, scope: EffectScope): Promise<AppliedEffect> {
  const who = await addresseeOf(tx, scope.tenantId, effect.assignee);
  const a = who.to;
  if (!('role' in a) && a.user === null) return skipped(effect, who.note ?? 'The assignee field is empty.');
  // One open task per rule action and record: an action that fires again (each edit, each night)
  // while its task waits brings that task's title up to date, hands it to the assignee as the
  // record now names them (a customer given to another salesperson), and adds no other.
  const [made] = await tx.query<{ created: boolean; moved: boolean; raced: boolean }>(
    `WITH old AS (
       SELECT id, assignee_user, assignee_role FROM tasks
       WHERE tenant_id = $1 AND record_id = $3 AND status = 'open' AND rule_set_id = $8 AND rule_id = $9 AND action_id = $11
       FOR UPDATE
     ), kept AS (
       UPDATE tasks t SET title = $6::jsonb, assignee_user = $4::text, assignee_role = $5::text FROM old WHERE t.tenant_id = $1 AND t.id = old.id
       RETURNING (old.assignee_user IS DISTINCT FROM $4::text OR old.assignee_role IS DISTINCT FROM $5::text) AS moved
     ), made AS (
       INSERT INTO tasks (tenant_id, id, record_id, assignee_user, assignee_role, title, due_date, status, rule_set_id, rule_id, action_id, created_at)
       SELECT $1, $2, $3, $4, $5, $6::jsonb, $7, 'open', $8, $9, $11, $10 WHERE NOT EXISTS (SELECT 1 FROM old)
       -- Another run made it meanwhile (it committed after this one looked): theirs stands.
       ON CONFLICT (tenant_id, record_id, rule_set_id, rule_id, action_id) WHERE status = 'open' AND action_id IS NOT NULL DO NOTHING
       RETURNING id
     )
     SELECT EXISTS (SELECT 1 FROM made) AS created, EXISTS (SELECT 1 FROM kept WHERE moved) AS moved, NOT EXISTS (SELECT 1 FROM old) AND NOT EXISTS (SELECT 1 FROM made) AS raced`,
    [scope.tenantId, randomUUID(), scope.recordId, 'role' in a ? null : a.user, 'role' in a ? a.role : null, json(effect.title), effect.dueDate, scope.ruleSetId, effect.rule, scope.now, effect.action],
  );
  if (made?.created === true) return noted(effect, who.note);
  if (made?.raced === true) return noted(effect, who.note, 'Another run made this action\'s task on this record at the same moment: that one stands, and no second one is made.');
  const note = made?.moved === true
    ? 'This action\'s task on this record is still open: it is handed to the assignee the record now names, its title brought up to date, and no second one is made.'
    : 'This action\'s task on this record is still open: its title is brought up to date, and no second one is made.';
  return noted(effect, who.note, note);
}

async function closeTasks(tx: Queryable, effect: Extract<Effect, { kind: 'close_tasks' }>, scope: EffectScope): Promise<AppliedEffect> {
  // Rule tasks only (approval tasks are a flow's); none of them closed by a person.
  const closed = await tx.query<{ id: string }>(
    `UPDATE tasks SET status = 'done', done_by = NULL, done_at = $3, close_reason = $4::jsonb
     WHERE tenant_id = $1 AND record_id = $2 AND status = 'open' AND ($5::text[] IS NULL OR action_id = ANY($5::text[]))
     RETURNING id`,
    [scope.tenantId, scope.recordId, scope.now, json(effect.reason), effect.actions ?? null],
  );
  const n = closed.length;
  return { effect, status: 'applied', note: n === 0 ? 'No open task on this record to close.' : `Closed ${n} open task${n === 1 ? '' : 's'} on this record.` };
}

const appliers = {
  add_flag: addFlag,
  remove_flag: removeFlag,
  freeze,
  unfreeze,
  notify: sendNotice,
  create_task: createTask,
  close_tasks: closeTasks,
  start_flow: async (_tx, effect, scope) => {
    if (scope.flowsToStart === undefined) return skipped(effect, 'Approvals cannot start from this run.');
    scope.flowsToStart.push(effect.flow);
    return { effect, status: 'applied', note: `Flow "${effect.flow}" starts once the record has settled (unless it already runs on it): see the record's approvals.` };
  },
  call_webhook: queueWebhook,
  // set_field is gathered by the caller: this record's fields are written as one new revision, another record's once this one has settled.
  set_field: async (tx, effect, scope) => {
    const t = effect.target;
    if (t === undefined) return applied(effect);
    if (t.record === null) return skipped(effect, 'The reference field is empty.');
    // Locked now, so it is still there when it is written.
    if ((await findRecord(tx, scope.tenantId, t.form, t.record, 'no key update')) === undefined) return skipped(effect, `No live record "${t.record}" of form "${t.form}": nothing is written.`);
    return { effect, status: 'applied', note: `Written into "${t.record}" of form "${t.form}" once this record has settled.` };
  },
} satisfies { readonly [K in Effect['kind']]: (tx: Queryable, effect: Extract<Effect, { kind: K }>, scope: EffectScope) => Promise<AppliedEffect> };

/**
 * Applies one effect in `tx` (call_webhook queues a job in it; start_flow queues the flow for after the rules settle).
 *
 * @example
 * const done = await applyEffect(tx, { kind: 'add_flag', rule: 'r', action: 'a', flag: 'high_risk', target: { self: true } }, scope);
 */
export async function applyEffect(tx: Queryable, effect: Effect, scope: EffectScope): Promise<AppliedEffect> {
  return (appliers[effect.kind] as Applier)(tx, effect, scope);
}
