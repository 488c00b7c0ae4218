/** @module `create_task`: opens a to-do for someone, due a number of days after the rule ran. */
import { addDays } from '../../core/calendar.js';
import { idSchema } from '../../core/ids.js';
import { pointer } from '../../core/json-pointer.js';
import { checkTemplate, renderTemplate, templateSchema } from '../template.js';
import { checkRecipient, recipientSchema, resolveRecipient } from './recipient.js';
import type { ActionSpec, CreateTaskAction, CreateTaskEffect } from './types.js';

/** At most ten years ahead: a longer deadline is a typo, not a plan. */
const MAX_DUE_DAYS = 3650;

/** The last day four-digit years can write: a due date past it is as good as never. */
const LAST_DATE = '9999-12-31';

/**
 * Creates a task; the title is a template like a notification's message.
 *
 * @example
 * { kind: 'create_task', id: 'follow_up', assignee: { field: 'salesperson' }, dueInDays: 3,
 *   title: { 'zh-CN': '跟进 {{customer_name}} 的逾期款', en: 'Follow up the overdue payment of {{customer_name}}' } }
 */
export const createTaskAction: ActionSpec<CreateTaskAction, CreateTaskEffect> = {
  kind: 'create_task',
  label: { 'zh-CN': '创建任务', en: 'Create task' },
  schema: {
    type: 'object',
    properties: {
      kind: { const: 'create_task' },
      id: idSchema,
      title: templateSchema(200),
      assignee: recipientSchema,
      dueInDays: { type: 'integer', minimum: 0, maximum: MAX_DUE_DAYS },
    },
    required: ['kind', 'id', 'title', 'assignee', 'dueInDays'],
    additionalProperties: false,
  },
  check: (action, env, path) => [
    ...checkRecipient(action.assignee, env, pointer(path, 'assignee')),
    ...checkTemplate(action.title, env.facts, pointer(path, 'title')),
  ],
  compile: (action, env) => (facts, fenv) => ({
    kind: 'create_task',
    rule: env.rule,
    action: action.id,
    title: renderTemplate(action.title, facts, env.form, env.facts),
    assignee: resolveRecipient(action.assignee, facts),
    dueDate: addDays(fenv.today, action.dueInDays) ?? LAST_DATE,
  }),
};
