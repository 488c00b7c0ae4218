/** @module `close_tasks`: closes the open tasks rules gave people on this record, with the reason why. */
import { idSchema } from '../../core/ids.js';
import { pointer } from '../../core/json-pointer.js';
import { problem, type Problem } from '../../core/problem.js';
import { checkTemplate, renderTemplate, templateSchema } from '../template.js';
import type { ActionSpec, CloseTasksAction, CloseTasksEffect } from './types.js';

/** A reason that is only spaces tells its reader nothing. */
function checkReason(reason: CloseTasksAction['reason'], path: string): Problem[] {
  return (['zh-CN', 'en'] as const)
    .filter((locale) => reason[locale].trim() === '')
    .map((locale) => problem(pointer(path, locale), 'ruleset.close_tasks.reason.empty', 'Say why the tasks are closed (e.g. Invoice settled): their assignees see it.', '请写明关闭待办的原因（例如：发票已结清），处理人会看到它。'));
}

/**
 * Closes the record's open rule tasks (a rule's, not a person's, doing): all of them, or with
 * `actions` only those made by `create_task` actions of those ids (in any rule set on the
 * form). The reason, a template, is shown on each task it closes.
 *
 * @example
 * { kind: 'close_tasks', id: 'close_collection', actions: ['legal_task'],
 *   reason: { 'zh-CN': '发票已结清', en: 'Invoice settled' } }
 */
export const closeTasksAction: ActionSpec<CloseTasksAction, CloseTasksEffect> = {
  kind: 'close_tasks',
  label: { 'zh-CN': '关闭待办', en: 'Close tasks' },
  schema: {
    type: 'object',
    properties: {
      kind: { const: 'close_tasks' },
      id: idSchema,
      reason: templateSchema(200),
      actions: { type: 'array', items: idSchema, minItems: 1, maxItems: 100, uniqueItems: true },
    },
    required: ['kind', 'id', 'reason'],
    additionalProperties: false,
  },
  check: (action, env, path) => {
    const at = pointer(path, 'reason');
    return [...checkReason(action.reason, at), ...checkTemplate(action.reason, env.facts, at)];
  },
  compile: (action, env) => (facts) => ({
    kind: 'close_tasks',
    rule: env.rule,
    action: action.id,
    reason: renderTemplate(action.reason, facts, env.form, env.facts),
    ...(action.actions === undefined ? {} : { actions: action.actions }),
  }),
};
