/** @module Pure edits of a rule's actions: a default action per kind (a registry), add, remove, move, replace, change kind. */
import type { Action, ActionKind, CloseTasksAction, FieldCatalog, FieldInfo, LocalizedText, Recipient, RuleSetDefinition } from '@heng/engine';
import { defaultValue } from './condition.js';
import { moveById, removeById, replaceById, uniqueId } from './ids.js';
import { updateRule } from './ruleset-rules.js';
import type { Added } from './ruleset-rules.js';

/** What a new action starts from: the form's fields, the tenant's roles and flows, and a text to put in templates. */
export interface ActionSeed {
  /** The form's own fields (what `set_field` may write). */
  readonly fields: FieldCatalog;
  readonly roles: readonly string[];
  readonly flows: readonly string[];
  /** A message, title or reason to start from, in both languages. */
  readonly text: LocalizedText;
}

/** How a recipient is named: by role, by user id, by a user field of the record, or as that user's manager. */
export type RecipientKind = 'role' | 'user' | 'field' | 'manager';

const userFields = (fields: FieldCatalog): string[] => [...fields.values()].filter((f) => f.type === 'user').map((f) => f.id);

/**
 * A recipient of `kind` to start from: the first role, or the first user field (or its user's manager), or no user yet.
 *
 * @example
 * recipientOfKind('role', seed) // { role: 'salesperson' }
 * recipientOfKind('manager', seed) // { managerOf: 'salesperson' }
 */
export function recipientOfKind(kind: RecipientKind, seed: ActionSeed): Recipient {
  if (kind === 'role') return { role: seed.roles[0] ?? '' };
  if (kind === 'field') return { field: userFields(seed.fields)[0] ?? '' };
  if (kind === 'manager') return { managerOf: userFields(seed.fields)[0] ?? '' };
  return { user: '' };
}

/**
 * How `to` names its recipient.
 *
 * @example
 * recipientKind({ field: 'salesperson' }) // 'field'
 */
export function recipientKind(to: Recipient): RecipientKind {
  return 'role' in to ? 'role' : 'field' in to ? 'field' : 'managerOf' in to ? 'manager' : 'user';
}

/** Whether a rule may write the field: not computed (formula, lookup, rollup), not a sub-table. */
export const isWritable = (f: FieldInfo): boolean => f.computed !== true && f.kind !== 'table';

/** The first field a rule may write, with a value of its kind. */
export function firstWritable(fields: FieldCatalog): { field: string; value: unknown } {
  const info = [...fields.values()].find(isWritable);
  return info === undefined ? { field: '', value: null } : { field: info.id, value: defaultValue(info, 'equal') };
}

type Defaults = { readonly [K in ActionKind]: (id: string, seed: ActionSeed) => Extract<Action, { kind: K }> };

/**
 * A new action of each kind, as valid as the seed allows; the designer mirrors the engine's
 * action registry with it, so a kind added there fails to compile here until it has a default.
 *
 * @example
 * actionDefaults.add_flag('add_flag_1', seed) // { kind: 'add_flag', id: 'add_flag_1', flag: 'high_risk' }
 */
export const actionDefaults: Defaults = {
  set_field: (id, seed) => ({ kind: 'set_field', id, ...firstWritable(seed.fields) }),
  add_flag: (id) => ({ kind: 'add_flag', id, flag: 'high_risk' }),
  remove_flag: (id) => ({ kind: 'remove_flag', id, flag: 'high_risk' }),
  notify: (id, seed) => ({ kind: 'notify', id, to: recipientOfKind('role', seed), message: seed.text }),
  create_task: (id, seed) => ({ kind: 'create_task', id, title: seed.text, assignee: recipientOfKind('role', seed), dueInDays: 3 }),
  close_tasks: (id, seed) => ({ kind: 'close_tasks', id, reason: seed.text }),
  start_flow: (id, seed) => ({ kind: 'start_flow', id, flow: seed.flows[0] ?? '' }),
  freeze: (id, seed) => ({ kind: 'freeze', id, scope: 'orders', reason: seed.text }),
  unfreeze: (id) => ({ kind: 'unfreeze', id, scope: 'orders' }),
  call_webhook: (id) => ({ kind: 'call_webhook', id, url: 'https://', fields: [] }),
};

/**
 * `action` closing the tasks of the task actions `ids`; none picked, it closes every open rule task on the record.
 *
 * @example
 * closingTasksOf(close, []) // { kind: 'close_tasks', id, reason } (no `actions`)
 */
export function closingTasksOf(action: CloseTasksAction, ids: readonly string[]): CloseTasksAction {
  const { actions: _actions, ...all } = action;
  return ids.length === 0 ? all : { ...all, actions: [...ids] };
}

function newAction(kind: ActionKind, id: string, seed: ActionSeed): Action {
  return (actionDefaults[kind] as (id: string, seed: ActionSeed) => Action)(id, seed);
}

const actionsOf = (def: RuleSetDefinition, ruleId: string): readonly Action[] => def.rules.find((r) => r.id === ruleId)?.actions ?? [];

/** Rule `ruleId` with `update(actions)`; the same rule set when nothing changed, so a no-op adds no undo step. */
function updateActions(def: RuleSetDefinition, ruleId: string, update: (actions: readonly Action[]) => readonly Action[]): RuleSetDefinition {
  const before = actionsOf(def, ruleId);
  const after = update(before);
  return after === before ? def : updateRule(def, ruleId, (r) => ({ ...r, actions: after }));
}

/**
 * Appends a new action of `kind` to rule `ruleId`, with an id unique in the rule.
 *
 * @example
 * addAction(def, 'legal', 'add_flag', seed).id // 'add_flag_1'
 */
export function addAction(def: RuleSetDefinition, ruleId: string, kind: ActionKind, seed: ActionSeed): Added {
  const id = uniqueId(kind, actionsOf(def, ruleId).map((a) => a.id));
  return { def: updateActions(def, ruleId, (actions) => [...actions, newAction(kind, id, seed)]), id };
}

/**
 * Rule `ruleId` without action `actionId`.
 *
 * @example
 * removeAction(def, 'legal', 'stage')
 */
export function removeAction(def: RuleSetDefinition, ruleId: string, actionId: string): RuleSetDefinition {
  return updateActions(def, ruleId, (actions) => removeById(actions, actionId));
}

/**
 * Moves action `from` of rule `ruleId` to the place of action `to`: effects come in action order.
 *
 * @example
 * moveAction(def, 'legal', 'stage', 'legal_task')
 */
export function moveAction(def: RuleSetDefinition, ruleId: string, from: string, to: string): RuleSetDefinition {
  return updateActions(def, ruleId, (actions) => moveById(actions, from, to));
}

/**
 * Replaces the action with `action.id` in rule `ruleId` (an edit of one of its inputs).
 *
 * @example
 * setAction(def, 'legal', { ...flag, flag: 'high_risk' })
 */
export function setAction(def: RuleSetDefinition, ruleId: string, action: Action): RuleSetDefinition {
  return updateActions(def, ruleId, (actions) => replaceById(actions, action.id, () => action));
}

/**
 * Turns action `actionId` into a new action of `kind`, keeping its id (so its place and
 * problems stay put); the same kind changes nothing.
 *
 * @example
 * setActionKind(def, 'legal', 'alert', 'create_task', seed)
 */
export function setActionKind(def: RuleSetDefinition, ruleId: string, actionId: string, kind: ActionKind, seed: ActionSeed): RuleSetDefinition {
  const current = actionsOf(def, ruleId).find((a) => a.id === actionId);
  if (current === undefined || current.kind === kind) return def;
  return updateActions(def, ruleId, (actions) => replaceById(actions, actionId, (a) => newAction(kind, a.id, seed)));
}
