/** @module `close_tasks`: closes the open tasks rules gave people on this record, with the reason why. */
import { idSchema } from '../../core/ids.js';
import { pointer } from '../../core/json-pointer.js';
import { problem, type Problem } from '../../core/problem.js';
import { hint } from '../../core/suggest.js';
import { checkTemplate, renderTemplate, templateSchema } from '../template.js';
import type { ActionSpec, CloseTasksAction, CloseTasksEffect } from './types.js';

/** A reason that is only spaces tells its reader nothing. */
function checkReason(reason: CloseTasksAction['reason'], path: string): Problem[] {
  return (['zh-CN', 'en'] as const)
    .filter((locale) => reason[locale].trim() === '')
    .map((locale) => problem(pointer(path, locale), 'ruleset.close_tasks.reason.empty', 'Say why the tasks are closed (e.g. Invoice settled): their assignees see it.', '请写明关闭待办的原因（例如：发票已结清），处理人会看到它。'));
}

/** Each named task action that no rule set on the form has (a typo, or one since renamed): it would close nothing. */
function checkNamed(ids: readonly string[], tasks: ReadonlySet<string>, path: string): Problem[] {
  return ids.flatMap((id, i) => {
    if (tasks.has(id)) return [];
    const h = hint(id, [...tasks].sort());
    return [problem(
      pointer(path, i),
      'ruleset.close_tasks.action.unknown',
      `No rule set of this form has a "create task" action "${id}", so it would close nothing: name one of this rule set's or of another published rule set on the form.${h.en}`,
      `本表单的规则集中没有 id 为 "${id}" 的“创建待办”动作，它不会关闭任何待办：请填写本规则集或同一表单其他已发布规则集中的创建待办动作。${h.zh}`,
    )];
  });
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
    const named = action.actions === undefined || env.tasks === null ? [] : checkNamed(action.actions, env.tasks, pointer(path, 'actions'));
    return [...checkReason(action.reason, at), ...checkTemplate(action.reason, env.facts, at), ...named];
  },
  compile: (action, env) => (facts) => ({
    kind: 'close_tasks',
    rule: env.rule,
    action: action.id,
    reason: renderTemplate(action.reason, facts, env.form, env.facts),
    ...(action.actions === undefined ? {} : { actions: action.actions }),
  }),
};
