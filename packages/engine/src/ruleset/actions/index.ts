/** @module The registry of rule actions: one spec per kind, and the schema that picks a spec by `kind`. */
import { idSchema } from '../../core/ids.js';
import type { DefinitionKind, DefinitionRef } from '../../core/kind.js';
import type { Problem } from '../../core/problem.js';
import { addFlagAction } from './add-flag.js';
import { callWebhookAction } from './call-webhook.js';
import { closeTasksAction } from './close-tasks.js';
import { createTaskAction } from './create-task.js';
import { freezeAction } from './freeze.js';
import { notifyAction } from './notify.js';
import { removeFlagAction } from './remove-flag.js';
import { setFieldAction } from './set-field.js';
import { startFlowAction } from './start-flow.js';
import type { Action, ActionCheckEnv, ActionCompileEnv, ActionKind, ActionSpec, ActionSpecs, Effect, EffectBuilder } from './types.js';
import { unfreezeAction } from './unfreeze.js';

/**
 * Every action kind. Adding one is a file in this folder plus a line here; a kind left out
 * fails to compile.
 *
 * @example
 * actionSpecs.notify.label.en // 'Notify'
 */
export const actionSpecs = {
  set_field: setFieldAction,
  add_flag: addFlagAction,
  remove_flag: removeFlagAction,
  notify: notifyAction,
  create_task: createTaskAction,
  close_tasks: closeTasksAction,
  start_flow: startFlowAction,
  freeze: freezeAction,
  unfreeze: unfreezeAction,
  call_webhook: callWebhookAction,
} satisfies ActionSpecs;

/**
 * Action kinds in the order a designer offers them.
 *
 * @example
 * ACTION_KINDS.map((k) => actionSpecs[k].label.en) // ['Set field', 'Add flag', ...]
 */
export const ACTION_KINDS = Object.keys(actionSpecs) as ActionKind[];

/**
 * JSON Schema of any action: `kind` picks the spec's schema, so errors are those of the intended kind only.
 *
 * @example
 * schemaChecker(actionSchema)({ kind: 'freeze', id: 'f', scope: 'credit', reason }) // [{ path: '/scope', code: 'schema.enum', ... }]
 */
export const actionSchema = {
  type: 'object',
  properties: { kind: { enum: ACTION_KINDS }, id: idSchema },
  required: ['kind', 'id'],
  allOf: ACTION_KINDS.map((k) => ({ if: { properties: { kind: { const: k } }, required: ['kind'] }, then: actionSpecs[k].schema })),
} as const;

// TypeScript cannot tie `actionSpecs[action.kind]` to `action`'s own kind; the registry's
// `satisfies` already guarantees each spec takes the action of its key.
const specOf = (action: Action): ActionSpec<Action, Effect> => actionSpecs[action.kind] as unknown as ActionSpec<Action, Effect>;

/**
 * The problems of one structurally valid action.
 *
 * @example
 * checkAction({ kind: 'start_flow', id: 'review', flow: 'nope' }, env, '/rules/0/actions/0') // [{ code: 'ruleset.flow.unknown', ... }]
 */
export function checkAction(action: Action, env: ActionCheckEnv, path: string): Problem[] {
  return specOf(action).check(action, env, path);
}

/**
 * One valid action as a function from facts to its effect.
 *
 * @example
 * compileAction({ kind: 'add_flag', id: 'mark', flag: 'high_risk' }, env)({}, { today: '2025-03-01' }).target // { self: true }
 */
export function compileAction(action: Action, env: ActionCompileEnv): EffectBuilder {
  return specOf(action).compile(action, env);
}

/**
 * The definitions an action names (an approval flow for `start_flow`).
 *
 * @example
 * actionReferences({ kind: 'start_flow', id: 'review', flow: 'credit_review' }, '/rules/0/actions/0')
 * // [{ path: '/rules/0/actions/0/flow', kind: 'flow', id: 'credit_review' }]
 */
export function actionReferences(action: Action, path: string): DefinitionRef[] {
  return specOf(action).references?.(action, path) ?? [];
}

/**
 * An action with the definitions it names renamed.
 *
 * @example
 * renameAction({ kind: 'start_flow', id: 'review', flow: 'a' }, (_, id) => `${id}_2`).flow // 'a_2'
 */
export function renameAction(action: Action, rename: (kind: DefinitionKind, id: string) => string): Action {
  return specOf(action).rename?.(action, rename) ?? action;
}
